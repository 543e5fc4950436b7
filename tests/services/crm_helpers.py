"""Helpers for the activity and follow-up tests: contacts made through the contact service,
and a clock fixed in Oslo (a zone with DST) that tests move by hand."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from rolodex.clock import FixedClock
from rolodex.records import ContactData
from rolodex.services.activities import ActivityService
from rolodex.services.contacts import ContactService
from rolodex.services.followups import FollowUpService

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
    data = ContactData(given=given, family=family, tags=list(tags), company=company)
    return ContactService().create(data)


def services(clock: FixedClock) -> tuple[ActivityService, FollowUpService]:
    activities = ActivityService(clock)
    return activities, FollowUpService(clock, activities)
