"""The team tables (migration 8): the people using the book and the log of who changed what."""

from __future__ import annotations

import peewee

from rolodex.models.base import BaseModel


class BookUser(BaseModel):
    """Someone using the book: a login (PostgreSQL role on a server, OS login on a file), the
    name shown for it, and its role: ``admin``, ``editor`` or ``reader``."""

    login = peewee.TextField(primary_key=True)
    display_name = peewee.TextField(default="")
    role = peewee.TextField(default="editor")
    created_at = peewee.TextField()

    class Meta:
        table_name = "book_user"


class ChangeLog(BaseModel):
    """One edit, merge, deletion or restore of a contact or company: who, when, the revision
    it left the row at and (edits) the changed fields as JSON ``{"field": [old, new]}``."""

    entity = peewee.TextField()
    entity_id = peewee.BigIntegerField()
    action = peewee.TextField()
    revision = peewee.IntegerField(default=0)
    fields = peewee.TextField(default="")
    done_by = peewee.TextField(default="")
    done_at = peewee.TextField()

    class Meta:
        table_name = "change_log"
