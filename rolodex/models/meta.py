"""Book-level tables: settings stored in the book, and import batches (for one-step undo)."""

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
