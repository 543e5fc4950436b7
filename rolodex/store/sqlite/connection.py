"""What :func:`rolodex.db.open_store` asks of a book file it has opened through Peewee: its
schema version (``user_version``), the migration steps up to the current schema, and the
book's identity before the book is bound (so no model can be used yet).

The Peewee database object for a file (its pragmas and key) is made here too; the opening
itself (file checks, lock, the copy before migrating, the error lines) stays in
:mod:`rolodex.db`, the public door every caller uses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import peewee

import rolodex.db
from rolodex.migrations import chain


def make_database(path: Path, passphrase: str | None = None) -> peewee.SqliteDatabase:
    """Build (not open) the Peewee database object for a file, encrypted or not."""
    if passphrase is None:
        return peewee.SqliteDatabase(str(path), pragmas=_pragmas(), check_same_thread=False)
    from playhouse.sqlcipher_ext import SqlCipherDatabase

    made: peewee.SqliteDatabase = SqlCipherDatabase(
        str(path), passphrase=passphrase, pragmas=_pragmas(True), check_same_thread=False
    )
    return made

def _pragmas(encrypted: bool = False) -> dict[str, Any]:
    # SQLCipher logs a wrong key to stderr; keep the CLI's error to one line. Temp tables and
    # sort spills of an encrypted book stay in memory, never in unencrypted temp files.
    cipher = {"cipher_log_level": "NONE", "temp_store": "memory"} if encrypted else {}
    return {
        **cipher,
        "journal_mode": "wal",
        "foreign_keys": 1,
        "busy_timeout": rolodex.db.BUSY_TIMEOUT_MS,  # read at each open (tests shorten it)
        "synchronous": "normal",
        "cache_size": -4000,  # KiB: enough for the hot indexes at 100k contacts
    }

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
