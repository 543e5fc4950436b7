"""The log: standard :mod:`logging` into a rotating file in the data folder.

Configured once at start-up by :func:`configure` (never at import time): the file is
``rolodex.log`` in the data folder, created 0600, rotated at 1 MiB keeping three old files.
Rolodex's own loggers (``rolodex.*``) write at INFO by default (``--log-level``); other
libraries only their warnings, so no SQL with its parameters ever reaches the file.

Contact data never goes into messages at INFO or above. A message that carries some is logged
at DEBUG with ``extra={"contact_data": True}``; :class:`ContactDataFilter` drops it unless the
book is a plain (unencrypted) one, so an encrypted book's log holds no names at any level.
"""

from __future__ import annotations

import logging
import os
import sys
from io import TextIOWrapper
from pathlib import Path

LOG_FILENAME = "rolodex.log"
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
MAX_BYTES = 1024 * 1024
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

log = logging.getLogger("rolodex")
# Until start() configures the log, records go nowhere (not to stderr via logging.lastResort):
# the library convention, https://docs.python.org/3/howto/logging.html#library-config
log.addHandler(logging.NullHandler())


class PrivateFileHandler(logging.FileHandler):
    """Appends to a file only the user can read (0600), rotated at ``max_bytes``: the file
    becomes ``.1``, ``.1`` becomes ``.2``..., keeping ``backups`` old files. (The standard
    RotatingFileHandler would do, but logging.handlers imports sockets, pickle and queues,
    which the start-up does not need.)"""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        self.max_bytes, self.backups = max_bytes, backups
        super().__init__(path, mode="a", encoding="utf-8")

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.chmod(self.baseFilename, 0o600)  # a file left by an older version
        except OSError:
            pass
        stream = open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115
        assert isinstance(stream, TextIOWrapper)
        return stream

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self.rotate()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def rotate(self) -> None:
        """Close the file, shift the old ones along (dropping the oldest), start afresh."""
        if self.stream is not None:
            self.stream.close()
        base = Path(self.baseFilename)
        for n in range(self.backups - 1, 0, -1):
            older = base.with_name(f"{base.name}.{n}")
            if older.exists():
                older.replace(base.with_name(f"{base.name}.{n + 1}"))
        base.replace(base.with_name(f"{base.name}.1"))
        self.stream = self._open()


class ContactDataFilter(logging.Filter):
    """Drops records marked ``contact_data`` unless at DEBUG on a plain book."""

    def __init__(self) -> None:
        super().__init__()
        self.book: Path | None = None
        self.passphrase_given = False

    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "contact_data", False):
            return True
        return record.levelno < logging.INFO and not self.book_encrypted()

    def book_encrypted(self) -> bool:
        """True unless the book in use is known to be plain (a plain SQLite file, or a new
        book created without a passphrase)."""
        from rolodex.db import looks_encrypted

        if self.book is None or self.passphrase_given:
            return True
        return looks_encrypted(self.book)


_handler: PrivateFileHandler | None = None
contact_filter = ContactDataFilter()


def log_file(data_dir: Path) -> Path:
    """Where the log of a data folder lives."""
    return data_dir / LOG_FILENAME


def configure(data_dir: Path, level: str = "INFO") -> Path:
    """Send the log to ``rolodex.log`` in ``data_dir`` at ``level``; returns the file.

    Called once at start-up; calling it again replaces the earlier file handler.
    """
    global _handler
    path = log_file(data_dir)
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = PrivateFileHandler(path)
    _handler.setFormatter(logging.Formatter(FORMAT))
    _handler.addFilter(contact_filter)
    root.addHandler(_handler)
    root.setLevel(logging.WARNING)
    log.setLevel(level.upper())
    return path


def set_book(path: Path, *, passphrase_given: bool) -> None:
    """Tell the filter which book is in use (an encrypted one keeps contact data out)."""
    contact_filter.book = path
    contact_filter.passphrase_given = passphrase_given


def start(data_dir: Path, level: str, book: Path, *, passphrase_given: bool) -> Path:
    """Configure the log for this run and write its first line (version, platform)."""
    from rolodex import __version__

    path = configure(data_dir, level)
    set_book(book, passphrase_given=passphrase_given)
    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    log.info(
        "Rolodex %s%s started: Python %s on %s",
        __version__,
        frozen,
        sys.version.split()[0],
        sys.platform,
    )
    return path
