"""A company: its own record with phone, address, website and notes; lists its people."""

from __future__ import annotations

import peewee

from rolodex.models.base import BaseModel
from rolodex.models.meta import ImportBatch


class Company(BaseModel):
    name = peewee.TextField()
    name_key = peewee.TextField(index=True)
    phone = peewee.TextField(default="")
    email = peewee.TextField(default="")
    website = peewee.TextField(default="")
    street = peewee.TextField(default="")
    extended = peewee.TextField(default="")
    po_box = peewee.TextField(default="")
    city = peewee.TextField(default="")
    region = peewee.TextField(default="")
    postal_code = peewee.TextField(default="")
    country = peewee.TextField(default="")
    notes = peewee.TextField(default="")
    created_at = peewee.TextField()
    updated_at = peewee.TextField()
    deleted_at = peewee.TextField(null=True)
    uid = peewee.TextField(default="")
    revision = peewee.IntegerField(default=1)
    import_batch = peewee.ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")
    owner = peewee.TextField(default="")  # the account manager's login (migration 8)
    private = peewee.BooleanField(default=False)
