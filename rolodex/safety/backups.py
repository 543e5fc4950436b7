"""Verified, rotating backups of the open book, kept by the book's identity.

A backup is a copy made with SQLite's online backup API (consistent while the app runs), with
the book's own key when it is encrypted, written 0600 under a temporary name, checked
(SQLite's integrity check and the contact count of the copied snapshot) and only then renamed
to ``<book>-<UTC time>-<reason>-<contacts>.db``. Automatic backups (``daily`` on the first start
of a day, ``before-<action>`` before imports, merges, restores, migrations...) are rotated: see
:func:`plan_rotation`. ``manual`` backups are never deleted by Rolodex.

Backups are found, listed, rotated and counted in the book's own folder only (see
:mod:`rolodex.safety.backup_folder`: ``<backups>/<book id>/``), never by file name, so two books
called ``book.db`` never touch each other's backups. Each backup is a copy of the book, so its
``book`` table carries the same id: restore checks it, and rotation deletes only files it proves
are this book's. Listing trusts the folder (only Rolodex puts files there, after checking them):
opening every backup of an encrypted book to read its id would cost a key derivation each.
Backups from before the folders are adopted on first listing
(:mod:`rolodex.safety.backup_adoption`). The keep counts come from the book's settings, then the
user's settings file, then 7 daily and 4 weekly.

A shared book on a PostgreSQL server is backed up the same way into the same kind of file (a
portable Rolodex book, SQLite), written by :mod:`rolodex.safety.server_book` through
copy-book; its folder is keyed by its identity too. The server's own dumps are its
administrator's business.
"""

from __future__ import annotations

import os
import re
from contextlib import nullcontext
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from rolodex.db import StoreError, bound_database, passphrase_of, translate_error
from rolodex.identity import book_id
from rolodex.safety import backup_adoption, backup_folder, server_book, snapshot
from rolodex.safety.backup_folder import DIR_KEY, NAME_RE, backup_name, book_setting, stamp
from rolodex.safety.permissions import create_private_file, sync_dir
from rolodex.store import book_facts
from rolodex.store.sqlite.snapshot import copy_open

__all__ = [
    "DIR_KEY",
    "NAME_RE",
    "BackupInfo",
    "backup_before",
    "backup_name",
    "backup_now",
    "list_backups",
]

KEEP_DAILY_KEY = "backup_keep_daily"
KEEP_WEEKLY_KEY = "backup_keep_weekly"
MANUAL = "manual"
DAILY = "daily"
BEFORE_MIGRATION = "before-migration"
REASON_RE = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was made (UTC), why, its size, its contact count and the
    identity of the book it is a backup of (None when not known, e.g. a file given by path)."""

    path: Path
    created: datetime
    reason: str
    size: int
    contacts: int
    book_id: str | None = None
    reused: bool = False  # backup_before found it current and made no new one

    def as_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "created": self.created.isoformat(timespec="seconds"),
            "size": self.size,
            "contacts": self.contacts,
            "reason": self.reason,
            "book_id": self.book_id,
        }


def parse_name(path: Path, stem: str | None = None, book: str | None = None) -> BackupInfo | None:
    """Read a backup's facts from its name (None if it is not a backup's, or not of a book
    file ``<stem>.db`` when ``stem`` is given); ``book`` is the identity of its folder."""
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
    return BackupInfo(path, created, match["reason"], size, int(match["contacts"]), book)


def backup_dir() -> Path:
    """The folder new backups of the open book go to: its own folder (0700) under the chosen
    backup folder or the default one."""
    note = None if server_book.is_open() else bound_path()
    return backup_folder.folder_of(book_id(), backup_folder.bases()[0], note)


def bound_path() -> Path:
    return Path(bound_database().database).resolve()


def _stem() -> str:
    """What backup names start with: the book file's stem, or a server book's name."""
    return server_book.stem() if server_book.is_open() else bound_path().stem


def keep_counts() -> tuple[int, int]:
    """(daily, weekly) backups to keep: book setting, else settings file, else 7 and 4."""
    from rolodex import settings

    try:
        user = settings.load()
    except settings.SettingsError:
        user = settings.Settings()
    return (
        _positive(book_setting(KEEP_DAILY_KEY), user.backup_keep_daily),
        _positive(book_setting(KEEP_WEEKLY_KEY), user.backup_keep_weekly),
    )


def _positive(text: str | None, default: int) -> int:
    try:
        value = int(text) if text is not None else default
    except ValueError:
        return default
    return value if value >= 1 else default


def list_backups() -> list[BackupInfo]:
    """Backups of the open book (in its own folders only), newest first. Older backups that
    are this book's are adopted first, and the litter of interrupted backups removed."""
    book, path = book_id(), None if server_book.is_open() else bound_path()
    found: list[BackupInfo] = []
    for base in backup_folder.bases():
        folder = backup_folder.folder_of(book, base, path)
        if path is not None:  # a server book has no backups from before the folders
            backup_adoption.adopt_once(book, path, passphrase_of(bound_database()), base, folder)
        backup_folder.clean_partials(folder)
        backup_folder.clean_partials(base)
        found += [info for p in folder.glob("*.db") if (info := parse_name(p, book=book))]
    return sorted(found, key=lambda b: b.created, reverse=True)


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
    on_server = server_book.is_open()
    if target and not on_server and Path(target).expanduser().resolve() == bound_path():
        raise StoreError("A backup cannot overwrite the book itself; choose another file.")
    folder = Path(target).expanduser().resolve().parent if target else backup_dir()
    partial = folder / f".{_stem()}-{stamp(now)}.partial"
    with nullcontext() if target else backup_folder.writing_in(folder):
        contacts = server_book.copy_verified(partial) if on_server else _copy_verified(db, partial)
        final = (
            Path(target).expanduser().resolve()
            if target
            else _free_name(folder, now, reason, contacts)
        )
        os.replace(partial, final)
    sync_dir(folder)
    info = BackupInfo(final, now, reason, final.stat().st_size, contacts, book_id())
    if target is None and reason != MANUAL:
        rotate()
    return info


