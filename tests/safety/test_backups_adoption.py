"""Backups from before the per-book folders are adopted by the book they belong to, and only by
it; pre-migration copies are backups of the book; interrupted backups leave no litter."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from rolodex import paths
from rolodex.db import close_store, open_store
from rolodex.identity import book_id
from rolodex.models import Setting
from rolodex.safety import backup_adoption, backup_folder, backups
from rolodex.safety.backups import BackupInfo, backup_name, plan_rotation
from rolodex.safety.restore import restore
from tests.safety.conftest import PASSPHRASE
from tests.safety.test_backups_per_book import ALICE, BOB, fill

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LONG_AGO = datetime(2024, 3, 1, 12, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Adoption runs once per process and book: each test is a new start of Rolodex."""
    monkeypatch.setattr(backup_adoption, "_adopted", set())


def _flat(base: Path, source: Path, days: int, contacts: int) -> Path:
    """Place ``source`` in ``base`` as the old code named backups (flat, by file stem)."""
    flat = base / backup_name("book", LONG_AGO - timedelta(days=days), "daily", contacts)
    shutil.copy(source, flat)
    return flat


def _open(path: Path, passphrase: str | None = None) -> list[BackupInfo]:
    """A new start of Rolodex on ``path`` (opening lists, and so adopts, once per process)."""
    backup_adoption._adopted.clear()
    open_store(path, passphrase)
    return backups.list_backups()


def test_old_flat_backups_are_adopted_by_their_own_book_only(
    tmp_path: Path, app_paths: paths.AppPaths
) -> None:
    a, b = tmp_path / "a" / "book.db", tmp_path / "b" / "book.db"
    base = backup_folder.default_base()
    a.parent.mkdir()
    shutil.copy(FIXTURES / "schema_v3.db", a)  # three people, no identity yet
    pre_identity = _flat(base, FIXTURES / "schema_v3.db", days=3, contacts=3)
    b.parent.mkdir()
    open_store(b)
    fill(BOB, "2024-02-02")
    b_copy = backups.backup_now(target=tmp_path / "b-copy.db").path
    close_store()
    with_identity = _flat(base, b_copy, days=2, contacts=len(BOB))
    stranger = _flat(base, FIXTURES / "schema_v3.db", days=1, contacts=3)
    conn = sqlite3.connect(stranger)  # a third book: same ids, other creation times
    conn.execute("UPDATE contact SET created_at = '1999-12-31T23:59:59'")
    conn.commit()
    conn.close()

    b_list = _open(b)  # B looks first: it must not take A's (or the stranger's) backup
    b_folder = base / book_id()
    close_store()
    a_list = _open(a)
    close_store()
    assert [info.contacts for info in b_list] == [len(BOB)]
    assert b_list[0].path.parent == b_folder and not with_identity.exists()
    reasons = sorted(info.reason for info in a_list)
    assert reasons == ["before-migration", "daily"]  # its old daily and its upgrade copy
    assert not pre_identity.exists()
    assert stranger.exists()  # nobody's: left where it was


def test_content_rule_needs_most_contacts_to_match() -> None:
    own = {(1, "2024-01-01T10:00:00"), (2, "2024-01-01T10:00:05"), (3, "2024-01-03T09:00:00")}
    assert backup_adoption.content_matches({(1, "2024-01-01T10:00:00"), (4, "x")}, own) is False
    assert backup_adoption.content_matches({(1, "2024-01-01T10:00:00"), (2, "x")}, own) is False
    assert backup_adoption.content_matches(own | {(9, "deleted since")}, own) is True
    assert backup_adoption.content_matches({(1, "another time"), (2, "b"), (3, "c")}, own) is False
    assert backup_adoption.content_matches(set(), own) is False


