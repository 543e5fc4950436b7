"""The rows an import batch owns: ``import_item`` (see migration 4; the queries live in
:mod:`rolodex.store.import_items`).

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
from typing import Any

from rolodex.services.importing.added import combine
from rolodex.store import import_items as rows
from rolodex.store.import_items import (
    carry_revision,
    record_created,
    revisions,
)

__all__ = [
    "carry_revision",
    "record_created",
    "record_merge",
    "revisions",
]


def record_merge(batch_id: int, contact_id: int, revision: int, added: dict[str, Any]) -> None:
    """Own a merge into ``contact_id``: its revision now and what was added (combined with
    an earlier merge of the same batch into it). A contact the batch created stays
    ``created`` (keeping its possible-duplicate flag); only its revision moves on."""
    row = rows.owned_contact(batch_id, contact_id)
    if row is not None and row[0] == "created":
        rows.own_merged(batch_id, contact_id, revision, None)
        return
    if row is not None:
        added = combine(json.loads(row[1] or "{}"), added)
    rows.own_merged(batch_id, contact_id, revision, json.dumps(added, ensure_ascii=False))
