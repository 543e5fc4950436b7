"""The copy of a book taken before it is migrated: a ``before-migration`` backup of the book.

:func:`copy_before` runs while the book is still at its old schema, which may predate the
book's identity (schema 4 writes it), so the verified copy is first named like an old flat
backup in the default backups folder. Once the migrations are done, :func:`file_copy` moves it
into the book's own folder. Should Rolodex be killed in between, the flat copy is adopted by the
book at the next listing (:mod:`rolodex.safety.backup_adoption`), like any old backup.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import peewee

from rolodex.db import StoreError
from rolodex.safety import backup_folder, snapshot
from rolodex.safety.permissions import create_private_file, sync_dir
from rolodex.store.sqlite.connection import book_id_of
from rolodex.store.sqlite.snapshot import copy_open

REASON = "before-migration"


def copy_before(db: peewee.Database, book: Path, passphrase: str | None) -> Path:
    """Copy the book ``db`` has open (same key, 0600, verified) into the default backups
    folder before it is migrated; return the copy."""
    base = backup_folder.default_base()
    now = datetime.now(UTC)
    partial = base / f".{book.stem}-{backup_folder.stamp(now)}.partial"
    with backup_folder.writing_in(base):
        try:
            create_private_file(partial)
            contacts = copy_open(db, partial, passphrase, create=False)
            if snapshot.inspect(partial, passphrase).contacts != contacts:
                raise StoreError(f"The copy of {book} made before upgrading it is incomplete.")
            target = base / backup_folder.backup_name(book.stem, now, REASON, contacts)
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    sync_dir(base)
    return target


def file_copy(db: peewee.Database, book: Path, copy: Path) -> Path:
    """Move the copy into the (now migrated) book's folder; return where it is."""
    identity = book_id_of(db)
    if identity is None:  # pragma: no cover - migration 4 always writes it
        return copy
    folder = backup_folder.folder_of(identity, copy.parent, book)
    target = folder / copy.name
    try:
        os.replace(copy, target)
    except OSError:
        return copy  # adopted at the next listing instead
    sync_dir(folder)
    sync_dir(copy.parent)
    return target
