"""Schema version 4: identity for everything that is shared, synced or undone.

- ``book`` holds the book's permanent identity (one row, a UUID written once). Backups are
  found, rotated and restored by it, never by the file's name.
- Every contact and company has a UID (generated here for those that had none) and a
  ``revision`` that increases on every change; companies record the import that created them.
- ``import_item`` records, per import batch, each row it created or merged into, with the
  revision it left the row at and, for a merge, exactly what it added. Undo works from these
  rows alone: no id ranges, no id arithmetic.
- ``tombstone`` keeps the UID and last revision of each contact or company deleted for good
  (what sync and "what changed since" need once the Trash is purged).

PostgreSQL gets the same tables (ids BIGINT, text ``COLLATE "C"``, as in migration 1).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

STATEMENTS = [
    """CREATE TABLE book (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL
    )""",
    "ALTER TABLE contact ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE company ADD COLUMN uid TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE company ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE company ADD COLUMN import_batch_id INTEGER"
    " REFERENCES import_batch(id) ON DELETE SET NULL",
    "CREATE INDEX company_uid ON company(uid)",
    "CREATE INDEX company_batch ON company(import_batch_id)",
    """CREATE TABLE import_item (
        batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        revision INTEGER NOT NULL,
        added TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (batch_id, entity, entity_id)
    )""",
    "CREATE INDEX import_item_entity ON import_item(entity, entity_id)",
    """CREATE TABLE tombstone (
        entity TEXT NOT NULL,
        uid TEXT NOT NULL,
        revision INTEGER NOT NULL,
        deleted_at TEXT NOT NULL,
        PRIMARY KEY (entity, uid)
    )""",
]


def _fill_uids(conn: Any, table: str) -> None:
    ids = [row[0] for row in conn.execute(f"SELECT id FROM {table} WHERE uid = ''")]
    conn.executemany(
        f"UPDATE {table} SET uid = ? WHERE id = ?", [(str(uuid.uuid4()), i) for i in ids]
    )


def _own_created_rows(conn: Any) -> None:
    """Earlier imports recorded their batch on the contacts they created: make those rows
    ``import_item``s, so undoing an old batch needs no id ranges either."""
    conn.execute(
        "INSERT INTO import_item(batch_id, entity, entity_id, action, revision)"
        " SELECT import_batch_id, 'contact', id, 'created', revision FROM contact"
        " WHERE import_batch_id IS NOT NULL"
    )


def apply(conn: Any) -> None:
    """Add identities, revisions, import ownership and tombstones (inside the caller's
    transaction)."""
    for statement in STATEMENTS:
        conn.execute(statement)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    conn.execute("INSERT INTO book(id, created_at) VALUES (?, ?)", (str(uuid.uuid4()), now))
    _fill_uids(conn, "contact")
    _fill_uids(conn, "company")
    _own_created_rows(conn)


POSTGRES_STATEMENTS = [
    """CREATE TABLE book (
        id TEXT COLLATE "C" PRIMARY KEY,
        created_at TEXT COLLATE "C" NOT NULL
    )""",
    "ALTER TABLE contact ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    """ALTER TABLE company ADD COLUMN uid TEXT COLLATE "C" NOT NULL DEFAULT ''""",
    "ALTER TABLE company ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE company ADD COLUMN import_batch_id BIGINT"
    " REFERENCES import_batch(id) ON DELETE SET NULL",
    "CREATE INDEX company_uid ON company(uid)",
    "CREATE INDEX company_batch ON company(import_batch_id)",
    """CREATE TABLE import_item (
        batch_id BIGINT NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
        entity TEXT COLLATE "C" NOT NULL,
        entity_id BIGINT NOT NULL,
        action TEXT COLLATE "C" NOT NULL,
        revision INTEGER NOT NULL,
        added TEXT COLLATE "C" NOT NULL DEFAULT '',
        PRIMARY KEY (batch_id, entity, entity_id)
    )""",
    "CREATE INDEX import_item_entity ON import_item(entity, entity_id)",
    """CREATE TABLE tombstone (
        entity TEXT COLLATE "C" NOT NULL,
        uid TEXT COLLATE "C" NOT NULL,
        revision INTEGER NOT NULL,
        deleted_at TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (entity, uid)
    )""",
]


def apply_postgres(conn: Any) -> None:
    """The same on PostgreSQL (inside the caller's transaction; ``%s`` placeholders)."""
    for statement in POSTGRES_STATEMENTS:
        conn.execute(statement)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    conn.execute("INSERT INTO book(id, created_at) VALUES (%s, %s)", (str(uuid.uuid4()), now))
    for table in ("contact", "company"):
        conn.execute(f"UPDATE {table} SET uid = gen_random_uuid()::text WHERE uid = ''")
    _own_created_rows(conn)
