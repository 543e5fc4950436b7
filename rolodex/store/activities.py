"""Activities in the book, on either backend: Peewee queries through the models.

Hands out :class:`~rolodex.services.crm.records.ActivityData` records and keeps
``contact.last_contacted`` (the newest live activity that is not a note) current.

``last_contacted`` is a cache derived from the activities, so refreshing it does **not** move
the contact's ``revision`` or ``updated_at``: the contact's own data did not change (a
colleague logging a call must not make an open edit of the card conflict, issue 11, nor a card
look changed to a sync, issue 14). What changed is the activity, which is reported as an
``activity`` Change; a receiver recomputes ``last_contacted`` from the activities it gets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import peewee
from peewee import JOIN, fn

from rolodex.models import Activity, Contact
from rolodex.services.crm.records import NOT_CONTACT_KINDS, ActivityData
from rolodex.services.crm.times import from_db
from rolodex.store.rows import first_row, raw_rows
from rolodex.store.users import acting_login


def _blank_to_null(value: Any) -> Any:
    return fn.NULLIF(fn.TRIM(value), "")


def contact_name(c: Any = Contact) -> peewee.Node:
    """The name a contact shows (display name, else given + family, else nickname, else "")."""
    full = c.given.concat(" ").concat(c.family)
    return fn.COALESCE(
        _blank_to_null(c.display_name), _blank_to_null(full), _blank_to_null(c.nickname), ""
    )


def name_or_id(name: str | None, contact_id: int | None) -> str:
    """A contact's name for display, falling back to its number when it has none."""
    return name or (f"Contact #{contact_id}" if contact_id else "")


def is_live_contact(contact_id: int) -> bool:
    """Whether ``contact_id`` is a contact that is not in the Trash."""
    query = Contact.select(Contact.id).where(Contact.id == contact_id, Contact.deleted_at.is_null())
    return query.exists()


def contact_names(ids: Sequence[int]) -> dict[int, str]:
    """Display names of the contacts ``ids`` (those that exist)."""
    rows = raw_rows(Contact.select(Contact.id, contact_name()).where(Contact.id.in_(list(ids))))
    return {cid: name_or_id(name, cid) for cid, name in rows}


def company_of(contact_id: int) -> int | None:
    """The company a contact works at (None if none, or no such contact)."""
    row = first_row(Contact.select(Contact.company).where(Contact.id == contact_id))
    return None if row is None else row[0]


def _columns() -> tuple[Any, ...]:
    a = Activity
    return (
        a.id, a.contact, a.company, a.kind, a.occurred_at, a.duration_minutes, a.subject,
        a.notes, a.outcome, contact_name(), a.created_by, a.private,
    )  # fmt: skip


def _query() -> peewee.ModelSelect[Any]:
    on = Contact.id == Activity.contact
    return Activity.select(*_columns()).join(Contact, JOIN.LEFT_OUTER, on=on)


def _record(row: tuple[Any, ...]) -> ActivityData:
    return ActivityData(
        id=row[0],
        contact_id=row[1],
        company_id=row[2],
        kind=row[3],
        occurred_at=from_db(row[4]),
        duration_minutes=row[5],
        subject=row[6],
        notes=row[7],
        outcome=row[8],
        contact_name=name_or_id(row[9], row[1]),
        by=row[10],
        private=bool(row[11]),
    )


def _values(data: ActivityData, kind: str, occurred_at: str) -> dict[str, Any]:
    return {
        "contact": data.contact_id,
        "company": data.company_id,
        "kind": kind,
        "occurred_at": occurred_at,
        "duration_minutes": data.duration_minutes,
        "subject": data.subject.strip(),
        "notes": data.notes,
        "outcome": data.outcome.strip(),
        "private": data.private,
    }


def insert(data: ActivityData, kind: str, occurred_at: str, created_at: str) -> int:
    """Store a new activity (inside the caller's transaction); returns its id."""
    values = _values(data, kind, occurred_at)
    by = acting_login()
    return int(Activity.insert(**values, created_at=created_at, created_by=by).execute())


def update(data: ActivityData, kind: str, occurred_at: str) -> None:
    """Save the fields of an existing activity (inside the caller's transaction)."""
    Activity.update(**_values(data, kind, occurred_at)).where(Activity.id == data.id).execute()


def set_deleted(activity_id: int, stamp: str | None) -> None:
    """Hide (``stamp``) or bring back (None) an activity."""
    Activity.update(deleted_at=stamp).where(Activity.id == activity_id).execute()


def owner_of(activity_id: int) -> tuple[bool, int | None]:
    """(whether the activity exists, deleted or not; the contact it is on)."""
    row = first_row(Activity.select(Activity.contact).where(Activity.id == activity_id))
    return (False, None) if row is None else (True, row[0])


def get(activity_id: int) -> ActivityData | None:
    """One live activity, or None."""
    query = _query().where(Activity.id == activity_id, Activity.deleted_at.is_null())
    row = first_row(query)
    return None if row is None else _record(row)


def timeline(
    contact_id: int | None, company_id: int | None, kinds: Iterable[str], limit: int | None
) -> list[ActivityData]:
    """Live activities of a contact and/or a company (with its people's), newest first."""
    query = _query().where(Activity.deleted_at.is_null())
    if contact_id is not None:
        query = query.where(Activity.contact == contact_id)
    if company_id is not None:
        query = query.where((Activity.company == company_id) | (Contact.company == company_id))
    wanted = sorted(set(kinds))
    if wanted:
        query = query.where(Activity.kind.in_(wanted))
    query = query.order_by(Activity.occurred_at.desc(), Activity.id.desc())
    if limit is not None:
        query = query.limit(int(limit))
    return [_record(row) for row in raw_rows(query)]


def logged_on_company(company_id: int, kinds: Iterable[str]) -> list[ActivityData]:
    """Live activities logged "also on" ``company_id`` itself (not its people's own), newest
    first (``kinds``: only those)."""
    query = _query().where(Activity.deleted_at.is_null(), Activity.company == company_id)
    wanted = sorted(set(kinds))
    if wanted:
        query = query.where(Activity.kind.in_(wanted))
    query = query.order_by(Activity.occurred_at.desc(), Activity.id.desc())
    return [_record(row) for row in raw_rows(query)]


def kinds_used() -> set[str]:
    """Every kind any activity (deleted ones too) was logged as."""
    return {kind for (kind,) in raw_rows(Activity.select(Activity.kind).distinct())}


def refresh_last_contacted(contact_ids: Iterable[int | None]) -> None:
    """Recompute ``contact.last_contacted`` from the live, non-note activities (inside the
    caller's transaction; the contact's revision stays, see the module docstring)."""
    for contact_id in sorted({cid for cid in contact_ids if cid is not None}):
        newest = Activity.select(fn.MAX(Activity.occurred_at)).where(
            Activity.contact == contact_id,
            Activity.deleted_at.is_null(),
            Activity.kind.not_in(sorted(NOT_CONTACT_KINDS)),
        )
        Contact.update(last_contacted=newest).where(Contact.id == contact_id).execute()
