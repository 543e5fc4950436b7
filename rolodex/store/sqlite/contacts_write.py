"""Bulk contact writes on SQLite: executemany on the raw connection, with sort positions.

Measured: Peewee's ``insert_many`` per child row costs ~25% of bench_import's throughput, and
the sort positions (SQLite only) must be worked out before the rows go in, since the FTS5
rowid is the position. Everything portable is in :mod:`rolodex.store.contacts_write`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rolodex.db import database
from rolodex.models.base import utc_now
from rolodex.records import ContactData
from rolodex.store.contacts_write import (
    CHILD_COLUMNS,
    CONTACT_FIELDS,
    ROWS_PER_INSERT,
    SORT_KEY_AT,
    Children,
    collect_children,
)
from rolodex.store.search import index_row
from rolodex.store.sqlite.search import Fts5Search
from rolodex.store.sqlite.sort_positions import place_new, renumber_all
from rolodex.store.tags import ids_for as tag_ids_for

_COLUMNS = ["company_id" if f == "company" else f for f in CONTACT_FIELDS]
_INSERT_HEAD = (
    f"INSERT INTO contact(sortpos, import_batch_id, created_at, updated_at,"
    f" {', '.join(_COLUMNS)}) VALUES "
)
_INSERT_ROW = f"({', '.join('?' * (len(_COLUMNS) + 4))})"
UNPLACED = 1 << 62
"""Stands in for the ids of contacts not yet inserted when their sort positions are worked out:
after every existing id, in insertion order, as SQLite assigns them (checked afterwards)."""


def _child_sql(table: str, names: Sequence[str]) -> str:
    columns = ", ".join("contact_id" if n == "contact" else n for n in names)
    return f"INSERT INTO {table}({columns}) VALUES ({', '.join('?' * len(names))})"


CHILD_SQL = {table: _child_sql(table, names) for table, (_m, names) in CHILD_COLUMNS.items()}


def insert_new(
    contacts: Sequence[ContactData], fields: Sequence[tuple[Any, ...]], batch_id: int | None
) -> list[int]:
    """Insert contacts whose column values are ``fields``; their new ids, in order."""
    conn = database.connection()
    stand_ins = [UNPLACED + i for i in range(len(contacts))]
    pairs = [(s, f[SORT_KEY_AT]) for s, f in zip(stand_ins, fields, strict=True)]
    placed = place_new(conn, pairs)
    positions = [placed[s] for s in stand_ins]
    now = utc_now()
    rows = [(pos, batch_id, now, now, *f) for pos, f in zip(positions, fields, strict=True)]
    ids = _insert_rows(conn, rows, ROWS_PER_INSERT)
    for contact_id, data in zip(ids, contacts, strict=True):
        data.id = contact_id
    write_children(collect_children(contacts))
    if not _placed_as_assumed(ids):
        renumber_all(conn)  # never seen: ids near 2**62, or SQLite picked them at random
        Fts5Search().index(index_row(c) for c in contacts)
        return ids
    Fts5Search().index(index_row(c, p) for p, c in zip(positions, contacts, strict=True))
    return ids


def _insert_rows(conn: Any, rows: Sequence[tuple[Any, ...]], per_insert: int) -> list[int]:
    """INSERT the contact rows, many per statement; the ids the database assigned, in order.

    RETURNING gives rows in no promised order, so each is recognised by its sort position
    (unique among the rows of one insert)."""
    ids: list[int] = []
    for start in range(0, len(rows), per_insert):
        chunk = rows[start : start + per_insert]
        sql = _INSERT_HEAD + ", ".join([_INSERT_ROW] * len(chunk)) + " RETURNING sortpos, id"
        by_position = dict(conn.execute(sql, [v for row in chunk for v in row]).fetchall())
        if len(by_position) != len(chunk):
            raise RuntimeError("two new contacts were given the same sort position")
        ids.extend(int(by_position[row[0]]) for row in chunk)
    return ids


def _placed_as_assumed(ids: Sequence[int]) -> bool:
    """True when the ids rose in insertion order below :data:`UNPLACED`, as the sort
    positions assumed (SQLite gives each new row one more than the largest rowid)."""
    return all(a < b for a, b in zip(ids, ids[1:], strict=False)) and (
        not ids or ids[-1] < UNPLACED
    )


def insert_companies(rows: Sequence[tuple[Any, ...]]) -> dict[str, int]:
    """Insert (uid, name, folded name, created, updated, batch) rows; new ids by folded name.
    Raw, as Peewee's INSERT generation took 1.7 s of a 3,000-card import (bench_import)."""
    values = ", ".join("(?, ?, ?, ?, ?, ?)" for _ in rows)
    sql = (
        "INSERT INTO company(uid, name, name_key, created_at, updated_at, import_batch_id)"
        f" VALUES {values} RETURNING name_key, id"
    )
    params = [v for row in rows for v in row]
    return {key: int(cid) for key, cid in database.connection().execute(sql, params).fetchall()}


def write_children(children: Children) -> None:
    """Insert collected child rows, photos and tags with executemany."""
    conn = database.connection()
    for table, sql in CHILD_SQL.items():
        if children.rows[table]:
            conn.executemany(sql, children.rows[table])
    if children.photos:
        conn.executemany(
            "INSERT INTO contact_photo(contact_id, mime, data) VALUES (?, ?, ?)", children.photos
        )
    if not children.tags:
        return
    ids = tag_ids_for(n for _, n in children.tags)  # "vip" joins an existing "VIP"
    conn.executemany(
        "INSERT OR IGNORE INTO contact_tag(contact_id, tag_id) VALUES (?, ?)",
        [(cid, ids[name]) for cid, name in children.tags],
    )
