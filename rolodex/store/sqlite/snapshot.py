"""Copying book files with SQLite's online backup API: a consistent copy of an open book
(while the app runs), a restore's staging copy (upgraded, given the book's identity) and the
copy of that staged file into the live book, in one write transaction.

A copy always uses the same library as its source (``sqlite3`` for a plain book,
``sqlcipher3`` for an encrypted one): the backup API only joins connections of one library.
The callers (:mod:`rolodex.safety`) decide when to copy, what to check and what to say.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import peewee

from rolodex.migrations import chain
from rolodex.safety.permissions import create_private_file
from rolodex.store.sqlite.files import connect, count_contacts

SAVEPOINT = "rolodex_snapshot"
Progress = Callable[[int, int, int], None]


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


def copy_open(
    db: peewee.Database, target: Path, passphrase: str | None, *, create: bool = True
) -> int:
    """:func:`copy_live` of the book ``db`` has open (this thread's connection)."""
    return copy_live(db.connection(), target, passphrase, create=create)  # type: ignore[no-untyped-call]


def stage(origin: Path, target: Path, key: str | None, version: int, identity: Any) -> None:
    """Copy the file ``origin`` (schema ``version``) into the empty file ``target``, upgrade
    the copy to the current schema and give it the book identity ``(id, created_at)``."""
    src = connect(origin, key, readonly=True)
    try:
        dest = connect(target, key)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            upgrade(dest, version)
            dest.execute("BEGIN")
            dest.execute("DELETE FROM book")
            dest.execute("INSERT INTO book(id, created_at) VALUES (?, ?)", identity)
            dest.execute("COMMIT")
        finally:
            dest.close()
    finally:
        src.close()


def upgrade(conn: Any, version: int) -> None:
    """Run the migrations after ``version`` on an autocommit connection, one transaction
    each."""
    for number, migration in enumerate(chain(version), start=version):
        conn.execute("BEGIN")
        migration.apply(conn)
        conn.execute(f"PRAGMA user_version = {number + 1}")
        conn.execute("COMMIT")


def copy_into(origin: Path, db: peewee.Database, key: str | None, progress: Progress) -> None:
    """Copy the pages of the file ``origin`` into the book ``db`` has open (one write
    transaction); ``progress`` is called between steps and may raise to give up."""
    src = connect(origin, key, readonly=True)
    try:
        src.backup(db.connection(), progress=progress)  # type: ignore[no-untyped-call]
    finally:
        src.close()


def fsync_file(path: Path) -> None:
    """Force a finished file's contents to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
