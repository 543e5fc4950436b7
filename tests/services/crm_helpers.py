"""Helpers for the activity and follow-up tests: contacts made through the contact service,
and a clock fixed in Oslo (a zone with DST) that tests move by hand.

On a PostgreSQL book the contact service cannot write yet (it is being moved onto the store
by another branch), so there :func:`make_contact` and :func:`trash_contact` write the same rows
through the models; once ContactService runs on both backends they can call it everywhere.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

from rolodex.clock import FixedClock
from rolodex.models import Company, Contact, ContactTag, Tag
from rolodex.models.base import utc_now
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.services.crm.activities import ActivityService
from rolodex.services.crm.followups import FollowUpService
from rolodex.store.backend import dialect

OSLO = ZoneInfo("Europe/Oslo")


def oslo(*args: int) -> datetime:
    """An aware Oslo wall-clock moment: oslo(2026, 3, 28, 9, 0)."""
    return datetime(*args, tzinfo=OSLO)  # type: ignore[misc]


def oslo_clock(*args: int) -> FixedClock:
    return FixedClock(oslo(*args), zone="Europe/Oslo")


def make_contact(
    given: str, family: str = "", tags: tuple[str, ...] = (), company: str = ""
) -> int:
    """Create a live contact and return its id."""
    if dialect() == "sqlite":
        data = ContactData(given=given, family=family, tags=list(tags), company=company)
        return ContactService().create(data)
    return _insert_contact(given, family, tags, company)


def _insert_contact(given: str, family: str, tags: tuple[str, ...], company: str) -> int:
    now = utc_now()
    company_id = None
    if company:
        company_id = Company.insert(
            name=company, name_key=company.casefold(), created_at=now, updated_at=now
        ).execute()
    contact_id = int(
        Contact.insert(
            uid=str(uuid.uuid4()), given=given, family=family, company=company_id,
            created_at=now, updated_at=now,
        ).execute()
    )  # fmt: skip
    for name in tags:
        tag, _ = Tag.get_or_create(name=name)
        ContactTag.insert(contact=contact_id, tag=tag.id).execute()
    return contact_id


def trash_contact(contact_id: int) -> None:
    """Move a contact to the Trash."""
    if dialect() == "sqlite":
        ContactService().delete([contact_id])
        return
    Contact.update(deleted_at=utc_now()).where(Contact.id == contact_id).execute()


def last_contacted(contact_id: int) -> str | None:
    """The contact's stored ``last_contacted`` text."""
    return Contact.get_by_id(contact_id).last_contacted


def services(clock: FixedClock) -> tuple[ActivityService, FollowUpService]:
    activities = ActivityService(clock)
    return activities, FollowUpService(clock, activities)
