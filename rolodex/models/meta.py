"""Book-level tables: the book's identity, settings stored in the book, import batches and
the rows each batch owns (for undo), and tombstones of contacts and companies deleted for good."""

from __future__ import annotations

import peewee

from rolodex.models.base import BaseModel


class Setting(BaseModel):
    key = peewee.TextField(primary_key=True)
    value = peewee.TextField()


class ImportBatch(BaseModel):
    created_at = peewee.TextField()
    source = peewee.TextField(default="")
    imported = peewee.IntegerField(default=0)
    merged = peewee.IntegerField(default=0)
    skipped = peewee.IntegerField(default=0)
    undo_data = peewee.TextField(default="")
    undone_at = peewee.TextField(null=True)
    created_by = peewee.TextField(default="")  # the login that ran it (migration 8)


class Book(BaseModel):
    """The book's permanent identity: one row, written once by migration 4."""

    id = peewee.TextField(primary_key=True)  # type: ignore[assignment]  # a UUID, not a number
    created_at = peewee.TextField()


class ImportItem(BaseModel):
    """A row an import batch created or merged into, the revision it left it at, and (for a
    merge) what it added, as JSON."""

    batch = peewee.ForeignKeyField(ImportBatch, on_delete="CASCADE")
    entity = peewee.TextField()
    entity_id = peewee.BigIntegerField()
    action = peewee.TextField()
    revision = peewee.IntegerField()
    added = peewee.TextField(default="")

    class Meta:
        primary_key = peewee.CompositeKey("batch", "entity", "entity_id")


class Tombstone(BaseModel):
    """What is left of a contact or company deleted for good: its UID and last revision."""

    entity = peewee.TextField()
    uid = peewee.TextField()
    revision = peewee.IntegerField()
    deleted_at = peewee.TextField()

    class Meta:
        primary_key = peewee.CompositeKey("entity", "uid")
