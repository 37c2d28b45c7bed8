"""One window per library: a second start hands its paths to the running app and exits.

A file manager runs ``article-reader PATH`` for every double-click. The first
start listens on a local socket (QLocalServer) named after the user and the
library; later starts connect to it (QLocalSocket), send their paths as one
JSON line and quit, so the pages open in the window the user already has.
On macOS the Finder sends ``QFileOpenEvent`` instead, caught by :class:`FileOpenFilter`.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from reader import APP_ID

logger = logging.getLogger(__name__)
CONNECT_TIMEOUT_MS = 1000
MAX_MESSAGE_BYTES = 1024 * 1024


def server_name(library_path: Path | None) -> str:
    """Per user and per library: two libraries may be open at once, two windows on one may not."""
    where = str(library_path.resolve()) if library_path is not None else ":memory:"
    digest = hashlib.sha256(f"{getpass.getuser()}\0{where}".encode()).hexdigest()[:16]
    return f"{APP_ID}-{digest}"


def send_to_running(name: str, paths: list[str]) -> bool:
    """Give ``paths`` to the app already running under ``name``; False if there is none."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    message = json.dumps({"paths": [str(Path(p).absolute()) for p in paths]}).encode() + b"\n"
    socket.write(QByteArray(message))
    delivered = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
    return delivered


class InstanceServer(QObject):
    """Listens for later starts; emits the paths each one sends (possibly none: "show yourself")."""

    paths_received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytearray] = {}

    def listen(self) -> bool:
        """Start listening; a socket file left by a crashed run is removed first."""
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        listening = self._server.listen(self.name)
        if not listening:
            logger.warning("single instance disabled: %s", self._server.errorString())
        return listening

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._finish(s))

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer.extend(socket.readAll().data())
        if len(buffer) > MAX_MESSAGE_BYTES:
            logger.warning("ignoring an oversized message on the instance socket")
            self._buffers.pop(socket, None)
            socket.abort()
        elif buffer.endswith(b"\n"):
            self._finish(socket)

    def _finish(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.pop(socket, None)
        socket.deleteLater()
        if not buffer:
            return
        try:
            paths = json.loads(bytes(buffer))["paths"]
        except (ValueError, KeyError, TypeError):
            logger.warning("ignoring a malformed message on the instance socket")
            return
        self.paths_received.emit([str(p) for p in paths if isinstance(p, str)])


class FileOpenFilter(QObject):
    """macOS: the Finder opens documents with a ``QFileOpenEvent`` to the application object."""

    file_opened = Signal(str)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                self.file_opened.emit(path)
                return True
        return super().eventFilter(watched, event)
