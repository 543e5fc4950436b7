"""Low-level reading, checking and copying of book files, plain or encrypted.

Plain books go through the standard ``sqlite3`` module and encrypted ones through
``sqlcipher3``; a copy always uses the same library as its source, because SQLite's online
backup API (used here so a copy is consistent while the app runs) only joins connections of one
library. Two SQLite libraries must never hold the same file open in one process: POSIX locks
are per process, so they would not see each other's locks.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rolodex.db import StoreError, translate_error
from rolodex.safety.permissions import create_private_file

SAVEPOINT = "rolodex_snapshot"


@dataclass(frozen=True)
class FileFacts:
    """What a check of a book file found: its schema version, live (not trashed) contacts,
    the book's identity (None before schema 4), its last change (the newest ``updated_at``)
    and every ``(table, column)`` it has (to tell a Rolodex book from another program's file)."""

    version: int
    contacts: int
    book_id: str | None = None
    last_change: str | None = None
    columns: frozenset[tuple[str, str]] = frozenset()


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


def count_contacts(conn: Any) -> int:
    """Contacts not in the Trash (0 for a file without a contact table)."""
    if not _has_table(conn, "contact"):
        return 0
    return int(conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0])


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
    if not _has_table(conn, "book"):
        return None
    row = conn.execute("SELECT id FROM book LIMIT 1").fetchone()
    return None if row is None else str(row[0])


def _has_table(conn: Any, name: str) -> bool:
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return found is not None


def _last_change(columns: frozenset[tuple[str, str]], conn: Any) -> str | None:
    if ("contact", "updated_at") not in columns:
        return None
    row = conn.execute("SELECT max(updated_at) FROM contact").fetchone()
    return None if row is None or row[0] is None else str(row[0])


def inspect(path: Path, passphrase: str | None) -> FileFacts:
    """Open ``path`` read-only, run ``PRAGMA integrity_check``, count its contacts and read
    its identity, last change and tables."""
    if not path.is_file():
        raise StoreError(f"No such backup file: {path}.")
    conn = connect(path, passphrase, readonly=True)
    try:
        version = schema_version(conn, path, passphrase is not None)
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
            columns = columns_of(conn)
            facts = FileFacts(
                version,
                count_contacts(conn) if ("contact", "deleted_at") in columns else 0,
                read_identity(conn),
                _last_change(columns, conn),
                columns,
            )
        except database_errors() as exc:
            raise StoreError(f"{path} is damaged: {exc}.") from exc
    finally:
        conn.close()
    if result != ["ok"]:
        raise StoreError(f"{path} is damaged: {result[0]}.")
    return facts


def copy_live(source: Any, target: Path, passphrase: str | None, *, create: bool = True) -> int:
    """Copy the open connection ``source`` to the new file ``target`` (0600, same key; an
    empty file the caller made when not ``create``) with the online backup API; return the
    contact count of the very snapshot that was copied."""
    if create:
        create_private_file(target)
    dest = connect(target, passphrase)
    try:
        # A new file, thrown away on failure: no journal, no syncs until it is whole.
        dest.execute("PRAGMA journal_mode = OFF")
        dest.execute("PRAGMA synchronous = OFF")
        source.execute(f"SAVEPOINT {SAVEPOINT}")
        try:
            contacts = count_contacts(source)
            source.backup(dest)
        finally:
            source.execute(f"RELEASE {SAVEPOINT}")
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    fsync_file(target)
    return contacts


def fsync_file(path: Path) -> None:
    """Force a finished file's contents to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
