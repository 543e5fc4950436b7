"""Verified, rotating backups of the open book.

A backup is a copy made with SQLite's online backup API (consistent while the app runs), with
the book's own key when it is encrypted, written 0600 under a temporary name, checked
(``PRAGMA integrity_check`` and the contact count of the copied snapshot) and only then renamed
to ``<book>-<UTC time>-<reason>-<contacts>.db``. Automatic backups (``daily`` on the first start
of a day, ``before-<action>`` before imports, merges, restores...) are rotated: see
:func:`plan_rotation`. ``manual`` backups are never deleted by Rolodex.

The folder is ``rolodex.paths.get().backups_dir`` unless the book's ``backup_dir`` setting names
another one (a USB stick, a synced folder); the keep counts come from the book's settings, then
the user's settings file, then 7 daily and 4 weekly.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from rolodex import paths
from rolodex.db import StoreError, bound_database, passphrase_of, translate_error
from rolodex.safety import snapshot
from rolodex.safety.permissions import private_dir, sync_dir

DIR_KEY = "backup_dir"
KEEP_DAILY_KEY = "backup_keep_daily"
KEEP_WEEKLY_KEY = "backup_keep_weekly"
MANUAL = "manual"
DAILY = "daily"
NAME_RE = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{9}Z)-(?P<reason>[a-z]+(?:-[a-z]+)*)-(?P<contacts>\d+)\.db$"
)
REASON_RE = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was made (UTC), why, its size and its contact count."""

    path: Path
    created: datetime
    reason: str
    size: int
    contacts: int

    def as_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "created": self.created.isoformat(timespec="seconds"),
            "size": self.size,
            "contacts": self.contacts,
            "reason": self.reason,
        }


def _stamp(when: datetime) -> str:
    when = when.astimezone(UTC)
    return when.strftime("%Y%m%dT%H%M%S") + f"{when.microsecond // 1000:03d}Z"


def backup_name(stem: str, when: datetime, reason: str, contacts: int) -> str:
    """The file name of a backup of the book ``<stem>.db``."""
    return f"{stem}-{_stamp(when)}-{reason}-{contacts}.db"


def parse_name(path: Path, stem: str | None = None) -> BackupInfo | None:
    """Read a backup's facts from its name (None if it is not a backup's, or not of the book
    ``<stem>.db`` when ``stem`` is given)."""
    match = NAME_RE.match(path.name)
    if match is None or (stem is not None and match["stem"] != stem):
        return None
    created = datetime.strptime(match["stamp"][:15], "%Y%m%dT%H%M%S").replace(
        tzinfo=UTC, microsecond=int(match["stamp"][15:18]) * 1000
    )
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupInfo(path, created, match["reason"], size, int(match["contacts"]))


def _setting(key: str) -> str | None:
    from rolodex.models import Setting

    row = Setting.get_or_none(Setting.key == key)
    return None if row is None else str(row.value)


def backup_dir() -> Path:
    """The folder backups of the open book go to (created 0700 if it is the default one)."""
    chosen = _setting(DIR_KEY)
    if not chosen:
        return private_dir(paths.get().backups_dir)
    folder = Path(chosen).expanduser()
    if not folder.is_dir():
        raise StoreError(
            f"The backup folder {folder} is not available (is the drive connected?). "
            "Choose another folder or connect it."
        )
    return folder


def keep_counts() -> tuple[int, int]:
    """(daily, weekly) backups to keep: book setting, else settings file, else 7 and 4."""
    from rolodex import settings

    try:
        user = settings.load()
    except settings.SettingsError:
        user = settings.Settings()
    return (
        _positive(_setting(KEEP_DAILY_KEY), user.backup_keep_daily),
        _positive(_setting(KEEP_WEEKLY_KEY), user.backup_keep_weekly),
    )


def _positive(text: str | None, default: int) -> int:
    try:
        value = int(text) if text is not None else default
    except ValueError:
        return default
    return value if value >= 1 else default


def list_backups() -> list[BackupInfo]:
    """Backups of the open book in its backup folder, newest first."""
    stem = bound_path_stem()
    found = (parse_name(p, stem) for p in backup_dir().glob("*.db"))
    mine = [b for b in found if b is not None]
    return sorted(mine, key=lambda b: b.created, reverse=True)


