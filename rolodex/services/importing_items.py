"""The rows an import batch owns: ``import_item`` (see migration 4).

An import records every contact and company it creates (action ``created``) and every contact
it merges into (action ``merged``, with what it added), each with the revision it left the row
at. Undo works from these rows alone, never from id ranges.

A contact counts as *untouched since the import* while its revision is the one recorded. Writes
made by imports and undos (not by the user) keep that true for the other batches that own the
contact: :func:`carry_revision` moves their recorded revision along with the write, so
overlapping imports can be undone in any order.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from rolodex.db import database
from rolodex.services.importing_added import combine

_CREATED = (
    "INSERT INTO import_item(batch_id, entity, entity_id, action, revision)"
    " SELECT ?, ?, id, 'created', revision FROM {table} WHERE id = ?"
)


def record_created(batch_id: int, entity: str, ids: Sequence[int]) -> None:
    """Own rows the batch just created (``entity``: "contact" or "company")."""
    table = {"contact": "contact", "company": "company"}[entity]
    database.connection().executemany(
        _CREATED.format(table=table), [(batch_id, entity, i) for i in ids]
    )


def revision_of(contact_id: int) -> int:
    row = (
        database.connection()
        .execute("SELECT revision FROM contact WHERE id = ?", (contact_id,))
        .fetchone()
    )
    return int(row[0])


def record_merge(batch_id: int, contact_id: int, revision: int, added: dict[str, Any]) -> None:
    """Own a merge into ``contact_id``: its revision now and what was added (combined with
    an earlier merge of the same batch into it). A contact the batch created stays
    ``created`` (keeping its possible-duplicate flag); only its revision moves on."""
    conn = database.connection()
    row = conn.execute(
        "SELECT action, added FROM import_item WHERE batch_id = ? AND entity = 'contact'"
        " AND entity_id = ?",
        (batch_id, contact_id),
    ).fetchone()
    if row is not None and row[0] == "created":
        added = {}
    elif row is not None:
        added = combine(json.loads(row[1]), added)
    conn.execute(
        "INSERT INTO import_item(batch_id, entity, entity_id, action, revision, added)"
        " VALUES (?, 'contact', ?, 'merged', ?, ?) ON CONFLICT(batch_id, entity, entity_id)"
        " DO UPDATE SET revision = excluded.revision,"
        " added = CASE WHEN action = 'created' THEN added ELSE excluded.added END",
        (batch_id, contact_id, revision, json.dumps(added, ensure_ascii=False)),
    )


def carry_revision(contact_ids: Sequence[int], before: dict[int, int], batch_id: int) -> None:
    """An import or undo (``batch_id``) just wrote these contacts: the other batches that
    had them untouched at revision ``before[id]`` still do, at the new revision."""
    database.connection().executemany(
        "UPDATE import_item SET revision = (SELECT revision FROM contact WHERE id = ?)"
        " WHERE entity = 'contact' AND entity_id = ? AND revision = ? AND batch_id != ?",
        [(i, i, before[i], batch_id) for i in contact_ids if i in before],
    )


def revisions(contact_ids: Sequence[int]) -> dict[int, int]:
    """The current revision of each of these contacts that exists."""
    found: dict[int, int] = {}
    conn = database.connection()
    for start in range(0, len(contact_ids), 500):
        chunk = list(contact_ids[start : start + 500])
        sql = f"SELECT id, revision FROM contact WHERE id IN ({', '.join('?' * len(chunk))})"
        found.update((int(a), int(b)) for a, b in conn.execute(sql, chunk))
    return found


def forget_contacts(contact_ids: Sequence[int]) -> None:
    """Contacts deleted for good own nothing any more: their ids may be given out again."""
    database.connection().executemany(
        "DELETE FROM import_item WHERE entity = 'contact' AND entity_id = ?",
        [(i,) for i in contact_ids],
    )
