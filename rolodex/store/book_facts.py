"""Facts about the bound book that its backups are judged by, on either backend: its identity
row, every contact's ``(id, created_at)`` (a contact keeps both for life), and the live count
and newest change and deletion times of its contacts (has it changed since a backup?).
"""

from __future__ import annotations

from peewee import SQL, fn

from rolodex.models import Book, Contact
from rolodex.store.rows import first_row, raw_rows


def identity() -> tuple[str, str] | None:
    """The book's ``(id, created_at)``."""
    row = first_row(Book.select(Book.id, Book.created_at))
    return None if row is None else (str(row[0]), str(row[1]))


def contact_keys() -> set[tuple[int, str]]:
    """Every contact's ``(id, created_at)``, trashed ones included."""
    rows = raw_rows(Contact.select(Contact.id, Contact.created_at))
    return {(int(cid), str(created)) for cid, created in rows}


def contact_stamps() -> tuple[int, str | None, str | None]:
    """(contacts not in the Trash, newest ``updated_at``, newest ``deleted_at``), read in one
    statement (one snapshot of the book)."""
    live = Contact.alias()
    count = live.select(fn.COUNT(SQL("*"))).where(live.deleted_at.is_null())
    query = Contact.select(count, fn.MAX(Contact.updated_at), fn.MAX(Contact.deleted_at))
    row = raw_rows(query)[0]
    return int(row[0]), row[1], row[2]
