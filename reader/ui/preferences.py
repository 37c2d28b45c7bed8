"""Preferences: theme, type and size for reading, and where the library lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox

from reader.ui.appearance import FAMILY_CHOICES, MAX_SIZE, MIN_SIZE, THEME_CHOICES, Appearance


class PreferencesDialog(QDialog):
    def __init__(self, appearance: Appearance, library_path: Path | None, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.theme = QComboBox()
        for key, label in THEME_CHOICES.items():
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(list(THEME_CHOICES).index(appearance.theme))
        self.family = QComboBox()
        for key, label in FAMILY_CHOICES.items():
            self.family.addItem(label, key)
        self.family.setCurrentIndex(list(FAMILY_CHOICES).index(appearance.family))
        self.font_size = QSpinBox(
            minimum=MIN_SIZE, maximum=MAX_SIZE, suffix=" px", value=appearance.font_size
        )
        where = QLabel(str(library_path) if library_path else "in memory (not saved)")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Theme:", self.theme)
        form.addRow("&Type:", self.family)
        form.addRow("&Size:", self.font_size)
        form.addRow("Library:", where)
        form.addRow(buttons)

    def chosen(self) -> Appearance:
        return Appearance(
            theme=self.theme.currentData(), family=self.family.currentData(), font_size=self.font_size.value()
        )
