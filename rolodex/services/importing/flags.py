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

from rolodex.store import import_items as rows

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
    rows.flag_created(
        batch_id,
        [(new, json.dumps({FLAG_KEY: other, "reason": reason})) for new, other, reason in flags],
    )


def possible_duplicates(batch_id: int | None = None) -> list[PossibleDuplicate]:
    """The flagged contacts still in the book (of one batch, or of every batch), whose
    look-alike is still in the book too."""
    flagged = []
    for batch, contact_id, text in rows.flagged_rows(batch_id):
        flag = json.loads(text)
        if isinstance(flag, dict) and isinstance(flag.get(FLAG_KEY), int):
            flagged.append(
                PossibleDuplicate(batch, contact_id, flag[FLAG_KEY], str(flag["reason"]))
            )
    live = rows.live_contacts([f.other_id for f in flagged])
    return [f for f in flagged if f.other_id in live]
