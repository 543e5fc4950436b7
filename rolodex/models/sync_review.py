"""Sync conflicts for review and the one-sync-at-a-time lease (migration 10, see
:mod:`rolodex.migrations.m0011_sync_review`)."""

from __future__ import annotations

import peewee

from rolodex.models.base import BaseModel
from rolodex.models.contact import Contact
from rolodex.models.sync import SyncAccount


class SyncConflict(BaseModel):
    account = peewee.ForeignKeyField(SyncAccount, on_delete="CASCADE")
    contact = peewee.ForeignKeyField(Contact, on_delete="CASCADE")
    field = peewee.TextField()
    local_value = peewee.TextField(default="")
    remote_value = peewee.TextField(default="")
    remote_card = peewee.TextField(default="")
    created_at = peewee.TextField()
    resolved_at = peewee.TextField(null=True)
    resolution = peewee.TextField(default="")

    class Meta:
        indexes = ((("account", "resolved_at"), False),)


class SyncLease(BaseModel):
    account = peewee.ForeignKeyField(SyncAccount, primary_key=True, on_delete="CASCADE")
    holder = peewee.TextField(default="")
    expires_at = peewee.TextField(default="")
