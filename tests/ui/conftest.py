"""The window under test: a fresh library and settings file for each test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from reader.library import Library
from reader.ui.main import app_icon
from reader.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path):
    QApplication.setWindowIcon(app_icon())  # as create_application does for the real app
    library = Library.open(tmp_path / "lib.db")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(library, settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    library.close()
