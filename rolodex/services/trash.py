"""The Trash keeps deleted contacts, companies, activities and follow-ups for 30 days, then
lets them go. Contacts come back with their activities, follow-ups and tags (those stay
attached while the contact is in the Trash); companies come back with their people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from rolodex.services.companies import CompanyService
from rolodex.services.contacts import TRASH_DAYS, ContactService
from rolodex.store import trash as store_trash
from rolodex.store.activities import name_or_id
from rolodex.store.transactions import writing
from rolodex.store.trash import purge_activities, purge_followups


@dataclass(frozen=True)
class Purged:
    contacts: int
    companies: int
    activities: int
    followups: int


def cutoff(days: int, now: datetime | None = None) -> str:
    """The ISO UTC time before which deletions have been in the Trash ``days`` days."""
    moment = (now or datetime.now(UTC)) - timedelta(days=days)
    return moment.isoformat(timespec="seconds")


def purge_expired(days: int = TRASH_DAYS, now: datetime | None = None) -> Purged:
    """Delete for good everything that has been in the Trash longer than ``days``."""
    limit = cutoff(days, now)
    with writing():
        contacts = len(ContactService().purge(limit))
        companies = CompanyService().purge(limit)
        activities = purge_activities(limit)
        followups = purge_followups(limit)
    return Purged(contacts, companies, activities, followups)


@dataclass(frozen=True)
class TrashedContact:
    """A contact in the Trash, as ``rolodex trash list`` shows it."""

    id: int
    name: str
    deleted_at: str


def trashed_contacts() -> list[TrashedContact]:
    """Contacts in the Trash, most recently deleted first."""
    rows = store_trash.trashed_contacts()
    return [TrashedContact(cid, name_or_id(name, cid), when) for cid, name, when in rows]
