"""What undoing an import reads and removes besides the contacts' own rows, on either backend:
whether each contact a batch created is untouched since, and the companies it created that
nobody uses (of a batch with ownership rows, or, for a batch written before schema 4, of its
saved id ranges). Callers hold the transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import peewee
from peewee import JOIN, fn

from rolodex.models import Activity, Company, Contact, FollowUp, ImportItem
from rolodex.models.base import utc_now
from rolodex.store.import_items import CHUNK
from rolodex.store.rows import first, raw_rows


@dataclass(frozen=True)
class CreatedContact:
    """A contact carrying the batch's number: in the Trash already, or untouched since."""

    id: int
    in_trash: bool
    untouched: bool


def created_contacts(
    batch_id: int, edited_after: str | None, *, legacy_batch: bool
) -> list[CreatedContact]:
    """The contacts the batch created. Untouched: at the revision its ownership row records
    (a legacy batch's contact may have no row: revision 1), not edited after ``edited_after``
    (when given), no keep-in-touch setting, no activity or follow-up."""
    c, i = Contact, ImportItem
    on = (
        (i.batch == c.import_batch) & (i.entity == "contact") & (i.entity_id == c.id)
        & (i.action == "created")
    )  # fmt: skip
    recorded = fn.COALESCE(i.revision, 1) if legacy_batch else i.revision
    untouched = (
        (c.revision == recorded)
        & c.keep_in_touch_days.is_null()
        & ~fn.EXISTS(Activity.select(Activity.id).where(Activity.contact == c.id))
        & ~fn.EXISTS(FollowUp.select(FollowUp.id).where(FollowUp.contact == c.id))
    )
    if edited_after is not None:
        untouched &= c.updated_at <= edited_after
    query = (
        c.select(c.id, c.deleted_at.is_null(False), untouched)
        .join(i, JOIN.LEFT_OUTER if legacy_batch else JOIN.INNER, on=on)
        .where(c.import_batch == batch_id)
        .order_by(c.id)
    )
    return [CreatedContact(int(a), bool(b), bool(q)) for a, b, q in raw_rows(query)]


def _unused() -> peewee.Expression:
    """Nobody in the book belongs to the company and no activity is logged against it."""
    co = Company
    people = Contact.select(Contact.id).where(
        (Contact.company == co.id) & Contact.deleted_at.is_null()
    )
    logged = Activity.select(Activity.id).where(
        (Activity.company == co.id) & Activity.deleted_at.is_null()
    )
    unused: peewee.Expression = ~fn.EXISTS(people) & ~fn.EXISTS(logged)
    return unused


def _trash_companies(where: peewee.Expression) -> tuple[int, int]:
    """Trash the live companies matching ``where`` that nobody uses; (removed, kept)."""
    co = Company
    total = [int(row[0]) for row in raw_rows(co.select(co.id).where(where))]
    unused = [int(row[0]) for row in raw_rows(co.select(co.id).where(where & _unused()))]
    now = utc_now()
    for chunk in peewee.chunked(unused, CHUNK):
        co.update(deleted_at=now, revision=co.revision + 1).where(co.id.in_(chunk)).execute()
    return len(unused), len(total) - len(unused)


def remove_owned_companies(batch_id: int) -> tuple[int, int]:
    """Trash the companies the batch created that are unchanged since and used by nobody;
    (removed, kept because changed or in use)."""
    co, i = Company, ImportItem
    owned = i.select(i.entity_id).where((i.batch == batch_id) & (i.entity == "company"))
    live = co.deleted_at.is_null() & (co.import_batch == batch_id) & co.id.in_(owned)
    total = len(raw_rows(co.select(co.id).where(live)))
    recorded = i.select(i.revision).where(
        (i.batch == batch_id) & (i.entity == "company") & (i.entity_id == co.id)
    )
    removed, _kept = _trash_companies(live & (co.revision == recorded))
    return removed, total - removed


def last_created(batch_id: int) -> str | None:
    """When the batch's newest contact was created (ISO UTC text), or None."""
    query = Contact.select(fn.MAX(Contact.created_at)).where(Contact.import_batch == batch_id)
    found = first(query)
    return None if found is None or found[0] is None else str(found[0])


def created_before(ids: Sequence[int], started: str) -> dict[int, str]:
    """Those of ``ids`` created at or before ``started``: id -> updated_at."""
    found: dict[int, str] = {}
    c = Contact
    for chunk in peewee.chunked(ids, CHUNK):
        query = c.select(c.id, c.updated_at).where((c.created_at <= started) & c.id.in_(chunk))
        found.update((int(cid), str(updated)) for cid, updated in raw_rows(query))
    return found


def remove_range_companies(first_id: int, last_id: int, started: str, end: str) -> tuple[int, int]:
    """Trash the unused live companies with ids in the range, owned by no batch, created while
    a legacy import ran; (removed, kept because in use)."""
    co = Company
    where = (
        co.id.between(first_id, last_id) & co.deleted_at.is_null() & co.import_batch.is_null()
        & (co.created_at >= started) & (co.created_at <= end)
    )  # fmt: skip
    return _trash_companies(where)
