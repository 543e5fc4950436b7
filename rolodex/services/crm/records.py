"""Plain data the activity and follow-up services hand out (never Peewee rows).

Moments are aware datetimes in UTC; a follow-up also carries its local wall-clock due date and
time and the zone they were set in, which is what the user chose and what DST must not move.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from rolodex.services.changes import Change

STANDARD_KINDS = ("call", "meeting", "email", "letter", "note")
"""Kinds offered by default; any other non-empty text is a custom kind."""

NOT_CONTACT_KINDS = frozenset({"note"})
"""Kinds that record something about a person without being in touch with them."""


@dataclass
class ActivityData:
    """One logged call, meeting, email, letter, note or custom-kind event."""

    id: int | None = None
    contact_id: int | None = None
    company_id: int | None = None
    kind: str = "call"
    occurred_at: datetime | None = None
    duration_minutes: int | None = None
    subject: str = ""
    notes: str = ""
    outcome: str = ""
    contact_name: str = ""
    by: str = ""  # the login that logged it (issue 11); set by the store
    private: bool = False


@dataclass
class FollowUpData:
    """Something to do about a contact by a date (and optionally a time).

    ``due_at`` (UTC) is computed by the service from ``due_date``/``due_time`` in ``timezone``;
    ``timezone`` "" means the system's local time.
    """

    id: int | None = None
    contact_id: int = 0
    due_date: date = field(default_factory=date.today)
    due_time: time | None = None
    timezone: str = ""
    subject: str = ""
    notes: str = ""
    priority: int = 0
    recurrence: str = ""
    due_at: datetime | None = None
    done_at: datetime | None = None
    contact_name: str = ""
    assignee: str = ""  # whose Today it is in (issue 11); "" when adding: whoever adds it
    by: str = ""

    @property
    def has_time(self) -> bool:
        return self.due_time is not None


@dataclass
class CadenceDue:
    """A contact whose keep-in-touch cadence has run out (``since`` None: never contacted)."""

    contact_id: int
    contact_name: str
    days: int
    last_contacted: datetime | None
    since: datetime | None


@dataclass
class TodayData:
    """What the Today view shows, each list sorted by when it fell or falls due."""

    overdue: list[FollowUpData]
    today: list[FollowUpData]
    upcoming: list[FollowUpData]
    past_cadence: list[CadenceDue]
    overdue_total: int = 0
    cadence_total: int = 0


@dataclass
class Completion:
    """What completing a follow-up did: the activity it logged and the next occurrence."""

    followup_id: int
    activity_id: int | None = None
    next_id: int | None = None
    changes: tuple[Change, ...] = ()


class CrmError(Exception):
    """A request the book cannot honour (unknown contact, empty kind...): shown as-is."""
