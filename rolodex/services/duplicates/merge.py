"""Merging two or more contacts into one, undoable in one step.

``merge(plan)`` writes the merged survivor (see :mod:`rolodex.services.duplicates.merge_plan`), moves the
others' activities and follow-ups to it, and puts the others in the Trash, all in one
transaction.

Undo design: everything needed to undo is stored as JSON in the book's ``setting`` table under
``merge.undo.<token>`` (the survivor as it was, its CRM dates, which activity and follow-up rows
came from which contact). The UI's undo stack keeps only the returned token, and the undo still
works after a restart. The last :data:`KEEP_UNDO` merges stay undoable; older records are
dropped. ``undo_merge(token)`` restores the survivor exactly, re-points the moved rows back and
brings the others out of the Trash.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from rolodex.records import ContactData
from rolodex.services import prefs
from rolodex.services.changes import Change
from rolodex.services.contact_read import load_contacts
from rolodex.services.contact_write import WriteContext, index_row, update_contact
from rolodex.services.duplicates.merge_json import contact_from_json, contact_to_json
from rolodex.services.duplicates.merge_plan import MergeError, MergePlan, merged_contact
from rolodex.services.search import backend
from rolodex.store import merges
from rolodex.store import prefs as stored_prefs
from rolodex.store.transactions import writing
from rolodex.team import history

KEEP_UNDO = 20
UNDO_PREFIX = "merge.undo."
UNDO_ORDER = "merge.undo_order"
MOVED_TABLES = tuple(merges.MOVED)

__all__ = ["MergeError", "MergePlan", "MergeResult", "load_for_merge", "merge", "undo_merge"]


@dataclass(frozen=True)
class MergeResult:
    """``change`` lists the survivor first, then the contacts now in the Trash."""

    change: Change
    undo_token: str


def load_for_merge(ids: Sequence[int]) -> list[ContactData]:
    """The live contacts among ``ids``, in the order given."""
    live = merges.live_ids(ids)
    return [c for c in load_contacts(ids) if c.id in live]


def merge(plan: MergePlan, ctx: WriteContext | None = None) -> MergeResult:
    """Apply ``plan`` in one transaction; raise :class:`MergeError` if it cannot be done."""
    plan.validate()
    ctx = ctx or WriteContext(prefs.phone_region(), prefs.collation_locale(), prefs.family_first())
    token = uuid.uuid4().hex
    with writing():
        contacts = load_for_merge(plan.ids)
        result = merged_contact(plan, contacts)
        survivor = next(c for c in contacts if c.id == plan.survivor)
        undo = {"survivor": contact_to_json(survivor), "others": plan.others}
        undo["crm"] = _crm_fields(plan.survivor)
        undo["moved"] = merges.move_rows(plan.others, plan.survivor)
        _write(result, ctx)
        _combine_crm_fields(plan)
        _trash(plan.others)
        _remember(token, undo)
        history.record("contact", plan.ids, "merged")
    return MergeResult(Change("contact", tuple(plan.ids), "merged"), token)


def undo_merge(token: str, ctx: WriteContext | None = None) -> Change:
    """Put every contact of a merge back as it was; raise :class:`MergeError` if that is no
    longer possible (unknown token, or the merged contacts were emptied from the Trash)."""
    ctx = ctx or WriteContext(prefs.phone_region(), prefs.collation_locale(), prefs.family_first())
    with writing():
        undo = _recall(token)
        survivor = contact_from_json(undo["survivor"])
        others: list[int] = undo["others"]
        assert survivor.id is not None
        if len(merges.existing_ids([survivor.id, *others])) != len(others) + 1:
            raise MergeError(
                "This merge can no longer be undone: some of its contacts were deleted for good."
            )
        _write(survivor, ctx)
        _set_crm_fields(survivor.id, undo["crm"])
        merges.move_back(undo["moved"])
        _untrash(others)
        _forget(token)
        history.record("contact", [survivor.id, *others], "merge undone")
    return Change("contact", (survivor.id, *others), "restored")


# -- the survivor ----------------------------------------------------------------------------
def _write(data: ContactData, ctx: WriteContext) -> None:
    """Overwrite the stored survivor with ``data`` (an UPDATE: its activities stay)."""
    update_contact(data, ctx)


def _crm_fields(contact_id: int) -> dict[str, Any]:
    return asdict(merges.crm_fields(contact_id))


def _set_crm_fields(contact_id: int, values: dict[str, Any]) -> None:
    merges.set_crm_fields(
        contact_id, merges.CrmFields(values["last_contacted"], values["keep_in_touch_days"])
    )


def _combine_crm_fields(plan: MergePlan) -> None:
    """Last contacted: the latest of all; keep-in-touch: the survivor's, else the shortest."""
    combined = merges.combined_crm_fields(plan.ids)
    own = merges.crm_fields(plan.survivor).keep_in_touch_days
    keep = own if own is not None else combined.keep_in_touch_days
    merges.set_crm_fields(plan.survivor, merges.CrmFields(combined.last_contacted, keep))


# -- contacts that go and come back ------------------------------------------------------------
def _trash(ids: Sequence[int]) -> None:
    merges.trash_contacts(ids)
    backend().remove(ids)


def _untrash(ids: Sequence[int]) -> None:
    merges.untrash_contacts(ids)
    backend().index(index_row(c) for c in load_contacts(ids))


# -- undo records in the setting table -------------------------------------------------------
def _remember(token: str, undo: dict[str, Any]) -> None:
    prefs.put(UNDO_PREFIX + token, json.dumps(undo, ensure_ascii=False))
    order = [*json.loads(prefs.get(UNDO_ORDER, "[]")), token]
    stored_prefs.delete(UNDO_PREFIX + old for old in order[:-KEEP_UNDO])
    prefs.put(UNDO_ORDER, json.dumps(order[-KEEP_UNDO:]))


def _recall(token: str) -> dict[str, Any]:
    text = prefs.get(UNDO_PREFIX + token)
    if not text:
        raise MergeError("This merge can no longer be undone.")
    data: dict[str, Any] = json.loads(text)
    return data


def _forget(token: str) -> None:
    stored_prefs.delete([UNDO_PREFIX + token])
    order = [t for t in json.loads(prefs.get(UNDO_ORDER, "[]")) if t != token]
    prefs.put(UNDO_ORDER, json.dumps(order))
