"""What merging contacts does to the book besides rewriting the survivor, on either backend:
the CRM dates it combines, the activities and follow-ups it re-points (and points back on
undo), and the contacts it puts in the Trash and brings back.

Small queries on the contact table of its own (the contact store owns the rest of it), so a
merge needs nothing backend-specific. Callers hold the transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from peewee import fn

from rolodex.models import Activity, Contact, FollowUp
from rolodex.models.base import utc_now
from rolodex.store.rows import first, tuples

MOVED: dict[str, type[Activity] | type[FollowUp]] = {"activity": Activity, "followup": FollowUp}
"""The rows that follow a merged contact to the survivor, by the name the undo record uses."""


@dataclass(frozen=True)
class CrmFields:
    """The CRM dates kept on the contact row (not in :class:`~rolodex.records.ContactData`)."""

    last_contacted: str | None
    keep_in_touch_days: int | None


def crm_fields(contact_id: int) -> CrmFields:
    query = Contact.select(Contact.last_contacted, Contact.keep_in_touch_days)
    found = first(query.where(Contact.id == contact_id))
    last, keep = found if found is not None else (None, None)
    return CrmFields(last, keep)


def set_crm_fields(contact_id: int, values: CrmFields) -> None:
    Contact.update(
        last_contacted=values.last_contacted, keep_in_touch_days=values.keep_in_touch_days
    ).where(Contact.id == contact_id).execute()


def combined_crm_fields(ids: Sequence[int]) -> CrmFields:
    """The latest last-contacted date and the shortest keep-in-touch interval among ``ids``."""
    query = Contact.select(fn.MAX(Contact.last_contacted), fn.MIN(Contact.keep_in_touch_days))
    last, keep = tuples(query.where(Contact.id.in_(list(ids))))[0]
    return CrmFields(last, keep)


def move_rows(others: Sequence[int], survivor: int) -> dict[str, list[list[int]]]:
    """Re-point the activities and follow-ups of ``others`` to ``survivor``; return, by
    table, the [row id, old contact id] pairs (what :func:`move_back` needs)."""
    moved: dict[str, list[list[int]]] = {}
    for name, model in MOVED.items():
        query = model.select(model.id, model.contact).where(model.contact.in_(list(others)))
        moved[name] = [[int(rid), int(cid)] for rid, cid in tuples(query.order_by(model.id))]
        row_ids = [rid for rid, _ in moved[name]]
        if row_ids:
            model.update(contact=survivor).where(model.id.in_(row_ids)).execute()
    return moved


def move_back(moved: dict[str, list[list[int]]]) -> None:
    """Point each moved row at the contact it came from again."""
    for name, model in MOVED.items():
        by_contact: dict[int, list[int]] = {}
        for rid, cid in moved.get(name, []):
            by_contact.setdefault(cid, []).append(rid)
        for cid, row_ids in by_contact.items():
            model.update(contact=cid).where(model.id.in_(row_ids)).execute()


def trash_contacts(ids: Sequence[int]) -> None:
    """Put the merged-away contacts in the Trash (a change: revision +1)."""
    Contact.update(deleted_at=utc_now(), revision=Contact.revision + 1).where(
        Contact.id.in_(list(ids))
    ).execute()


def untrash_contacts(ids: Sequence[int]) -> None:
    Contact.update(deleted_at=None, revision=Contact.revision + 1).where(
        Contact.id.in_(list(ids))
    ).execute()


def live_ids(ids: Sequence[int]) -> set[int]:
    """Those of ``ids`` that are contacts not in the Trash."""
    query = Contact.select(Contact.id).where(
        Contact.id.in_(list(ids)) & Contact.deleted_at.is_null()
    )
    return {int(r[0]) for r in tuples(query)}


def existing_ids(ids: Sequence[int]) -> set[int]:
    """Those of ``ids`` still in the book (live or in the Trash)."""
    query = Contact.select(Contact.id).where(Contact.id.in_(list(ids)))
    return {int(r[0]) for r in tuples(query)}
