"""Backups and restores of a shared book on a PostgreSQL server, as portable Rolodex files.

A backup of a server book is a copy-book into a new SQLite book (:mod:`rolodex.store.copy`):
the same kind of file a book file's backup is, with the same identity, so it lists, rotates,
restores and opens like any other (``rolodex --db backup.db`` reads it anywhere). A restore
stages the file as a file restore does (checked, upgraded, given the server book's identity)
and copies it into the server book in one transaction that first empties it: other users see
the old book until it commits, then the restored one; a failure leaves the book as it was.
The server's own dumps (``pg_dump``) remain its administrator's business.
"""

from __future__ import annotations

import re
from pathlib import Path

import peewee

from rolodex.db import StoreError, bound_database
from rolodex.safety import snapshot
from rolodex.store.backend import dialect

_UNSAFE = re.compile(r"[^\w.-]+")


def is_open() -> bool:
    """True when the bound book is on a server."""
    return dialect() == "postgres"


def display() -> str:
    """The bound server book's URL, without password."""
    db = bound_database()
    target = getattr(db, "target", None)
    return str(target.display) if target is not None else f"the PostgreSQL book {db.database}"


def stem() -> str:
    """What its backups' names start with: the database name, safe for a file name."""
    return _UNSAFE.sub("_", str(bound_database().database)) or "book"


def copy_verified(partial: Path) -> int:
    """Copy the server book into the new file ``partial`` (0600) and check the copy; return
    its contact count (not in the Trash). The partial is removed on any failure."""
    from rolodex.store.copy import copy_book, file_book

    db = bound_database()
    if db.in_transaction():
        raise RuntimeError("back up before the action's transaction starts, not inside it")
    try:
        made = file_book(partial)
        try:
            copy_book(db, made, str(partial))
        finally:
            made.close()
        return snapshot.inspect(partial, None).contacts
    except OSError as exc:
        _remove(partial)
        raise StoreError(
            f"Cannot write a backup in {partial.parent}: {exc.strerror or exc}."
        ) from exc
    except BaseException:
        _remove(partial)
        raise


def _remove(path: Path) -> None:
    for side in (path, path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")):
        side.unlink(missing_ok=True)


def restore_from(stage: Path) -> None:
    """Replace everything in the bound server book with the staged backup ``stage`` (already
    upgraded and given the book's identity), in one transaction."""
    from rolodex.store.copy import copy_book, file_book

    db: peewee.Database = bound_database()
    staged = file_book(stage, create=False)
    try:
        copy_book(staged, db, display(), replacing=True)
    finally:
        staged.close()
