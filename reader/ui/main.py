"""Start the desktop app."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from reader import APP_ID, APP_NAME, __version__
from reader.library import Library, LibraryError
from reader.ui.main_window import MainWindow


def run_app(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="article-reader", add_help=False)
    parser.add_argument("--library", default=None)
    parser.add_argument("--debug", action="store_true")
    parser.add_argument("paths", nargs="*")
    args, qt_args = parser.parse_known_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("article-reader")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    try:
        library = Library.open(args.library)
    except LibraryError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = MainWindow(library)
    window.show()
    if args.paths:
        window.import_paths(args.paths)
    code = app.exec()
    library.close()
    return int(code)
