"""Bulk contact writes on PostgreSQL: ``COPY … FROM STDIN`` for new contacts and child rows.

Measured (benchmarks/bench_import.py --pg, 10,000 cards): the portable path (Peewee
``insert_many`` … ``RETURNING``) imported 248 cards/s against 677 on SQLite in the same run;
most of its time went into building the multi-row INSERT text (Peewee) and splitting it again
(psycopg). COPY sends the rows as data. The new contacts' ids are drawn from the table's own
identity sequence (``nextval``), so the database still hands out every id; nothing here
predicts one. Everything portable stays in :mod:`rolodex.store.contacts_write`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rolodex.db import bound_database
from rolodex.models.base import utc_now
from rolodex.store.contacts_write import CHILD_COLUMNS, CONTACT_FIELDS, Children

_COLUMNS = ["company_id" if f == "company" else f for f in CONTACT_FIELDS]
_COPY_CONTACT = (
    f"COPY contact (id, import_batch_id, created_at, updated_at, {', '.join(_COLUMNS)}) FROM STDIN"
)
_NEW_IDS = "SELECT nextval(pg_get_serial_sequence('contact', 'id')) FROM generate_series(1, %s)"


def _copy_sql(table: str, names: Sequence[str]) -> str:
    columns = ", ".join("contact_id" if n == "contact" else n for n in names)
    return f"COPY {table} ({columns}) FROM STDIN"


CHILD_COPY = {table: _copy_sql(table, names) for table, (_m, names) in CHILD_COLUMNS.items()}
PHOTO_COPY = "COPY contact_photo (contact_id, mime, data) FROM STDIN"


def _connection() -> Any:
    """This thread's psycopg connection to the bound book (inside the caller's transaction)."""
    return bound_database().connection()  # type: ignore[no-untyped-call]


def _copy(sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
    with _connection().cursor() as cur, cur.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)


def copy_allowed() -> bool:
    """Whether COPY may be used: PostgreSQL refuses COPY FROM into a table under row-level
    security, which a shared book's policies (private records) put on every login but the
    tables' owner; those logins take the portable INSERTs."""
    with _connection().cursor() as cur:
        cur.execute("SELECT row_security_active('contact')")
        row = cur.fetchone()
    return not (row and row[0])


def insert_rows(fields: Sequence[tuple[Any, ...]], batch_id: int | None) -> list[int]:
    """Insert contact rows (values for CONTACT_FIELDS); the ids the sequence gave, in order."""
    if not fields:
        return []
    with _connection().cursor() as cur:
        cur.execute(_NEW_IDS, (len(fields),))
        ids = [int(row[0]) for row in cur.fetchall()]
    now = utc_now()
    _copy(_COPY_CONTACT, [(i, batch_id, now, now, *f) for i, f in zip(ids, fields, strict=True)])
    return ids


def copy_children(children: Children) -> None:
    """Insert collected child rows and photos (tags go the portable way: few, and upserted)."""
    for table, sql in CHILD_COPY.items():
        if children.rows[table]:
            _copy(sql, children.rows[table])
    if children.photos:
        _copy(PHOTO_COPY, children.photos)
