"""Identities: the open book's permanent id, and new UIDs for contacts and companies."""

from __future__ import annotations

import uuid


def new_uid() -> str:
    """A new UID for a contact or company (a random UUID, as vCard and CardDAV expect)."""
    return str(uuid.uuid4())


def book_id() -> str:
    """The permanent identity of the open book (written once, when it was created or upgraded
    to schema 4)."""
    from rolodex.models import Book

    row = Book.select(Book.id).limit(1).first()
    if row is None:  # pragma: no cover - migration 4 always writes it
        raise RuntimeError("the book has no identity row")
    return str(row.id)
