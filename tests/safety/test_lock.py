"""The book lock (issue 9 §1): every opener holds it shared while the book is open, a
conversion holds it exclusively; an opener arriving during a conversion is told the book is
busy and opens nothing; the app still holds it after converting from File → Encryption…."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from rolodex import db, paths
from rolodex.db import (
    StoreError,
    StoreInfo,
    WrongPassphraseError,
    close_store,
    looks_encrypted,
    open_store,
)
from rolodex.safety import crypto, lock
from tests.safety.conftest import add_people

NEW = "a brand new passphrase"


HOLD_EXCLUSIVE = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
print("locked", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 300)


def test_opener_during_a_conversion_is_told_busy_and_opens_nothing(
    tmp_path: Path, app_paths: paths.AppPaths, short_wait: None
) -> None:
    book = tmp_path / "book.db"
    open_store(book)
    add_people()
    close_store()
    before = book.read_bytes()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_EXCLUSIVE, str(lock.lock_path(book))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreError, match="is busy: being encrypted/converted"):
            open_store(book)
    finally:
        holder.communicate("")
    assert book.read_bytes() == before
    assert not book.with_name("book.db-wal").exists()  # the old file was never opened
    open_store(book)  # once the conversion is over, it opens
    close_store()


PROBE_LOCK = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR)
try:
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    print("free")
except BlockingIOError:
    print("held")
"""


def _lock_state(book: Path) -> str:
    argv = [sys.executable, "-c", PROBE_LOCK, str(lock.lock_path(book))]
    return subprocess.run(argv, capture_output=True, text=True, check=True).stdout.strip()


def test_app_keeps_the_book_locked_after_converting_it(
    plain_book: StoreInfo, tmp_path: Path
) -> None:
    """File → Encryption… closes the book, converts it on the worker thread and reopens it:
    afterwards the app holds the lock again, so no other program can convert it under it."""
    pytest.importorskip("PySide6")
    from rolodex.ui.safety.security_dialog import convert_and_reopen

    book = plain_book.path
    assert _lock_state(book) == "held"
    close_store()  # what the dialog does on the UI thread
    work = convert_and_reopen(book, lambda p: crypto.encrypt_book(p, NEW), None, NEW)
    worker = threading.Thread(target=work, args=(lambda *a: None, lambda: False))
    worker.start()
    worker.join()
    assert looks_encrypted(book)
    assert _lock_state(book) == "held"
    close_store()
    assert _lock_state(book) == "free"


def test_failed_second_open_keeps_the_lock(secret_book: StoreInfo) -> None:
    with pytest.raises(WrongPassphraseError):
        open_store(secret_book.path, "not the passphrase")
    assert _lock_state(secret_book.path) == "held"  # the book is still open here
    close_store()
    assert _lock_state(secret_book.path) == "free"


def test_without_flock_sqlite_still_refuses_a_book_open_elsewhere(
    plain_book: StoreInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where there is no flock (Windows), SQLite's exclusive lock still refuses a conversion
    while another program has the book open, and nothing is changed."""
    from tests.safety.test_crypto import HOLD_OPEN

    close_store()
    monkeypatch.setattr(lock, "LOCKING", False)
    before = plain_book.path.read_bytes()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(plain_book.path), ""],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="in use by another program"):
            crypto.encrypt_book(plain_book.path, NEW)
    finally:
        holder.communicate("")
    assert not looks_encrypted(plain_book.path) and plain_book.path.read_bytes() == before
    assert not list(plain_book.path.parent.glob(".*.converting"))
