"""One window per book: a second copy of Rolodex started on the same database asks the first
to come forward and quits, instead of opening the book twice.

The first copy holds a lock file and listens on a local socket (``QLocalServer``); both are
named from a hash of the user and the book's absolute path, so different books, or different
users' books, never collide. The lock file (``QLockFile``, which notices a crashed owner) makes
the check race-free when two copies start at the same moment; the socket carries the
"activate" request. The app takes the lock before opening the book but starts listening only
after its first frame (QtNetwork is not needed before then), so a second copy waits up to
:data:`WAIT_S` for the first to listen. The command line does not use this: it can read and write alongside the
app (WAL mode and a busy timeout keep that safe).
"""

from __future__ import annotations

import getpass
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QDir, QLockFile, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

ACTIVATE = b"activate\n"
CONNECT_MS = 1000
READ_MS = 500
WAIT_S = 10.0  # how long a second copy waits for a first that is still starting
RETRY_S = 0.05


def instance_key(db_path: Path | str) -> str:
    """The socket and lock name for one user's copy of one book."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    resolved = str(Path(db_path).expanduser().resolve())
    # SHA-256 by Qt's own code: Python's hashlib would load OpenSSL for the first frame
    algorithm = QCryptographicHash.Algorithm.Sha256
    digest = QCryptographicHash.hash(f"{user}\0{resolved}".encode(), algorithm).toHex()
    digest = bytes(digest.data()).decode()[:24]
    return f"rolodex-{digest}"


class SingleInstance(QObject):
    """Call :meth:`claim` at start-up, before opening the book; connect :attr:`activated` to
    bring the main window forward (see :func:`bring_to_front`)."""

    activated = Signal()

    def __init__(self, db_path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = instance_key(db_path)
        self._lock = QLockFile(QDir(QDir.tempPath()).filePath(f"{self.key}.lock"))
        self._lock.setStaleLockTime(0)  # only a dead owner makes the lock stale, never age
        self._server: QLocalServer | None = None

    def claim(self, *, listen_now: bool = True) -> bool:
        """True if this is the first copy on the book (listening, unless ``listen_now`` is
        False: then call :meth:`listen` soon); False if another copy has it open and was asked
        to come forward (then quit)."""
        deadline = time.monotonic() + WAIT_S
        while not self._lock.tryLock(0):  # a dead owner's lock is stale: tryLock takes it
            if self._activate_first_copy() or time.monotonic() >= deadline:
                return False  # asked it to come forward, or it never answers: never open twice
            time.sleep(RETRY_S)  # still starting: it listens after its first frame
        if listen_now:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer the "activate" requests of later copies."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        QLocalServer.removeServer(self.key)  # a socket file left by a crashed copy
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        if server.listen(self.key):
            self._server = server

    def _activate_first_copy(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(ACTIVATE)
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return True

    def _on_connection(self) -> None:
        # Read synchronously: the other copy writes its one line right after connecting.
        # (Per-socket readyRead lambdas crashed at teardown with PySide6 6.12.)
        assert self._server is not None
        wanted = False
        while (socket := self._server.nextPendingConnection()) is not None:
            if socket.bytesAvailable() or socket.waitForReadyRead(READ_MS):
                wanted |= bytes(socket.readAll().data()).startswith(ACTIVATE.strip())
            socket.abort()
            socket.deleteLater()
        if wanted:
            self.activated.emit()

    def release(self) -> None:
        """Stop listening and drop the lock (also done when the process ends)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.unlock()


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` un-minimized, raised and active."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
