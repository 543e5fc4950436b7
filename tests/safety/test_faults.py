"""Disk full, read-only files and folders, and a book locked by another program: a clear
StoreError, nothing already saved is lost, and the book keeps working afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee
import pytest

from rolodex.db import StoreError, StoreInfo, close_store, database, open_store, writing
from rolodex.models import Contact, Setting
from rolodex.safety import backups
from rolodex.safety.restore import restore
from tests.safety.conftest import PEOPLE


def _permissions_ignored() -> bool:
    """True where file modes are not enforced on us (root with CAP_DAC_OVERRIDE, Windows)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe"
        probe.write_text("x")
        probe.chmod(0o400)
        try:
            with probe.open("a"):
                return True
        except PermissionError:
            return False
        finally:
            probe.chmod(0o600)


PERMISSIONS_IGNORED = _permissions_ignored()


def _add(name: str, notes: str = "") -> None:
    Contact.create(given=name, notes=notes, created_at="t", updated_at="t")


def test_disk_full_rolls_back_the_action_and_the_book_keeps_working(plain_book: StoreInfo) -> None:
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages + 2}")  # the "disk" is nearly full
    with pytest.raises(StoreError, match="full"), writing():
        for n in range(200):
            _add(f"Big {n}", "x" * 4000)
    assert Contact.select().count() == len(PEOPLE)
    database.execute_sql("PRAGMA max_page_count = 1000000")  # space freed
    with writing():
        _add("After")
    assert Contact.select().count() == len(PEOPLE) + 1


def _hold_exclusive_lock(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    return other


def test_locked_book_gives_a_clear_message(plain_book: StoreInfo) -> None:
    database.execute_sql("PRAGMA busy_timeout = 50")
    other = _hold_exclusive_lock(plain_book.path)
    try:
        with pytest.raises(StoreError, match="locked by another program"), writing():
            _add("Blocked")
    finally:
        other.execute("ROLLBACK")
        other.close()
    with writing():
        _add("Unblocked")
    assert [c.given for c in Contact.select().where(Contact.given.startswith("Unb"))] == [
        "Unblocked"
    ]


def test_restore_into_a_locked_book_gives_up_cleanly(plain_book: StoreInfo) -> None:
    saved = backups.backup_now()
    Contact.delete().where(Contact.given == "Ada").execute()
    database.execute_sql("PRAGMA busy_timeout = 50")
    other = _hold_exclusive_lock(plain_book.path)
    try:
        with pytest.raises(StoreError, match="locked"):
            restore(saved.path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert Contact.select().count() == len(PEOPLE) - 1
    restore(saved.path)
    assert Contact.select().count() == len(PEOPLE)


def test_read_only_database_refuses_writes_plainly(plain_book: StoreInfo) -> None:
    """Works as root too: SQLite itself opens the file read-only (``mode=ro``)."""
    close_store()
    uri = f"{plain_book.path.as_uri()}?mode=ro"
    database.initialize(peewee.SqliteDatabase(uri, uri=True))
    database.connect()
    try:
        with pytest.raises(StoreError, match="read-only"), writing():
            _add("Nope")
        assert Contact.select().count() == len(PEOPLE)
    finally:
        database.close()


def _book_with(folder: Path, name: str) -> Path:
    folder.mkdir()
    book = folder / "book.db"
    open_store(book)
    _add(name)
    close_store()
    return book


@pytest.mark.skipif(PERMISSIONS_IGNORED, reason="file modes are not enforced (root?)")
def test_read_only_file(tmp_path: Path) -> None:
    book = _book_with(tmp_path / "folder", "Kept")
    book.chmod(0o400)
    try:
        open_store(book)
        with pytest.raises(StoreError, match="read-only"), writing():
            _add("Nope")
        assert [c.given for c in Contact.select()] == ["Kept"]  # reading still works
    finally:
        close_store()
        book.chmod(0o600)


@pytest.mark.skipif(PERMISSIONS_IGNORED, reason="file modes are not enforced (root?)")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    book = _book_with(folder, "Kept")
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="writable|read-only"):
            open_store(book)
            with writing():
                _add("Nope")
    finally:
        close_store()
        folder.chmod(0o700)
    open_store(book)
    assert [c.given for c in Contact.select()] == ["Kept"]
    close_store()


@pytest.mark.skipif(PERMISSIONS_IGNORED, reason="file modes are not enforced (root?)")
def test_read_only_backup_folder(plain_book: StoreInfo, tmp_path: Path) -> None:
    folder = tmp_path / "read-only-stick"
    folder.mkdir()
    Setting.create(key="backup_dir", value=str(folder))
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="Cannot write a backup"):
            backups.backup_now()
    finally:
        folder.chmod(0o700)
