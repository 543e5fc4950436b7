"""What merging two companies does to the rows that point at them, on either backend: the
people and activities of the merged company, moved to the kept one (and back on undo).

The companies' own fields, their Trash and the people's search entries belong to the company
store (:mod:`rolodex.store.companies`); callers hold the transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from rolodex.models import Activity, Contact
from rolodex.models.base import utc_now
from rolodex.store.rows import column

CHUNK = 500
"""Ids per UPDATE: far below the bound-parameter limits of both backends."""


def people_of(company_id: int) -> tuple[int, ...]:
    """Everyone at ``company_id``, those in the Trash too, by id."""
    query = Contact.select(Contact.id).where(Contact.company == company_id)
    return tuple(int(i) for i in column(query.order_by(Contact.id)))


def activities_of(company_id: int) -> tuple[int, ...]:
    """The activities logged on ``company_id`` (trashed ones too), by id."""
    query = Activity.select(Activity.id).where(Activity.company == company_id)
    return tuple(int(i) for i in column(query.order_by(Activity.id)))


def move_people(ids: Sequence[int], company_id: int, only_from: int | None = None) -> None:
    """Point the people ``ids`` (those still at ``only_from``, when given) at ``company_id``;
    each gets a new revision, so sync and export see the change."""
    stamp = utc_now()
    for start in range(0, len(ids), CHUNK):
        where = Contact.id.in_(list(ids[start : start + CHUNK]))
        if only_from is not None:
            where &= Contact.company == only_from
        moved = Contact.update(company=company_id, revision=Contact.revision + 1, updated_at=stamp)
        moved.where(where).execute()


def move_activities(ids: Sequence[int], company_id: int, only_from: int | None = None) -> None:
    """Point the activities ``ids`` (those still at ``only_from``, when given) at
    ``company_id``."""
    for start in range(0, len(ids), CHUNK):
        where = Activity.id.in_(list(ids[start : start + CHUNK]))
        if only_from is not None:
            where &= Activity.company == only_from
        Activity.update(company=company_id).where(where).execute()