def _copy_verified(db: Any, partial: Path) -> int:
    if db.in_transaction():
        raise RuntimeError("back up before the action's transaction starts, not inside it")
    try:
        create_private_file(partial)
        contacts = copy_open(db, partial, passphrase_of(db), create=False)
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
    stem = _stem()
    while (folder / backup_name(stem, when, reason, contacts)).exists():
        when += timedelta(milliseconds=1)
    return folder / backup_name(stem, when, reason, contacts)


# Not backed up first on a server book: a full copy of a 20,000-contact server book takes
# ~17 s (copy-book through loopback, measured), far longer than the import of a few cards, and
# every client would pile copies of the shared book into its own folder. An import on a server
# is undone from its own import batch (import_item rows) like anywhere else; the daily backup,
# manual backups and the server's own dumps cover the rest.
NOT_ON_SERVER = frozenset({"import", "import-undo"})


def wanted_before(kind: str) -> bool:
    """Whether the automatic backup before action ``kind`` is taken for the open book."""
    return not (kind in NOT_ON_SERVER and server_book.is_open())


def backup_before(reason: str) -> BackupInfo:
    """The automatic backup taken before an action (``"import"``, ``"merge"``, ``"restore"``...).

    When the newest verified backup already holds the book as it is (:func:`current_backup`),
    no copy is made: that backup is returned, with ``reused`` set, and the action can still be
    undone from it."""
    current = current_backup()
    if current is not None:
        return replace(current, reused=True)
    return backup_now(f"before-{reason}")


SKIP_MARGIN = timedelta(milliseconds=50)
"""A file's time may lag the clock by a tick: a write this close before a backup counts as
after it (so the book is backed up again)."""


def current_backup() -> BackupInfo | None:
    """The newest backup of the open book if the book has not been written since it was made,
    else None. Two independent checks: the book file and its write-ahead log are older than
    the backup (any commit by anyone writes one of them), and by the book's own clock its
    contacts were last changed or deleted before the backup, their count unchanged."""
    if server_book.is_open():  # no file whose times prove it unchanged: always back up
        return None
    found = list_backups()
    if not found:
        return None
    newest = found[0]
    if not _files_older(newest.created) or not _contacts_older(newest):
        return None
    return newest


def _files_older(moment: datetime) -> bool:
    """The book file and its write-ahead log (when it holds anything: opening a book creates
    it empty) were last written before ``moment``."""
    book = bound_path()
    try:
        stats = [p.stat() for p in (book, book.with_name(f"{book.name}-wal")) if p.exists()]
    except OSError:
        return False
    if not stats:
        return False
    written = max(s.st_mtime for s in stats if s.st_size or s is stats[0])
    return datetime.fromtimestamp(written, UTC) + SKIP_MARGIN < moment


def _contacts_older(backup: BackupInfo) -> bool:
    live, updated, deleted = book_facts.contact_stamps()
    if live != backup.contacts:
        return False
    try:
        stamps = [_utc(datetime.fromisoformat(t)) for t in (updated, deleted) if t]
    except ValueError:
        return False  # a time we cannot read: do not guess, back up
    # whole seconds: this catches a later change even when the file times are off (a
    # network drive's clock); the file times are the precise check
    return all(t <= backup.created for t in stamps)


def _utc(moment: datetime) -> datetime:
    """Stored times are UTC; older rows may lack the offset."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


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
    newest of each of the last ``keep_weekly`` ISO weeks, always the newest of all and the
    newest copy made before a migration (the way back to the old version)."""
    auto = sorted((b for b in backups if b.reason != MANUAL), key=lambda b: b.created, reverse=True)
    keep: set[Path] = {auto[0].path} if auto else set()
    keep.update([b.path for b in auto if b.reason == BEFORE_MIGRATION][:1])
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
    """Delete the automatic backups :func:`plan_rotation` does not keep; return their paths.
    A file is deleted only once its identity (or, before identities, its content) proves it is
    this book's: one put in the book's folder by hand is never rotated away."""
    daily, weekly = keep_counts()
    today = (now or datetime.now(UTC)).astimezone().date()
    doomed = plan_rotation(list_backups(), daily, weekly, today)
    book, key, own = book_id(), passphrase_of(bound_database()), backup_adoption.OwnRows()
    deleted = []
    for info in doomed:
        if backup_adoption.belongs(info.path, key, book, own, empty_is_ours=True) is not None:
            info.path.unlink(missing_ok=True)
            deleted.append(info.path)
    return deleted
