"""Disk full, read-only files and folders, and a book locked by another program: a clear
StoreError, nothing already saved is lost, and the book keeps working afterwards."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make a file or folder read-only for this process, and writable again afterwards. As
    root file modes are not enforced, so the immutable attribute (``chattr +i``) is used: it
    binds root too."""
    mode = path.stat().st_mode & 0o777
    if PERMISSIONS_IGNORED:
        subprocess.run(["chattr", "+i", str(path)], check=True, capture_output=True)
    else:
        path.chmod(mode & 0o555)
    try:
        yield
    finally:
        if PERMISSIONS_IGNORED:
            subprocess.run(["chattr", "-i", str(path)], check=True, capture_output=True)
        path.chmod(mode)


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
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
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


def test_read_only_file(tmp_path: Path) -> None:
    book = _book_with(tmp_path / "folder", "Kept")
    with read_only(book):
        try:
            open_store(book)
            with pytest.raises(StoreError, match="read-only"), writing():
                _add("Nope")
            assert [c.given for c in Contact.select()] == ["Kept"]  # reading still works
        finally:
            close_store()


def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    book = _book_with(folder, "Kept")
    with read_only(folder):
        try:
            with pytest.raises(StoreError, match="writable|read-only"):
                open_store(book)
                with writing():
                    _add("Nope")
        finally:
            close_store()
    open_store(book)
    assert [c.given for c in Contact.select()] == ["Kept"]
    close_store()


def test_read_only_backup_folder(plain_book: StoreInfo, tmp_path: Path) -> None:
    folder = tmp_path / "read-only-stick"
    folder.mkdir()
    Setting.create(key="backup_dir", value=str(folder))
    with read_only(folder), pytest.raises(StoreError, match="Cannot write a backup"):
        backups.backup_now()


def test_a_write_waits_for_a_lock_released_within_the_busy_timeout(
    plain_book: StoreInfo,
) -> None:
    """The lock is released after 0.5 s, well within the 5 s busy timeout: the write waits and
    succeeds (a deferred transaction reading first failed at once)."""
    import threading

    from rolodex.records import ContactData
    from rolodex.services.contacts import ContactService

    other = _hold_exclusive_lock(plain_book.path)
    release = threading.Timer(0.5, lambda: (other.execute("ROLLBACK"), other.close()))
    release.start()
    try:
        new_id = ContactService().create(ContactData(given="Waited", family="Out"))
    finally:
        release.join()
    assert ContactService().get(new_id) is not None


def test_writing_takes_the_write_lock_first(plain_book: StoreInfo) -> None:
    """A second connection cannot start writing while a ``writing()`` block is open, even
    before the block has written anything (BEGIN IMMEDIATE)."""
    other = sqlite3.connect(plain_book.path, isolation_level=None, timeout=0)
    try:
        with writing():
            database.execute_sql("SELECT COUNT(*) FROM contact").fetchone()
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()


def test_a_bug_inside_writing_propagates_unchanged(plain_book: StoreInfo) -> None:
    with pytest.raises(ZeroDivisionError), writing():
        _add("Rolled back")
        _ = 1 / 0
    with pytest.raises(sqlite3.IntegrityError), writing():
        database.connection().execute("INSERT INTO contact(id) VALUES (NULL)")
    assert Contact.select().count() == len(PEOPLE)


def test_nested_writing_is_one_transaction(plain_book: StoreInfo) -> None:
    with pytest.raises(StoreError, match="full"), writing():
        _add("Outer")
        with writing():
            _add("Inner")
        database.execute_sql("PRAGMA max_page_count = 1")
        _add("Too much", "x" * 100_000)
    database.execute_sql("PRAGMA max_page_count = 1000000")
    assert Contact.select().count() == len(PEOPLE)


FULL_SCRIPT = """
import resource, sys
from rolodex.db import StoreError, open_store
from rolodex.services.crm.activities import ActivityService
from rolodex.services.crm.records import ActivityData
from rolodex.services.crm.followups import FollowUpService
open_store(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (32768, 32768))
for write in (lambda: ActivityService().log(ActivityData(contact_id=1, kind="call")),
              lambda: FollowUpService().complete(1)):
    try:
        write()
    except StoreError as exc:
        print(exc)
"""


def test_a_full_disk_says_full_not_cannot_rollback(tmp_path: Path) -> None:
    """A real write error at commit (a file size limit: the WAL cannot grow by one 64 KiB
    page). SQLite rolls the transaction back itself; the message names the full disk instead
    of the failed second ROLLBACK ("cannot rollback - no transaction is active")."""
    import os
    import sys
    from datetime import date

    from rolodex.services.crm.followups import FollowUpService
    from rolodex.services.crm.records import FollowUpData

    book = tmp_path / "book.db"
    conn = sqlite3.connect(book)
    conn.execute("PRAGMA page_size = 65536")
    conn.execute("VACUUM")
    conn.close()
    open_store(book)
    _add("Ada")
    FollowUpService().add(FollowUpData(contact_id=1, due_date=date(2030, 1, 1)))
    close_store()
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    done = subprocess.run(
        [sys.executable, "-c", FULL_SCRIPT, str(book)], capture_output=True, text=True, env=env
    )
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 2, done.stdout
    assert all("full" in line and "nothing was changed" in line for line in lines), lines
    open_store(book)
    try:
        assert FollowUpService().get(1).done_at is None
    finally:
        close_store()
