"""The book lock: a lock file beside each book (``.<book name>.lock``, 0600) that every Rolodex
process honours, so a conversion never replaces a file another program is using.

* :func:`for_opening` (``open_store``) holds it **shared** for as long as the book is open:
  :func:`release_opened` (``close_store``) or the end of the process lets it go. It first asks
  for it exclusively, without waiting: an opener that is alone may finish or remove what an
  interrupted operation left behind (``rolodex.safety.leftovers``), then shares it.
* :func:`converting` (encrypt, decrypt, change-passphrase) holds it **exclusively** from the
  conversion's check to its rename.

Both wait up to the book's busy timeout (``rolodex.db.BUSY_TIMEOUT_MS``). An opener arriving
during a conversion then gets "busy ... try again" and never opens the file about to be
replaced; a conversion that cannot get the lock refuses with "in use by another program".

The lock is BSD ``flock``: per open file, so two threads or two opens in one process are told
apart, and released by the kernel when the process ends, even by kill -9, so a crash never
leaves a book locked. The book itself is never locked this way: renaming a new file over it
does not touch the lock file.

Degraded cases, on purpose:
* Where the lock file cannot be created (a read-only folder), openers go on without it.
  Nothing can convert a book there (a conversion writes its copy beside the book), and a
  conversion refuses to start.
* A file system that cannot lock (some network shares) is treated as if every lock were granted.
* Windows has no ``flock``: openers take no lock (and tidy nothing at open), conversions rely on
  SQLite's own exclusive locking alone, which refuses while another connection is open but does
  not hold off a program that opens the book during the conversion.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rolodex import db as store
from rolodex.db import StoreError
from rolodex.safety.permissions import FILE_MODE, restrict

POLL_SECONDS = 0.02
LOCKING = sys.platform != "win32"


@dataclass
class BookLock:
    """The lock this process holds on one book. ``fd`` is None when no lock could be taken;
    ``exclusive`` says whether the holder is alone with the book; ``fresh`` whether the last
    :func:`for_opening` took it (rather than finding it held already)."""

    book: Path
    fd: int | None
    exclusive: bool
    for_conversion: bool = False
    fresh: bool = True


_guard = threading.Lock()
_opened: BookLock | None = None  # taken by open_store for the bound book
_converting: dict[Path, BookLock] = {}


def lock_path(book: Path) -> Path:
    return book.with_name(f".{book.name}.lock")


def wait_seconds() -> float:
    return store.BUSY_TIMEOUT_MS / 1000


def _open_lock_file(book: Path) -> int | None:
    """The lock file's descriptor, created 0600 if needed; None where it cannot be opened."""
    if not LOCKING:
        return None
    path = lock_path(book)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    except OSError:
        try:  # it exists but is not ours to write: reading is enough for flock
            return os.open(path, os.O_RDONLY)
        except OSError:
            return None  # a read-only folder: see the module docstring
    restrict(path)
    return fd


def _attempt(fd: int, exclusive: bool) -> bool:
    """Take the lock without waiting; False if another program holds it in a conflicting way."""
    import fcntl

    flags = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
    try:
        fcntl.flock(fd, flags)
    except BlockingIOError:
        return False
    except OSError:  # ENOLCK and the like: this file system cannot lock at all
        return True
    return True


def _wait(fd: int, exclusive: bool, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not _attempt(fd, exclusive):
        if time.monotonic() >= deadline:
            return False
        time.sleep(POLL_SECONDS)
    return True


def for_opening(book: Path, create: bool) -> BookLock:
    """The lock ``open_store`` holds while ``book`` is open: exclusive if this opener is alone
    (call :func:`share` once it has tidied), else shared; StoreError if a conversion holds it
    longer than the busy timeout."""
    global _opened
    with _guard:
        if book in _converting:  # this process converts it and opens it on the way
            _release_opened()
            return _converting[book]
        if _opened is not None and _opened.book == book:
            _opened.fresh = False  # opened again: a failure now must not give up the lock
            return _opened
        _release_opened()
        wanted = book.is_file() or (create and not book.exists())
        fd = _open_lock_file(book) if wanted else None
        if fd is None:
            _opened = BookLock(book, None, exclusive=False)
        elif _attempt(fd, exclusive=True):
            _opened = BookLock(book, fd, exclusive=True)
        elif _wait(fd, False, wait_seconds()):
            _opened = BookLock(book, fd, exclusive=False)
        else:
            os.close(fd)
            raise StoreError(
                f"The book {book} is busy: being encrypted/converted by another program; try again."
            )
        return _opened


def share(held: BookLock) -> None:
    """Let other openers in: turn the opener's exclusive lock into a shared one."""
    if held.for_conversion or not held.exclusive or held.fd is None:
        return
    import fcntl

    fcntl.flock(held.fd, fcntl.LOCK_SH)  # never waits: nobody else can hold it now
    held.exclusive = False


def release(held: BookLock) -> None:
    """Give up a lock :func:`for_opening` has just taken (one held before, or a conversion's
    own lock, stays)."""
    with _guard:
        if held is _opened and held.fresh:
            _release_opened()


def release_opened() -> None:
    """Give up the lock ``open_store`` took (``close_store``)."""
    with _guard:
        _release_opened()


def _release_opened() -> None:
    global _opened
    if _opened is not None and _opened.fd is not None:
        os.close(_opened.fd)  # closing the descriptor releases the flock
    _opened = None


@contextmanager
def converting(book: Path) -> Iterator[BookLock]:
    """Hold ``book``'s lock exclusively for a conversion; StoreError if another program keeps
    it past the busy timeout, or if it cannot be locked at all (nothing was changed)."""
    with _guard:
        if _opened is not None and _opened.book == book:
            _release_opened()  # this process's own open: the caller closed the book to convert
    held = BookLock(book, None, exclusive=LOCKING, for_conversion=True)  # alone, if known
    if LOCKING:
        held.fd = _take_exclusive(book)
    with _guard:
        _converting[book] = held
    try:
        yield held
    finally:
        with _guard:
            del _converting[book]
        if held.fd is not None:
            os.close(held.fd)


def _take_exclusive(book: Path) -> int:
    if not book.is_file():
        raise StoreError(f"No Rolodex book at {book}.")
    fd = _open_lock_file(book)
    if fd is None:
        raise StoreError(
            f"Cannot lock {book} (is its folder read-only, or the file missing?). "
            "Nothing was changed."
        )
    if not _wait(fd, True, wait_seconds()):
        os.close(fd)
        raise StoreError(
            f"{book} is in use by another program (Rolodex?); close it and try again. "
            "Nothing was changed."
        )
    return fd
