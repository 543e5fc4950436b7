"""Restore the open book from a backup, in place and undoably.

Only a Rolodex book is accepted (:mod:`rolodex.safety.book_file`: its tables for its schema
version, a version this Rolodex reads, its identity, ``integrity_check`` ok); a 0-byte file,
another program's database, a damaged file or one with another key is refused untouched. A
backup of another book (another identity, or for a backup from before identities, contacts
that are not this book's) is refused naming both books unless ``other_book`` is given.

The current book is backed up first (reason ``before-restore``). The backup is then copied to
a private staging file in the book's backup folder, upgraded there to the current schema and
given the book's own identity (the file stays the same book, whatever it was restored from),
and its pages are copied into the live file with SQLite's online backup API: one write
transaction, so other programs that have the book open simply see the restored data, and a
crash midway leaves the book as it was. A shared book on a server is restored from the same
staged file by :func:`rolodex.safety.server_book.restore_from` (one server transaction).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rolodex.db import StoreError, bound_database, looks_encrypted, passphrase_of, translate_error
from rolodex.identity import book_id
from rolodex.safety import backup_adoption, backup_folder, server_book, snapshot
from rolodex.safety.backups import BackupInfo, backup_before, backup_dir
from rolodex.safety.book_file import check_book, refuse_empty
from rolodex.safety.permissions import create_private_file
from rolodex.store import book_facts
from rolodex.store.sqlite import snapshot as sqlite_snapshot
from rolodex.store.sqlite.files import connect, database_errors

SQLITE_BUSY, SQLITE_LOCKED = 5, 6


@dataclass(frozen=True)
class RestoreResult:
    """``undo`` is the backup of the book as it was just before (restore it to undo)."""

    undo: BackupInfo
    contacts: int
    from_version: int


class OtherBookError(StoreError):
    """The backup is of another book; restoring it needs ``other_book=True``."""


def check_source(source: Path, passphrase: str | None) -> snapshot.FileFacts:
    """Refuse a file the open book cannot be restored from, with the reason."""
    refuse_empty(source)
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
    check_book(source, facts)
    return facts


def preview(source: Path | str, *, other_book: bool = False) -> snapshot.FileFacts:
    """What ``source`` holds (contacts, last change, identity), after every check restore
    makes; nothing is written."""
    db = bound_database()
    book, origin = Path(db.database).resolve(), Path(source).expanduser().resolve()
    if origin == book:
        raise StoreError(f"{origin} is the book itself, not a backup of it.")
    facts = check_source(origin, passphrase_of(db))
    check_identity(origin, facts, other_book=other_book)
    return facts


def check_identity(origin: Path, facts: snapshot.FileFacts, *, other_book: bool) -> None:
    """Refuse a backup of another book (naming both) unless ``other_book``."""
    mine, book = book_id(), _book_name()
    if other_book or facts.book_id == mine:
        return
    if facts.book_id is not None:
        where = backup_folder.known_path(facts.book_id) or "not seen on this computer"
        raise OtherBookError(
            f"{origin} is a backup of another book ({where}, id {facts.book_id}), not of "
            f"{book} (id {mine}). Nothing was changed."
        )
    if not _content_is_ours(origin, mine):
        raise OtherBookError(
            f"{origin} predates book identities and its contacts are not those of {book} "
            f"(id {mine}): it looks like a backup of another book. Nothing was changed."
        )


def _book_name() -> str:
    if server_book.is_open():
        return server_book.display()
    return str(Path(bound_database().database).resolve())


def _content_is_ours(origin: Path, mine: str) -> bool:
    if origin.parent.name == mine:  # adopted into this book's folder: checked then
        return True
    key = passphrase_of(bound_database())
    conn = connect(origin, key, readonly=True)
    try:
        theirs = backup_adoption.backup_rows(conn)
    finally:
        conn.close()
    own = backup_adoption.book_rows()
    return backup_adoption.content_matches(theirs, own, empty_is_ours=True)


def restore(source: Path | str, *, other_book: bool = False) -> RestoreResult:
    """Replace the open book's contents with the backup ``source``."""
    db = bound_database()
    key = passphrase_of(db)
    origin = Path(source).expanduser().resolve()
    facts = preview(origin, other_book=other_book)
    identity = book_facts.identity()
    undo = backup_before("restore")
    folder = backup_dir()
    stage = folder / f".restore-{backup_folder.stamp(datetime.now(UTC))}.partial"
    with backup_folder.writing_in(folder):
        try:
            _stage(origin, stage, key, facts.version, identity)
            if server_book.is_open():
                server_book.restore_from(stage)
            else:
                _copy_into(stage, db, key)
        finally:
            stage.unlink(missing_ok=True)
    return RestoreResult(undo=undo, contacts=facts.contacts, from_version=facts.version)


def _stage(origin: Path, stage: Path, key: str | None, version: int, identity: Any) -> None:
    """Copy the backup to ``stage``, upgrade it and give it the book's identity."""
    create_private_file(stage)
    try:
        sqlite_snapshot.stage(origin, stage, key, version, identity)
    except OSError as exc:
        raise StoreError(f"Cannot restore through {stage.parent}: {exc.strerror or exc}.") from exc
    except database_errors() as exc:
        raise translate_error(exc, stage.parent) from exc


def _copy_into(origin: Path, db: Any, key: str | None) -> None:
    if db.in_transaction():
        raise RuntimeError("restore cannot run inside a transaction")
    try:
        sqlite_snapshot.copy_into(origin, db, key, _give_up_when_locked)
    except database_errors() as exc:
        raise translate_error(exc, Path(db.database)) from exc


def _give_up_when_locked(status: int, remaining: int, total: int) -> None:
    """Python retries a locked backup forever; the book's busy timeout has already waited."""
    if status in (SQLITE_BUSY, SQLITE_LOCKED):
        raise StoreError("The book is locked by another program; nothing was restored.")
