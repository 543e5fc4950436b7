"""Migrations on a PostgreSQL book: the numbered chain of :mod:`rolodex.migrations`.

The version lives in the one-row table ``schema_version`` (version 0: the table is absent, and
the database must then be empty). A book at a newer version is refused before anything is
written. Pending migrations run in one transaction (PostgreSQL's DDL is transactional, so an
interrupted upgrade leaves the old schema whole) under an advisory lock, so two clients opening
a new server at once cannot both migrate it.
"""

from __future__ import annotations

from typing import Any

import peewee

from rolodex.db import StoreError
from rolodex.migrations import LATEST_VERSION, chain

MIGRATION_LOCK = 0x526F6C6F  # "Rolo": the advisory lock key every Rolodex client takes


def _scalar(db: peewee.Database, sql: str, params: tuple[Any, ...] = ()) -> Any:
    row = db.execute_sql(sql, params).fetchone()  # type: ignore[no-untyped-call]
    return row[0] if row else None


def schema_version(db: peewee.Database) -> int:
    """The book's schema version; 0 for a database Rolodex has not set up yet."""
    if not _scalar(db, "SELECT to_regclass('schema_version') IS NOT NULL"):
        return 0
    return int(_scalar(db, "SELECT version FROM schema_version") or 0)


def newer_error(display: str, version: int) -> StoreError:
    return StoreError(
        f"{display} was written by a newer version of Rolodex (schema {version}; this version "
        f"knows up to {LATEST_VERSION}). Please update Rolodex. The database was left untouched."
    )


def migrate(db: peewee.Database, display: str) -> int:
    """Bring the book up to the latest schema; returns the version it is at."""
    version = schema_version(db)
    if version > LATEST_VERSION:
        raise newer_error(display, version)
    if version == LATEST_VERSION:
        return version
    with db.atomic():
        _scalar(db, "SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        version = schema_version(db)  # another client may have migrated while we waited
        if version > LATEST_VERSION:
            raise newer_error(display, version)
        conn = db.connection()  # type: ignore[no-untyped-call]
        if version == 0:
            _start_versioning(db, conn, display)
        for migration in chain(version):
            migration.apply_postgres(conn)
        conn.execute("UPDATE schema_version SET version = %s", (LATEST_VERSION,))
    return LATEST_VERSION


def _start_versioning(db: peewee.Database, conn: Any, display: str) -> None:
    tables = _scalar(
        db, "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
    )
    if tables:
        raise StoreError(
            f"{display} already holds tables that are not a Rolodex book; use an empty "
            "database. Nothing was changed."
        )
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version(version) VALUES (0)")
