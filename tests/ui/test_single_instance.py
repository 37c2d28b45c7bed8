"""A second start hands its pages to the running window; macOS file-open events do the same."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication

from reader.ui.main_window import MainWindow
from reader.ui.single_instance import FileOpenFilter, InstanceServer, send_to_running, server_name


def test_second_start_sends_its_paths_to_the_running_window(
    window: MainWindow, qtbot, saved: Path, tmp_path: Path
) -> None:
    library_path = window.library.path
    assert library_path is not None
    server = InstanceServer(server_name(library_path))
    assert server.listen()
    server.paths_received.connect(window.open_paths)
    page = saved / "chromium.mhtml"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with qtbot.waitSignal(server.paths_received, timeout=30000) as received:
        second = subprocess.Popen(  # what a file manager runs on a double-click
            [sys.executable, "-m", "reader", "--library", str(library_path), page.name],
            cwd=saved, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
    assert received.args == [[str(page)]]  # made absolute: the running app has another cwd
    _, errors = second.communicate(timeout=30)
    assert second.returncode == 0, errors  # and it did not open a window of its own
    qtbot.waitUntil(lambda: window.last_report is not None, timeout=60000)
    assert window.windowTitle().startswith("The First Map of Saturn's Moon Titan")
    server.close()


def test_no_running_app_means_this_one_runs(tmp_path: Path) -> None:
    assert not send_to_running(server_name(tmp_path / "nobody.db"), ["x.html"])


def test_malformed_messages_are_ignored(qtbot, tmp_path: Path) -> None:
    server = InstanceServer(server_name(tmp_path / "lib.db"))
    assert server.listen()
    got: list[list[str]] = []
    server.paths_received.connect(got.append)
    socket = QLocalSocket()
    socket.connectToServer(server.name)
    assert socket.waitForConnected(1000)
    socket.write(QByteArray(b'{"not paths": 1}\n'))
    socket.waitForBytesWritten(1000)
    qtbot.wait(200)
    assert got == []
    assert send_to_running(server.name, [])  # an empty list still reaches it: "come to the front"
    qtbot.waitUntil(lambda: got == [[]], timeout=3000)
    server.close()


def test_a_socket_left_by_a_crash_is_taken_over(tmp_path: Path) -> None:
    name = server_name(tmp_path / "crashed.db")
    first = InstanceServer(name)
    assert first.listen()
    second = InstanceServer(name)  # the first never closed: as if it had been killed
    assert second.listen()
    second.close()
    first.close()


def test_finder_file_open_events_are_caught(qtbot) -> None:
    app = QApplication.instance()
    file_open = FileOpenFilter()
    app.installEventFilter(file_open)
    with qtbot.waitSignal(file_open.file_opened) as opened:
        QApplication.sendEvent(app, QFileOpenEvent("/tmp/Story.html"))
    assert opened.args == ["/tmp/Story.html"]
    app.removeEventFilter(file_open)
