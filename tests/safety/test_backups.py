"""Backups: verified copies, 0600 files, listing, the daily backup, rotation and the folder."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rolodex.db import SQLITE_MAGIC, StoreError, StoreInfo
from rolodex.identity import book_id
from rolodex.models import Contact, Setting
from rolodex.safety import backups, snapshot
from rolodex.safety.backups import BackupInfo, plan_rotation
from tests.safety.conftest import PASSPHRASE, PEOPLE


def test_backup_is_a_verified_private_copy_with_the_contact_count(plain_book: StoreInfo) -> None:
    info = backups.backup_now()
    assert info.contacts == len(PEOPLE)
    assert info.path.parent == backups.backup_dir()
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    assert snapshot.inspect(info.path, None).contacts == len(PEOPLE)
    assert not list(info.path.parent.glob(".*.partial"))  # no partial file left behind


def test_backup_leaves_out_trashed_contacts_from_the_count(plain_book: StoreInfo) -> None:
    Contact.update(deleted_at="2024-01-01").where(Contact.given == "Ada").execute()
    assert backups.backup_now().contacts == len(PEOPLE) - 1


def test_listing_is_newest_first_with_size_and_contacts(plain_book: StoreInfo) -> None:
    first = backups.backup_now()
    Contact.create(given="Nina", created_at="t", updated_at="t")
    second = backups.backup_now()
    listed = backups.list_backups()
    assert [b.path for b in listed] == [second.path, first.path]
    assert [b.contacts for b in listed] == [len(PEOPLE) + 1, len(PEOPLE)]
    assert listed[0].size == second.path.stat().st_size > 0
    assert listed[0].as_json()["created"].startswith(str(datetime.now(UTC).year))


def test_output_file_is_written_where_asked(plain_book: StoreInfo, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "copy.db"
    target.parent.mkdir()
    info = backups.backup_now(target=target)
    assert info.path == target.resolve()
    assert snapshot.inspect(target, None).contacts == len(PEOPLE)
    assert backups.list_backups() == []  # not in the rotating folder


def test_output_cannot_be_the_book_itself(plain_book: StoreInfo) -> None:
    with pytest.raises(StoreError, match="book itself"):
        backups.backup_now(target=plain_book.path)
    assert Contact.select().count() == len(PEOPLE)


def test_backup_of_an_encrypted_book_stays_encrypted(secret_book: StoreInfo) -> None:
    info = backups.backup_now()
    assert info.path.read_bytes()[:16] != SQLITE_MAGIC
    assert snapshot.inspect(info.path, PASSPHRASE).contacts == len(PEOPLE)
    with pytest.raises(StoreError, match="Wrong passphrase"):
        snapshot.inspect(info.path, "not the passphrase")


def test_daily_backup_happens_once_a_day(plain_book: StoreInfo) -> None:
    made = backups.backup_if_due_today()
    assert made is not None and made.reason == "daily"
    assert backups.backup_if_due_today() is None
    assert len(backups.list_backups()) == 1


def test_backup_before_an_action_names_the_action(plain_book: StoreInfo) -> None:
    assert backups.backup_before("import").reason == "before-import"
    assert "before-import" in backups.list_backups()[0].path.name


def test_backup_goes_to_the_folder_the_book_names(plain_book: StoreInfo, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    Setting.create(key="backup_dir", value=str(stick))
    assert backups.backup_now().path.parent == stick / book_id()


def test_missing_backup_folder_is_a_clear_error(plain_book: StoreInfo, tmp_path: Path) -> None:
    Setting.create(key="backup_dir", value=str(tmp_path / "unplugged"))
    with pytest.raises(StoreError, match="not available"):
        backups.backup_now()
    assert not (tmp_path / "unplugged").exists()


def _fake(day: date, hour: int = 12, reason: str = "daily") -> BackupInfo:
    when = datetime(day.year, day.month, day.day, hour).astimezone().astimezone(UTC)
    return BackupInfo(Path(f"/b/{when.isoformat()}-{reason}"), when, reason, 1, 1)


def test_rotation_keeps_n_daily_and_n_weekly() -> None:
    today = date(2024, 6, 30)
    history = [_fake(today - timedelta(days=n)) for n in range(60)]
    doomed = plan_rotation(history, keep_daily=7, keep_weekly=4, today=today)
    kept = sorted(
        set(b.created.astimezone().date() for b in history)
        - {b.created.astimezone().date() for b in doomed}
    )
    last_week = [today - timedelta(days=n) for n in range(6, -1, -1)]  # Mon 24 .. Sun 30 June
    sundays_before = [date(2024, 6, 9), date(2024, 6, 16), date(2024, 6, 23)]
    assert kept == sundays_before + last_week


def test_rotation_keeps_all_of_today_and_never_manual_backups() -> None:
    today = date(2024, 6, 30)
    history = [_fake(today, hour) for hour in range(8, 12)] + [
        _fake(today - timedelta(days=400), reason="manual")
    ]
    assert plan_rotation(history, keep_daily=1, keep_weekly=1, today=today) == []


@given(
    ages=st.lists(st.integers(min_value=0, max_value=120), min_size=1, max_size=40),
    keep_daily=st.integers(min_value=1, max_value=10),
    keep_weekly=st.integers(min_value=1, max_value=10),
)
def test_rotation_never_deletes_the_newest_and_respects_the_counts(
    ages: list[int], keep_daily: int, keep_weekly: int
) -> None:
    today = date(2024, 6, 30)
    history = [_fake(today - timedelta(days=age), hour=1 + i % 20) for i, age in enumerate(ages)]
    doomed = {b.path for b in plan_rotation(history, keep_daily, keep_weekly, today)}
    kept = [b for b in history if b.path not in doomed]
    newest = max(history, key=lambda b: b.created)
    assert newest.path not in doomed
    old_days = {b.created.astimezone().date() for b in kept} - {today}
    assert len(old_days) <= keep_daily + keep_weekly
    assert (
        all(b.created.astimezone().date() == today for b in history if b.path in doomed) is False
        or not doomed
    )


def test_rotate_deletes_old_automatic_backups_on_disk(plain_book: StoreInfo) -> None:
    Setting.create(key="backup_keep_daily", value="2")
    Setting.create(key="backup_keep_weekly", value="1")
    folder = backups.backup_dir()
    source = backups.backup_now("manual").path
    long_ago = datetime.now(UTC) - timedelta(days=30)
    for days in range(5):
        name = backups.backup_name("book", long_ago - timedelta(days=days), "daily", 4)
        (folder / name).write_bytes(source.read_bytes())
    deleted = backups.rotate()
    assert len(deleted) == 3
    assert len(backups.list_backups()) == 3  # manual + 2 newest old dailies
