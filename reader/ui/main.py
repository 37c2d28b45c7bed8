"""Start the desktop app: one window per library, pages given on the command line opened in it."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSplashScreen

from reader import APP_ID, APP_NAME, __version__
from reader.core.errors import ReaderError
from reader.desktop_integration import ICON_SIZES, resources_dir
from reader.library import Library, LibraryError, default_library_path
from reader.library.migrations import pending as pending_migrations
from reader.ui.import_worker import ImportJob
from reader.ui.main_window import MainWindow
from reader.ui.single_instance import FileOpenFilter, InstanceServer, send_to_running, server_name


def run_app(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="article-reader", add_help=False)
    parser.add_argument("--library", default=None)
    parser.add_argument("--debug", action="store_true")
    parser.add_argument("--new-instance", action="store_true", help="do not hand paths to a running window")
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help="save the window to PNG once the pages are shown, "
        "then quit (for docs and smoke tests; exit status 1 if a page failed)",
    )
    parser.add_argument("paths", nargs="*")
    args, qt_args = parser.parse_known_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING)
    if not _display_available():
        print("article-reader: no display to show the window on (DISPLAY and WAYLAND_DISPLAY are unset).\n"
              "The command line works without one: article-reader --help", file=sys.stderr)  # fmt: skip
        return 1
    app = create_application([sys.argv[0], *qt_args])
    library_path = Path(args.library).expanduser() if args.library else default_library_path()
    name = server_name(library_path)
    single = not (args.new_instance or args.screenshot)
    if single and send_to_running(name, args.paths):
        return 0  # the running window imports and shows them
    splash = _upgrade_notice(app) if pending_migrations(library_path) else None
    try:
        library = Library.open(library_path)
    except LibraryError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = MainWindow(library)
    if splash is not None:
        splash.finish(window)
    server = InstanceServer(name)
    server.paths_received.connect(window.open_paths)
    if single:
        server.listen()
    file_open = FileOpenFilter(app)
    file_open.file_opened.connect(lambda path: window.open_paths([path]))
    app.installEventFilter(file_open)
    window.show()
    job = window.open_paths(args.paths) if args.paths else None
    if args.screenshot:
        _screenshot_when_shown(window, job, args.screenshot)
    code = app.exec()
    server.close()
    library.close()
    return int(code)


def _upgrade_notice(app: QApplication) -> QSplashScreen:
    """A library from an older version is upgraded once on opening; a large one takes about a
    minute (its search index is rebuilt), so the user sees why no window has appeared yet."""
    splash = QSplashScreen(app.windowIcon().pixmap(QSize(128, 128)))
    splash.showMessage("Upgrading your library for this version of Article Reader…\n"
                       "This happens once; a large library takes a minute.",
                       Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter)  # fmt: skip
    splash.show()
    app.processEvents()
    return splash


def _display_available() -> bool:
    """Qt aborts the process when it finds no display; say why instead (Linux and BSDs only)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with the names QSettings, the desktop file and the About box use."""
    app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("article-reader")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The icon from our resources at every size, or the installed theme's copy."""
    try:
        folder = resources_dir() / "icons"
    except ReaderError:
        return QIcon.fromTheme(APP_ID)
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"{size}.png"), QSize(size, size))
    return icon


def _screenshot_when_shown(window: MainWindow, job: ImportJob | None, path: str) -> None:
    """Grab the window once the given pages are imported and shown, then quit."""

    def grab(status: int) -> None:
        QApplication.processEvents()
        saved = window.grab().save(path)
        QApplication.instance().exit(status if saved else 2)  # type: ignore[union-attr]

    if job is None:
        QTimer.singleShot(300, lambda: grab(0))
        return
    job.signals.finished.connect(
        lambda report: QTimer.singleShot(300, lambda: grab(1 if report.failed else 0))
    )
    job.signals.failed.connect(lambda _: grab(1))