def test_encrypted_old_backups_open_with_the_books_passphrase_or_stay(
    tmp_path: Path, app_paths: paths.AppPaths
) -> None:
    secret, plain = tmp_path / "s" / "book.db", tmp_path / "p" / "book.db"
    for path in (secret, plain):
        path.parent.mkdir()
    open_store(secret, PASSPHRASE)
    fill(ALICE, "2024-01-01T10:00:00")
    copy = backups.backup_now(target=tmp_path / "secret-copy.db").path
    close_store()
    flat = _flat(backup_folder.default_base(), copy, days=1, contacts=len(ALICE))
    assert _open(plain) == []  # cannot open it: left where it is
    close_store()
    assert flat.exists()
    listed = _open(secret, PASSPHRASE)
    close_store()
    assert [info.contacts for info in listed] == [len(ALICE)] and not flat.exists()


def test_old_pre_migration_copies_beside_the_book_become_its_backups(
    tmp_path: Path, app_paths: paths.AppPaths
) -> None:
    book = tmp_path / "book.db"
    open_store(book)
    fill(ALICE, "2024-01-01T10:00:00")
    close_store()
    old_copies = []
    for n, stamp in enumerate(("20240301T100000000000", "20240401T100000000000")):
        old = book.with_name(f"book.db.v{n + 2}-{stamp}.pre-migration")
        shutil.copy(book, old)
        old_copies.append(old)
    listed = _open(book)
    try:
        Setting.create(key="backup_keep_daily", value="1")
        Setting.create(key="backup_keep_weekly", value="1")
        assert [info.reason for info in listed] == ["before-migration"] * 2
        assert [info.created.month for info in listed] == [4, 3]
        assert not list(tmp_path.glob("*.pre-migration"))
        assert all(info.path.parent.name == book_id() for info in listed)
        assert backups.rotate() == [listed[1].path]  # old: gone; the newest is always kept
        restore(listed[0].path)
    finally:
        close_store()


def test_migration_copy_is_a_listed_backup_of_the_book(
    tmp_path: Path, app_paths: paths.AppPaths
) -> None:
    book = tmp_path / "book.db"
    shutil.copy(FIXTURES / "schema_v3.db", book)
    info = open_store(book)
    try:
        assert info.backup is not None and info.backup.parent.name == book_id()
        assert [b.path for b in backups.list_backups()] == [info.backup]
        assert backups.list_backups()[0].reason == "before-migration"
        beside = {p.name for p in tmp_path.iterdir()} - {"data", ".book.db.lock"}
        assert beside <= {"book.db", "book.db-wal", "book.db-shm"}
        assert not list(tmp_path.glob("*.pre-migration"))
    finally:
        close_store()


def _fake(day: date, reason: str) -> BackupInfo:
    when = datetime(day.year, day.month, day.day, 12).astimezone()
    return BackupInfo(Path(f"/b/{when.isoformat()}-{reason}"), when, reason, 1, 1)


def test_rotation_always_keeps_the_newest_pre_migration_copy() -> None:
    today = date(2024, 6, 30)
    upgrade = _fake(today - timedelta(days=200), "before-migration")
    older = _fake(today - timedelta(days=300), "before-migration")
    dailies = [_fake(today - timedelta(days=n), "daily") for n in range(1, 30)]
    doomed = plan_rotation([upgrade, older, *dailies], keep_daily=1, keep_weekly=1, today=today)
    assert upgrade not in doomed and older in doomed


def test_litter_of_interrupted_backups_goes_but_a_running_one_is_kept(
    tmp_path: Path, app_paths: paths.AppPaths
) -> None:
    open_store(tmp_path / "book.db")
    try:
        folder = backups.backup_dir()
        litter = folder / ".book-20240101T000000000Z.partial"
        litter.write_bytes(b"half a backup")
        old_flat = backup_folder.default_base() / ".book-20240101T000000000Z.partial"
        old_flat.write_bytes(b"half an old backup")
        running = folder / ".book-20990101T000000000Z.partial"
        with backup_folder.writing_in(folder):
            running.write_bytes(b"being written")
            backups.list_backups()
            assert running.exists() and litter.exists()  # a backup is in flight: wait
        backups.list_backups()
        assert not litter.exists() and not running.exists() and not old_flat.exists()
        assert sorted(os.listdir(folder)) == [".lock", "BOOK"]
    finally:
        close_store()
