"""Listening for the change events a server book broadcasts (``NOTIFY rolodex_changes``, sent
by the triggers of migration 8 when a transaction that changed contacts, companies,
activities or follow-ups commits).

A listener needs a connection of its own (autocommit, so notifications arrive as they are
sent), opened with the parameters of the bound book's connection (same login and password).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg

from rolodex.db import StoreError, bound_database
from rolodex.store.postgres.connection import is_postgres, translate

CHANNEL = "rolodex_changes"


class NotifyConnection:
    """An autocommit connection LISTENing on :data:`CHANNEL`."""

    def __init__(self) -> None:
        db = bound_database()
        if not is_postgres(db):
            raise StoreError("Live updates need a shared book on a server.")
        self._db = db
        params: dict[str, Any] = dict(db.connect_params)
        params.pop("prefer_psycopg3", None)
        try:
            self._conn = psycopg.connect(dbname=db.database, autocommit=True, **params)
            self._conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            raise translate(exc, db) or StoreError(str(exc)) from None

    def payloads(self, timeout: float) -> Iterator[str]:
        """The payloads that arrive within ``timeout`` seconds (returns then)."""
        try:
            for notify in self._conn.notifies(timeout=timeout):
                yield notify.payload
        except psycopg.Error as exc:
            raise translate(exc, self._db) or StoreError(str(exc)) from None

    def close(self) -> None:
        self._conn.close()
