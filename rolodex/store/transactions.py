"""The one transaction helper, for a book on either backend.

One user action is one transaction. An error the environment causes rolls it back and becomes
one StoreError line (nothing saved before is lost; on a server, a lost connection is closed so
the next action reconnects, and the caller keeps the edit to save again); bugs propagate.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import peewee

from rolodex import db as sqlite_store


@contextmanager
def writing() -> Iterator[None]:
    """A transaction on the bound book."""
    db = sqlite_store.bound_database()
    if not isinstance(db, peewee.PostgresqlDatabase):  # a file: the server side never loads
        with sqlite_store.writing():
            yield
        return
    from rolodex.store.postgres.connection import translate

    _drop_broken_connection(db)
    try:
        with db.atomic():
            yield
    except (peewee.DatabaseError, peewee.InterfaceError) as exc:
        error = translate(exc, db)
        if error is None:
            raise
        _drop_broken_connection(db)
        raise error from exc


def _drop_broken_connection(db: peewee.Database) -> None:
    """Close this thread's connection if the server dropped it, so the next use reconnects."""
    if not db.is_closed() and not db.is_connection_usable():
        db.close()
