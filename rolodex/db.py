"""The one door to the database.

``open_store`` checks the file, opens it (WAL, foreign keys, busy timeout), copies it aside
before migrating, runs the numbered migrations and binds the Peewee proxy that every model uses.
A database written by a newer Rolodex is refused untouched. Errors the user or the environment
causes (not a database, locked, read-only, disk full, wrong passphrase) are :class:`StoreError`;
anything else is a bug and propagates.

The proxy is the seam for a later shared PostgreSQL store: bind a different database to it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import peewee

from rolodex.migrations import LATEST_VERSION, MIGRATIONS

database = peewee.DatabaseProxy()

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """A problem with the database file the user can act on (shown as-is, never a traceback)."""


@dataclass(frozen=True)
class StoreInfo:
    """What ``open_store`` opened: the file, its schema version and any pre-migration copy."""

    path: Path
    version: int
    backup: Path | None
    encrypted: bool


def _pragmas() -> dict[str, Any]:
    return {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "busy_timeout": BUSY_TIMEOUT_MS,
        "synchronous": "normal",
        "cache_size": -16000,
    }


def _check_file(path: Path, encrypted: bool) -> bool:
    """Return True if the file exists with content; raise StoreError if it is unusable."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a Rolodex database file.")
    if not path.exists():
        if not path.parent.exists():
            raise StoreError(f"The folder {path.parent} does not exist.")
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if not head:
        return False
    if head != SQLITE_MAGIC and not encrypted:
        raise StoreError(
            f"{path} is not a Rolodex database (not an SQLite file, or an encrypted book: "
            "give its passphrase with --passphrase-file). The file was left untouched."
        )
    return True


def translate_error(exc: Exception, path: Path | str) -> StoreError:
    """Turn an SQLite error the environment caused into a clear StoreError."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreError(f"The book {path} is locked by another program; try again shortly.")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"The book {path} is read-only; nothing was changed.")
    if "full" in text:
        return StoreError(f"The disk holding {path} is full; nothing was changed.")
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return StoreError(f"{path} is not a readable Rolodex database (or the passphrase is wrong).")
    if "unable to open" in text:
        return StoreError(f"Cannot open {path}: check the folder exists and is writable.")
    return StoreError(f"Database error on {path}: {exc}")


def make_database(path: Path, passphrase: str | None = None) -> peewee.SqliteDatabase:
    """Build (not open) the Peewee database object for a file, encrypted or not."""
    if passphrase is None:
        return peewee.SqliteDatabase(str(path), pragmas=_pragmas(), check_same_thread=False)
    from playhouse.sqlcipher_ext import SqlCipherDatabase

    return SqlCipherDatabase(
        str(path), passphrase=passphrase, pragmas=_pragmas(), check_same_thread=False
    )


def schema_version(db: peewee.Database) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def _backup_before_migrating(db: peewee.Database, path: Path, version: int) -> Path:
    """Copy the live file with SQLite's backup API (consistent even with a WAL)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.pre-migration")
    conn = db.connection()
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def _migrate(db: peewee.Database, path: Path, existed: bool) -> tuple[int, Path | None]:
    version = schema_version(db)
    if version > LATEST_VERSION:
        raise StoreError(
            f"{path} was written by a newer version of Rolodex (schema {version}; this version "
            f"knows up to {LATEST_VERSION}). Please update Rolodex. The file was left untouched."
        )
    backup = None
    if existed and version < LATEST_VERSION:
        backup = _backup_before_migrating(db, path, version)
    conn = db.connection()
    for number in range(version, LATEST_VERSION):
        with db.atomic():
            MIGRATIONS[number].apply(conn)
            conn.execute(f"PRAGMA user_version = {number + 1}")
    return LATEST_VERSION, backup


def open_store(
    path: Path | str, passphrase: str | None = None, *, create: bool = True
) -> StoreInfo:
    """Open (or create) the book at ``path`` and bind it as the current database."""
    path = Path(path).expanduser().resolve()
    existed = _check_file(path, passphrase is not None)
    if not existed and not create:
        raise StoreError(f"No Rolodex book at {path}.")
    db = make_database(path, passphrase)
    try:
        db.connect(reuse_if_open=True)
        version, backup = _migrate(db, path, existed)
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        db.close()
        raise translate_error(exc, path) from exc
    except StoreError:
        db.close()
        raise
    database.initialize(db)
    _restrict_permissions(path)
    return StoreInfo(path=path, version=version, backup=backup, encrypted=passphrase is not None)


def _restrict_permissions(path: Path) -> None:
    """Keep the book private to its owner on POSIX systems (0600)."""
    try:
        path.chmod(0o600)
    except OSError:
        pass


def close_store() -> None:
    """Close the bound database, checkpointing the WAL."""
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()
