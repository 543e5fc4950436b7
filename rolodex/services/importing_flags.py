"""Possible duplicates an import added: cards that matched a contact on name and company only.

The default import ("auto") never drops such a card and never merges it: it is added as a new
contact, and flagged for review. The flag lives in the ``import_item`` row that owns the new
contact (its ``added`` JSON, unused for created rows: ``{"possible_duplicate_of": id, "reason":
...}``), so it needs no schema change, no tag the user would see, and it goes when the import is
undone (undo drops the batch's rows). :func:`possible_duplicates` lists the flags of live
contacts, for the import dialog, the report and Find duplicates.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from rolodex.db import database

FLAG_KEY = "possible_duplicate_of"


@dataclass(frozen=True)
class PossibleDuplicate:
    """A contact an import added although it looked like ``other_id`` (``reason`` says why)."""

    batch_id: int
    contact_id: int
    other_id: int
    reason: str


def flag_created(batch_id: int, flags: Sequence[tuple[int, int, str]]) -> None:
    """Flag contacts the batch created: (new contact id, the contact it resembles, reason)."""
    database.connection().executemany(
        "UPDATE import_item SET added = ? WHERE batch_id = ? AND entity = 'contact'"
        " AND entity_id = ? AND action = 'created'",
        [
            (json.dumps({FLAG_KEY: other, "reason": reason}), batch_id, new)
            for new, other, reason in flags
        ],
    )


_LIST_SQL = (
    "SELECT i.batch_id, i.entity_id, o.id, json_extract(i.added, '$.reason')"
    " FROM import_item i JOIN contact c ON c.id = i.entity_id AND c.deleted_at IS NULL"
    f" JOIN contact o ON o.id = json_extract(i.added, '$.{FLAG_KEY}') AND o.deleted_at IS NULL"
    " WHERE i.entity = 'contact' AND i.action = 'created' AND i.added != ''"
)


def possible_duplicates(batch_id: int | None = None) -> list[PossibleDuplicate]:
    """The flagged contacts still in the book (of one batch, or of every batch), whose
    look-alike is still in the book too."""
    sql, params = _LIST_SQL, tuple[int, ...]()
    if batch_id is not None:
        sql, params = f"{sql} AND i.batch_id = ?", (batch_id,)
    rows = database.connection().execute(f"{sql} ORDER BY i.batch_id, i.entity_id", params)
    return [PossibleDuplicate(int(b), int(c), int(o), str(r)) for b, c, o, r in rows]
