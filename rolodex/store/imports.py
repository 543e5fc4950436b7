"""Import batches (``import_batch``) on either backend: the import's one transaction, creating
a batch, storing its counts, the history, and marking a batch undone.

An import runs in **one** transaction (:func:`import_transaction`), so Cancel or a crash leaves
the book as it was; an error the environment causes (locked, read-only, disk full, server gone)
becomes one StoreError line on either backend, and bugs propagate.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import peewee

from rolodex.db import bound_database, translate_error
from rolodex.models import Contact, ImportBatch
from rolodex.models.base import utc_now
from rolodex.store.import_items import CHUNK, drop_batch_rows
from rolodex.store.postgres.connection import is_postgres, translate
from rolodex.store.rows import first, raw_rows


@dataclass(frozen=True)
class BatchRow:
    """One import batch as stored."""

    id: int
    created_at: str
    source: str
    imported: int
    merged: int
    skipped: int
    undo_data: str
    undone_at: str | None
    created_by: str = ""  # who ran it (issue 11)


@contextmanager
def import_transaction() -> Iterator[Any]:
    """The import's one transaction (``.rollback()`` on it undoes everything written)."""
    db = bound_database()
    try:
        with db.atomic() as txn:
            yield txn
    except (peewee.DatabaseError, peewee.InterfaceError, sqlite3.DatabaseError) as exc:
        if is_postgres(db):
            error = translate(exc, db)
            if error is None:
                raise
            if not db.is_closed() and not db.is_connection_usable():
                db.close()  # the server dropped it: the next action reconnects
            raise error from exc
        raise translate_error(exc, book_name()) from exc


def book_name() -> str:
    """How errors and reports name the bound book: its file, or its server URL (no password)."""
    db = bound_database()
    target = getattr(db, "target", None)
    return str(target.display if target is not None else db.database)


def create_batch(source: str) -> int:
    """A new batch row (recording who ran the import); its id, as the database gave it."""
    from rolodex.store.users import acting_login

    row = {"created_at": utc_now(), "source": source, "created_by": acting_login()}
    return int(ImportBatch.insert(**row).execute())


def store_counts(batch_id: int, imported: int, merged: int, skipped: int, undo_data: str) -> None:
    ImportBatch.update(
        imported=imported, merged=merged, skipped=skipped, undo_data=undo_data
    ).where(ImportBatch.id == batch_id).execute()


def batches() -> list[BatchRow]:
    """Every batch, newest first."""
    b = ImportBatch
    query = b.select(
        b.id, b.created_at, b.source, b.imported, b.merged, b.skipped, b.undo_data, b.undone_at,
        b.created_by,
    ).order_by(b.id.desc())
    return [BatchRow(*row) for row in raw_rows(query)]


def batch(batch_id: int) -> BatchRow | None:
    """One batch, or None when there is no such batch."""
    b = ImportBatch
    query = b.select(
        b.id, b.created_at, b.source, b.imported, b.merged, b.skipped, b.undo_data, b.undone_at,
        b.created_by,
    ).where(b.id == batch_id)
    found = first(query)
    return None if found is None else BatchRow(*found)


def mark_undone(batch_id: int) -> None:
    """The batch was undone: it owns no rows any more, and says when."""
    drop_batch_rows(batch_id)
    ImportBatch.update(undone_at=utc_now()).where(ImportBatch.id == batch_id).execute()


def display_names(ids: Sequence[int]) -> dict[int, str]:
    """The display name of each of these contacts (in the Trash too)."""
    names: dict[int, str] = {}
    for chunk in peewee.chunked(sorted(set(ids)), CHUNK):
        query = Contact.select(Contact.id, Contact.display_name).where(Contact.id.in_(chunk))
        names.update((int(cid), str(name)) for cid, name in raw_rows(query))
    return names
