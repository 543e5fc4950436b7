"""Reading book files directly through the SQLite libraries, plain or encrypted: the opening
(with the key), the schema version, the facts a check gathers (integrity, contacts, identity,
tables and columns) and the schema each migrated version has.

Plain books go through the standard ``sqlite3`` module and encrypted ones through
``sqlcipher3``. Two SQLite libraries must never hold the same file open in one process: POSIX
locks are per process, so they would not see each other's locks. What to check, when and
with which message is the safety package's business (:mod:`rolodex.safety.snapshot`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from rolodex.db import StoreError, translate_error
from rolodex.migrations import chain


def quote(text: str) -> str:
    """An SQL string literal (for PRAGMA key, which takes no bound parameters)."""
    return "'" + text.replace("'", "''") + "'"


def database_errors() -> tuple[type[Exception], ...]:
    """The DB-API error classes of both SQLite libraries."""
    from sqlcipher3 import dbapi2

    return (sqlite3.Error, dbapi2.Error)


def connect(
    path: Path, passphrase: str | None, *, readonly: bool = False, cipher: bool = False
) -> Any:
    """Open ``path`` (keyed if ``passphrase``) in autocommit mode through ``sqlcipher3`` when
    it has a key (or ``cipher`` asks for it), else through ``sqlite3``."""
    target = f"{path.resolve().as_uri()}?mode=ro" if readonly else str(path)
    module: Any = sqlite3
    if passphrase is not None or cipher:
        from sqlcipher3 import dbapi2

        module = dbapi2
    try:
        conn = module.connect(target, uri=readonly, isolation_level=None)
    except database_errors() as exc:
        raise StoreError(f"Cannot open {path}: {exc}.") from exc
    if passphrase is not None or cipher:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA temp_store = MEMORY")
    if passphrase is not None:
        conn.execute(f"PRAGMA key = {quote(passphrase)}")
    return conn


def schema_version(conn: Any, path: Path, encrypted: bool) -> int:
    """The file's ``user_version``; a wrong key or a foreign file raises StoreError."""
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except database_errors() as exc:
        raise translate_error(exc, path, encrypted=encrypted) from exc


def integrity(conn: Any) -> list[str]:
    """What SQLite's integrity check says of the file (``["ok"]`` when it is sound)."""
    return [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]


def count_contacts(conn: Any) -> int:
    """Contacts not in the Trash (0 for a file without a contact table)."""
    if not has_table(conn, "contact"):
        return 0
    return int(conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0])


def contact_keys(conn: Any) -> set[tuple[int, str]]:
    """Every contact's ``(id, created_at)`` in a file (none if it has no contact table)."""
    if not has_table(conn, "contact"):
        return set()
    rows = conn.execute("SELECT id, created_at FROM contact").fetchall()
    return {(int(row[0]), str(row[1])) for row in rows}


def columns_of(conn: Any) -> frozenset[tuple[str, str]]:
    """Every ``(table, column)`` of the file's tables (virtual and shadow tables included)."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return frozenset(
        (table, str(row[1]))
        for table in tables
        for row in conn.execute(f"PRAGMA table_info({quote(table)})")
    )


def read_identity(conn: Any) -> str | None:
    """The book id a file carries (None if it has no ``book`` table: it predates schema 4)."""
    if not has_table(conn, "book"):
        return None
    row = conn.execute("SELECT id FROM book LIMIT 1").fetchone()
    return None if row is None else str(row[0])


def has_table(conn: Any, name: str) -> bool:
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return found is not None


def last_change(columns: frozenset[tuple[str, str]], conn: Any) -> str | None:
    """The newest ``updated_at`` of the file's contacts (None without any)."""
    if ("contact", "updated_at") not in columns:
        return None
    row = conn.execute("SELECT max(updated_at) FROM contact").fetchone()
    return None if row is None or row[0] is None else str(row[0])


def schema_columns(version: int) -> frozenset[tuple[str, str]]:
    """The ``(table, column)`` pairs the frozen migrations ``1..version`` create in an empty
    in-memory database."""
    conn = sqlite3.connect(":memory:")
    try:
        for migration in chain(upto=version):
            migration.apply(conn)
        return columns_of(conn)
    finally:
        conn.close()
