"""How a user's gestures reach the window in tests, and where its screenshots go."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from reader.ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def drop_files(window: MainWindow, paths: list[Path]) -> None:
    """A drag that enters the reading pane with file URLs, then drops (as a file manager does)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = window.reading_pane.viewport()
    point = QPointF(target.rect().center())
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    assert QApplication.sendEvent(target, enter) and enter.isAccepted()
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(target, drop)


def snap(window: QWidget, name: str) -> None:
    """Save what the user sees, after pending palette and layout changes have been applied."""
    QApplication.processEvents()
    SCREENSHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SCREENSHOTS / f"{name}.png"))
