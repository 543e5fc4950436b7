"""CardDAV sync state (migration 9): the accounts a book syncs with and, per account, what
was last synced of each card (see :mod:`rolodex.migrations.m0009_sync`)."""

from __future__ import annotations

import peewee

from rolodex.models.base import BaseModel
from rolodex.models.contact import Contact


class SyncAccount(BaseModel):
    name = peewee.TextField(unique=True)
    url = peewee.TextField()
    username = peewee.TextField(default="")
    password_file = peewee.TextField(default="")
    tag = peewee.TextField(default="")
    collection_url = peewee.TextField(default="")
    sync_token = peewee.TextField(default="")
    ctag = peewee.TextField(default="")
    fingerprint = peewee.TextField(default="")
    last_run_at = peewee.TextField(null=True)
    last_result = peewee.TextField(default="")


class SyncItem(BaseModel):
    account = peewee.ForeignKeyField(SyncAccount, on_delete="CASCADE")
    contact_uid = peewee.TextField()
    contact = peewee.ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    href = peewee.TextField()
    etag = peewee.TextField(default="")
    synced_revision = peewee.IntegerField(default=0)
    vcard = peewee.TextField(default="")

    class Meta:
        indexes = (
            (("account", "href"), True),
            (("account", "contact_uid"), True),
        )
