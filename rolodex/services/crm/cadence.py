"""Keep-in-touch cadence ("every N days"), per contact or per tag (the shortest tag wins).

A contact's own setting wins over its tags: ``None`` inherits from tags, ``0`` switches the
reminder off. Nothing runs in the background: :func:`past_cadence` works it out on query from
the denormalised ``contact.last_contacted``. A contact with an open follow-up is left out: the
follow-up already says when to get in touch.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from rolodex.services.changes import Change
from rolodex.services.crm.activities import name_or_id, require_contact
from rolodex.services.crm.records import CadenceDue, CrmError
from rolodex.services.crm.times import from_db, to_db
from rolodex.store import cadence as store

MAX_DAYS = 3650


def past_cadence(now: datetime, limit: int | None = None, offset: int = 0) -> list[CadenceDue]:
    """Contacts whose last activity is older than their cadence, longest overdue first
    (``limit`` of them from ``offset`` on: the Today view loads them a page at a time)."""
    rows = store.past_cadence_rows(to_db(now), limit, offset)
    result = []
    for contact_id, name, last, days in rows:
        last_at = from_db(last) if last else None
        since = last_at + timedelta(days=days) if last_at else None
        result.append(CadenceDue(contact_id, name_or_id(name, contact_id), days, last_at, since))
    return result


def count_past_cadence(now: datetime) -> int:
    """How many contacts :func:`past_cadence` lists in all."""
    return store.count_past_cadence_rows(to_db(now))


def _check_days(days: int | None) -> None:
    if days is not None and not 0 <= days <= MAX_DAYS:
        raise CrmError(f"Keep-in-touch days must be between 0 (off) and {MAX_DAYS}.")


def set_contact_cadence(contact_id: int, days: int | None) -> Change:
    """Set a contact's own cadence (None: follow its tags; 0: never remind)."""
    _check_days(days)
    require_contact(contact_id)
    store.set_contact_days(contact_id, days)
    return Change("contact", (contact_id,), "updated")


def set_tag_cadence(tag_name: str, days: int | None) -> Change:
    """Set the cadence of every contact carrying ``tag_name`` (None or 0: none)."""
    _check_days(days)
    tag = store.tag_id(tag_name)
    if tag is None:
        raise CrmError(f"There is no tag {tag_name!r}.")
    store.set_tag_days(tag, days or None)
    return Change("tag", (tag,), "updated")


def contact_cadence(contact_id: int) -> int | None:
    """A contact's own cadence in days (None: it follows its tags; 0: never remind)."""
    require_contact(contact_id)
    return store.contact_days(contact_id)


def tag_cadence(tag_name: str) -> int | None:
    """The cadence of ``tag_name`` in days (None: none set)."""
    exists, days = store.tag_days(tag_name)
    if not exists:
        raise CrmError(f"There is no tag {tag_name!r}.")
    return days
