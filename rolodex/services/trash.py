"""The Trash keeps deleted contacts, companies, activities and follow-ups for 30 days, then
lets them go. Contacts come back with their activities, follow-ups and tags (those stay
attached while the contact is in the Trash); companies come back with their people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from rolodex.db import database, writing
from rolodex.services.companies import CompanyService
from rolodex.services.contacts import TRASH_DAYS, ContactService


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
        conn = database.connection()
        counts = [
            conn.execute(
                f"DELETE FROM {table} WHERE deleted_at IS NOT NULL AND deleted_at <= ?", (limit,)
            ).rowcount
            for table in ("activity", "followup")
        ]
    return Purged(contacts, companies, counts[0], counts[1])


@dataclass(frozen=True)
class TrashedContact:
    """A contact in the Trash, as ``rolodex trash list`` shows it."""

    id: int
    name: str
    deleted_at: str


def trashed_contacts() -> list[TrashedContact]:
    """Contacts in the Trash, most recently deleted first."""
    from rolodex.services.activities import NAME_SQL, name_or_id

    sql = (
        f"SELECT c.id, {NAME_SQL}, c.deleted_at FROM contact c"
        " WHERE c.deleted_at IS NOT NULL ORDER BY c.deleted_at DESC, c.id DESC"
    )
    rows = database.connection().execute(sql).fetchall()
    return [TrashedContact(cid, name_or_id(name, cid), when) for cid, name, when in rows]
