"""How the reader looks: theme, type family and size, kept in QSettings and applied app-wide.

The theme the user chooses may be "system", which follows the desktop's
light or dark mode and changes with it. A dark reading theme on a light
desktop also darkens the list and sidebars, so the window is one piece.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

THEME_CHOICES = {"system": "System", "light": "Light", "sepia": "Sepia", "dark": "Dark"}
FAMILY_CHOICES = {"serif": "Serif", "sans": "Sans-serif"}
MIN_SIZE, MAX_SIZE, DEFAULT_SIZE = 11, 32, 17


@dataclass(frozen=True)
class Appearance:
    theme: str = "system"
    family: str = "serif"
    font_size: int = DEFAULT_SIZE

    @classmethod
    def load(cls, settings: QSettings) -> Appearance:
        """The saved appearance; values a hand-edited or older settings file got wrong fall back."""
        theme = str(settings.value("theme", "system"))
        family = str(settings.value("font_family", "serif"))
        try:
            size = int(settings.value("font_size", DEFAULT_SIZE))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            size = DEFAULT_SIZE
        return cls(
            theme=theme if theme in THEME_CHOICES else "system",
            family=family if family in FAMILY_CHOICES else "serif",
            font_size=max(MIN_SIZE, min(MAX_SIZE, size)),
        )

    def save(self, settings: QSettings) -> None:
        settings.setValue("theme", self.theme)
        settings.setValue("font_family", self.family)
        settings.setValue("font_size", self.font_size)

    def zoomed(self, step: int) -> Appearance:
        return replace(self, font_size=max(MIN_SIZE, min(MAX_SIZE, self.font_size + step)))

    def reading_theme(self, system_dark: bool) -> str:
        """The theme the reading pane uses: "system" resolved against the desktop's mode."""
        if self.theme == "system":
            return "dark" if system_dark else "light"
        return self.theme


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    """A dark palette for the widgets around the reading pane (matches the dark reading theme)."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#232427", QPalette.ColorRole.WindowText: "#dcdcd6",
        QPalette.ColorRole.Base: "#1e1f22", QPalette.ColorRole.AlternateBase: "#2a2b2f",
        QPalette.ColorRole.Text: "#dcdcd6", QPalette.ColorRole.Button: "#2d2e32",
        QPalette.ColorRole.ButtonText: "#dcdcd6", QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2d2e32",
        QPalette.ColorRole.ToolTipText: "#dcdcd6", QPalette.ColorRole.PlaceholderText: "#8a8a84",
        QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.Mid: "#3a3b40",
    }  # fmt: skip
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#76766f"))
    return palette


class PaletteSwitcher:
    """Darkens the application's palette for the dark theme on a light desktop, and undoes it."""

    def __init__(self) -> None:
        self._original: QPalette | None = None

    def apply(self, reading_theme: str, system_dark: bool) -> None:
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication):
            return
        wants_dark = reading_theme == "dark" and not system_dark
        if wants_dark and self._original is None:
            self._original = QPalette(app.palette())
            app.setPalette(dark_palette())
        elif not wants_dark and self._original is not None:
            app.setPalette(self._original)
            self._original = None

    @property
    def darkened(self) -> bool:
        return self._original is not None
