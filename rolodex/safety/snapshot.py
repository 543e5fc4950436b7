"""Checking book files, plain or encrypted: what a check of a file found (:class:`FileFacts`)
and the check itself (:func:`inspect`: the integrity check, then the facts), with the message
for a file that fails it.

Opening and reading files through the SQLite libraries lives in
:mod:`rolodex.store.sqlite.files`, copying them with the online backup API in
:mod:`rolodex.store.sqlite.snapshot`; the names the safety modules use are re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rolodex.db import StoreError
from rolodex.store.sqlite import files
from rolodex.store.sqlite.files import (
    columns_of,
    connect,
    count_contacts,
    database_errors,
    quote,
    read_identity,
    schema_version,
)
from rolodex.store.sqlite.snapshot import SAVEPOINT, copy_live, fsync_file

__all__ = [
    "SAVEPOINT",
    "FileFacts",
    "columns_of",
    "connect",
    "copy_live",
    "count_contacts",
    "database_errors",
    "fsync_file",
    "inspect",
    "quote",
    "read_identity",
    "schema_version",
]


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


def inspect(path: Path, passphrase: str | None) -> FileFacts:
    """Open ``path`` read-only, run SQLite's integrity check, count its contacts and read
    its identity, last change and tables."""
    if not path.is_file():
        raise StoreError(f"No such backup file: {path}.")
    conn = connect(path, passphrase, readonly=True)
    try:
        version = schema_version(conn, path, passphrase is not None)
        try:
            result = files.integrity(conn)
            columns = columns_of(conn)
            facts = FileFacts(
                version,
                count_contacts(conn) if ("contact", "deleted_at") in columns else 0,
                read_identity(conn),
                files.last_change(columns, conn),
                columns,
            )
        except database_errors() as exc:
            raise StoreError(f"{path} is damaged: {exc}.") from exc
    finally:
        conn.close()
    if result != ["ok"]:
        raise StoreError(f"{path} is damaged: {result[0]}.")
    return facts
