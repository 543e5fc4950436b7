"""Restore the open book from a backup, in place and undoably.

The current book is backed up first (reason ``before-restore``), then the backup's pages are
copied into the live file with SQLite's online backup API: one write transaction, so other
programs that have the book open (the app, a command line run) simply see the restored data,
and a crash midway leaves the book as it was. An older backup is upgraded after restoring; a
backup from a newer Rolodex, a damaged file or one with another key is refused untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rolodex.db import (
    StoreError,
    bound_database,
    close_store,
    looks_encrypted,
    open_store,
    passphrase_of,
    translate_error,
)
from rolodex.migrations import LATEST_VERSION
from rolodex.safety import snapshot
from rolodex.safety.backups import BackupInfo, backup_before

SQLITE_BUSY, SQLITE_LOCKED = 5, 6


@dataclass(frozen=True)
class RestoreResult:
    """``undo`` is the backup of the book as it was just before (restore it to undo)."""

    undo: BackupInfo
    contacts: int
    from_version: int


def check_source(source: Path, passphrase: str | None) -> snapshot.FileFacts:
    """Refuse a file the open book cannot be restored from, with the reason."""
    if looks_encrypted(source) and passphrase is None:
        raise StoreError(
            f"{source} is an encrypted backup and this book is not encrypted; "
            "open it with its passphrase, or restore it into an encrypted book."
        )
    if passphrase is not None and not looks_encrypted(source) and source.is_file():
        raise StoreError(
            f"{source} is not encrypted but this book is; decrypt the book first to restore it."
        )
    facts = snapshot.inspect(source, passphrase)
    if facts.version > LATEST_VERSION:
        raise StoreError(
            f"{source} was written by a newer version of Rolodex (schema {facts.version}); "
            "please update Rolodex. Nothing was changed."
        )
    return facts


def restore(source: Path | str) -> RestoreResult:
    """Replace the open book's contents with the backup ``source``."""
    db = bound_database()
    book, key = Path(db.database).resolve(), passphrase_of(db)
    origin = Path(source).expanduser().resolve()
    if origin == book:
        raise StoreError(f"{origin} is the book itself, not a backup of it.")
    facts = check_source(origin, key)
    undo = backup_before("restore")
    _copy_into(origin, db, key)
    if facts.version < LATEST_VERSION:
        close_store()
        open_store(book, key)
    return RestoreResult(undo=undo, contacts=facts.contacts, from_version=facts.version)


def _copy_into(origin: Path, db: Any, key: str | None) -> None:
    if db.in_transaction():
        raise RuntimeError("restore cannot run inside a transaction")
    src = snapshot.connect(origin, key, readonly=True)
    try:
        src.backup(db.connection(), progress=_give_up_when_locked)
    except snapshot.database_errors() as exc:
        raise translate_error(exc, Path(db.database)) from exc
    finally:
        src.close()


def _give_up_when_locked(status: int, remaining: int, total: int) -> None:
    """Python retries a locked backup forever; the book's busy timeout has already waited."""
    if status in (SQLITE_BUSY, SQLITE_LOCKED):
        raise StoreError("The book is locked by another program; nothing was restored.")
