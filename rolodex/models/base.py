"""The Peewee base model, bound to the one database proxy in :mod:`rolodex.db`."""

from __future__ import annotations

from datetime import UTC, datetime

import peewee

from rolodex.db import database


def utc_now() -> str:
    """Timestamps are stored as ISO-8601 UTC text (sortable, timezone explicit)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class BaseModel(peewee.Model):
    """Ids are 64-bit on every backend (SQLite's INTEGER is; PostgreSQL's BIGINT identity)."""

    id = peewee.BigAutoField()

    class Meta:
        database = database
        legacy_table_names = False
