"""Which backend the bound book is on: the one switch the store's portable modules consult
when a backend-specific module must do the work (search, bulk writes, sort keys)."""

from __future__ import annotations

import sys
from typing import Literal

from rolodex.db import bound_database

Dialect = Literal["sqlite", "postgres"]


def dialect() -> Dialect:
    """``"postgres"`` for a shared book on a server, ``"sqlite"`` for a file."""
    # Not through rolodex.store.postgres: a file book's start-up never loads the server side.
    # A database is bound, so Peewee is loaded (this module is imported before it is).
    db = bound_database()
    return "postgres" if isinstance(db, sys.modules["peewee"].PostgresqlDatabase) else "sqlite"
