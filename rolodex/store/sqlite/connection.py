"""What :func:`rolodex.db.open_store` asks of a book file it has opened through Peewee: its
schema version (``user_version``), the migration steps up to the current schema, and the
book's identity before the book is bound (so no model can be used yet).

The opening itself (file checks, pragmas, key, lock, the copy before migrating, the error
lines) stays in :mod:`rolodex.db`, the public door every caller uses.
"""

from __future__ import annotations

import peewee

from rolodex.migrations import chain


def schema_version(db: peewee.Database) -> int:
    """The book's schema version (SQLite's ``user_version``; 0 for a new file)."""
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])  # type: ignore[no-untyped-call]


def migrate(db: peewee.Database, version: int) -> None:
    """Run the migrations after ``version``, each in its own transaction with the version
    it reaches."""
    conn = db.connection()  # type: ignore[no-untyped-call]
    for number, migration in enumerate(chain(version), start=version):
        with db.atomic():
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {number + 1}")


def book_id_of(db: peewee.Database) -> str | None:
    """The identity ``db``'s book carries (None before schema 4)."""
    row = db.execute_sql("SELECT id FROM book LIMIT 1").fetchone()  # type: ignore[no-untyped-call]
    return None if row is None else str(row[0])