def bound_path_stem() -> str:
    return Path(bound_database().database).stem


def verify(path: Path, expected_contacts: int | None = None) -> snapshot.FileFacts:
    """Check a backup of the open book: integrity check passes, contact count as expected."""
    facts = snapshot.inspect(path, passphrase_of(bound_database()))
    if expected_contacts is not None and facts.contacts != expected_contacts:
        raise StoreError(
            f"The backup {path} holds {facts.contacts} contacts, not {expected_contacts}; "
            "it was not kept."
        )
    return facts


def backup_now(reason: str = MANUAL, target: Path | str | None = None) -> BackupInfo:
    """Back up the open book now, to ``target`` or to the backup folder; verify it."""
    if not REASON_RE.match(reason):
        raise ValueError(f"bad backup reason {reason!r}")
    db = bound_database()
    now = datetime.now(UTC)
    if target and Path(target).expanduser().resolve() == Path(db.database).resolve():
        raise StoreError("A backup cannot overwrite the book itself; choose another file.")
    folder = Path(target).expanduser().resolve().parent if target else backup_dir()
    partial = folder / f".{Path(db.database).stem}-{_stamp(now)}.partial"
    contacts = _copy_verified(db, partial)
    final = (
        Path(target).expanduser().resolve() if target else _free_name(folder, now, reason, contacts)
    )
    os.replace(partial, final)
    sync_dir(folder)
    info = BackupInfo(final, now, reason, final.stat().st_size, contacts)
    if target is None and reason != MANUAL:
        rotate()
    return info


def _copy_verified(db: Any, partial: Path) -> int:
    if db.in_transaction():
        raise RuntimeError("back up before the action's transaction starts, not inside it")
    try:
        contacts = snapshot.copy_live(db.connection(), partial, passphrase_of(db))
        verify(partial, contacts)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(
            f"Cannot write a backup in {partial.parent}: {exc.strerror or exc}."
        ) from exc
    except snapshot.database_errors() as exc:
        partial.unlink(missing_ok=True)
        raise translate_error(exc, partial.parent) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return contacts


def _free_name(folder: Path, when: datetime, reason: str, contacts: int) -> Path:
    stem = bound_path_stem()
    while (folder / backup_name(stem, when, reason, contacts)).exists():
        when += timedelta(milliseconds=1)
    return folder / backup_name(stem, when, reason, contacts)


def backup_before(reason: str) -> BackupInfo:
    """The automatic backup taken before an action (``"import"``, ``"merge"``, ``"restore"``...)."""
    return backup_now(f"before-{reason}")


def backup_if_due_today(now: datetime | None = None) -> BackupInfo | None:
    """Make the day's ``daily`` backup unless one was made today (local time)."""
    today = (now or datetime.now(UTC)).astimezone().date()
    for info in list_backups():
        if info.reason == DAILY and info.created.astimezone().date() == today:
            return None
    return backup_now(DAILY)


def plan_rotation(
    backups: list[BackupInfo], keep_daily: int, keep_weekly: int, today: date
) -> list[BackupInfo]:
    """Which automatic backups to delete. Kept: every backup made today (so the day's actions
    stay undoable), the newest of each of the last ``keep_daily`` days that have backups, the
    newest of each of the last ``keep_weekly`` ISO weeks, and always the newest of all."""
    auto = sorted((b for b in backups if b.reason != MANUAL), key=lambda b: b.created, reverse=True)
    keep: set[Path] = {auto[0].path} if auto else set()
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for info in auto:
        day = info.created.astimezone().date()
        week = day.isocalendar()[:2]
        if day == today:
            keep.add(info.path)
        if day not in days and len(days) < keep_daily:
            days.add(day)
            keep.add(info.path)
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            keep.add(info.path)
    return [b for b in auto if b.path not in keep]


def rotate(now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups :func:`plan_rotation` does not keep; return their paths."""
    daily, weekly = keep_counts()
    today = (now or datetime.now(UTC)).astimezone().date()
    doomed = plan_rotation(list_backups(), daily, weekly, today)
    for info in doomed:
        info.path.unlink(missing_ok=True)
    return [info.path for info in doomed]
