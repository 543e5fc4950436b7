"""Follow-ups: add, reschedule, snooze, complete (with repeats), and the Today lists.

Each follow-up stores the wall-clock date (and optional time) and the zone it was set in;
``due_at`` (UTC) is always recomputed from them, so 09:00 stays 09:00 across DST changes. A
date-only follow-up is due all day and overdue from the next local midnight. Completing a
repeating follow-up creates the next occurrence, skipping any already past.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from rolodex.clock import Clock, SystemClock
from rolodex.db import MAX_ID
from rolodex.services.changes import Change
from rolodex.services.crm import cadence, recurrence
from rolodex.services.crm.activities import ActivityService, require_contact
from rolodex.services.crm.records import (
    ActivityData,
    CadenceDue,
    Completion,
    CrmError,
    FollowUpData,
    TodayData,
)
from rolodex.services.crm.times import in_zone, local_day_start, to_db, wall_to_utc
from rolodex.store import followups as store
from rolodex.store.followups import DueFields
from rolodex.store.transactions import writing

MAX_REPEAT_STEPS = 100_000
PAGE = 200
ALL_DAY_REMINDER_HOUR = 9
"""How many rows of each Today list are loaded at once (the total is counted separately)."""


class Snooze(enum.Enum):
    """The quick snooze choices; "pick a date" is :meth:`FollowUpService.reschedule`."""

    HOUR = "1 hour"
    TOMORROW = "tomorrow"
    NEXT_WEEK = "next week"


def _due_fields(day: date, at: time | None, zone: str) -> DueFields:
    """How a wall-clock date and time in ``zone`` is stored."""
    local = day.isoformat() + (f"T{at.strftime('%H:%M')}" if at is not None else "")
    return DueFields(to_db(wall_to_utc(day, at, zone)), local, at is not None)


class FollowUpService:
    """Everything about follow-ups; "now" and the local zone come from the injected clock."""

    def __init__(self, clock: Clock | None = None, activities: ActivityService | None = None):
        self.clock: Clock = clock or SystemClock()
        self.activities = activities or ActivityService(self.clock)

    # -- writing ---------------------------------------------------------------------------

    def add(self, data: FollowUpData) -> Change:
        """Store a new follow-up (its zone defaults to the clock's); returns the created id."""
        require_contact(data.contact_id)
        zone = data.timezone or self.clock.zone_name()
        rule = recurrence.to_text(self._rule(data.recurrence))
        due = _due_fields(data.due_date, data.due_time, zone)
        with writing():
            new_id = store.insert(data, due, zone, rule, to_db(self.clock.now()))
        return Change("followup", (new_id,), "created")

    def update(self, data: FollowUpData) -> Change:
        """Save edits (subject, notes, priority, repeat, due date and time)."""
        if data.id is None:
            raise CrmError("Cannot edit a follow-up that was never saved.")
        old = self.get(data.id)
        require_contact(data.contact_id)
        zone = data.timezone or old.timezone or self.clock.zone_name()
        due = _due_fields(data.due_date, data.due_time, zone)
        rule = recurrence.to_text(self._rule(data.recurrence))
        with writing():
            store.update(data, due, zone, rule)
        return Change("followup", (data.id,), "updated")

    def reschedule(self, followup_id: int, day: date, at: time | None = None) -> Change:
        """Move a follow-up to another date (and time); it will remind again."""
        item = self.get(followup_id)
        zone = item.timezone or self.clock.zone_name()
        with writing():
            store.reschedule(followup_id, _due_fields(day, at, zone))
        return Change("followup", (followup_id,), "updated")

    def snooze(self, followup_id: int, choice: Snooze) -> Change:
        """Put off by an hour (from now), to tomorrow, or to a week from today."""
        item = self.get(followup_id)
        zone_name = item.timezone or self.clock.zone_name()
        now = self.clock.now()
        if choice is Snooze.HOUR:
            later = in_zone(now + timedelta(hours=1), zone_name)
            at = later.time().replace(second=0, microsecond=0)
            return self.reschedule(followup_id, later.date(), at)
        days = 1 if choice is Snooze.TOMORROW else 7
        day = in_zone(now, zone_name).date() + timedelta(days=days)
        return self.reschedule(followup_id, day, item.due_time)

    def complete(self, followup_id: int, log: ActivityData | None = None) -> Completion:
        """Mark done; optionally log ``log`` on the contact; create the next repeat if any."""
        item = self.get(followup_id)
        if item.done_at is not None:
            raise CrmError(f"Follow-up {followup_id} is already done.")
        now = self.clock.now()
        result = Completion(followup_id)
        changes = [Change("followup", (followup_id,), "updated")]
        with writing():
            store.set_stamp(followup_id, "done_at", to_db(now))
            if log is not None:
                log.contact_id = item.contact_id
                log.subject = log.subject or item.subject
                changes.append(self.activities.log(log))
                result.activity_id = changes[-1].ids[0]
            if item.recurrence:
                changes.append(self._add_next(item, now))
                result.next_id = changes[-1].ids[0]
        result.changes = tuple(changes)
        return result

    def reopen(self, followup_id: int) -> Change:
        """Undo a completion (the next occurrence it created, if any, stays)."""
        self.get(followup_id)
        with writing():
            store.set_stamp(followup_id, "done_at", None)
        return Change("followup", (followup_id,), "updated")

    def delete(self, followup_id: int) -> Change:
        """Hide a follow-up; :meth:`restore` brings it back."""
        self.get(followup_id)
        with writing():
            store.set_stamp(followup_id, "deleted_at", to_db(self.clock.now()))
        return Change("followup", (followup_id,), "deleted")

    def restore(self, followup_id: int) -> Change:
        """Undo :meth:`delete`."""
        with writing():
            store.set_stamp(followup_id, "deleted_at", None)
        return Change("followup", (followup_id,), "restored")

    def mark_notified(self, ids: Sequence[int]) -> None:
        """Remember that a reminder was shown, so it is not shown again."""
        if not ids:
            return
        with writing():
            store.mark_notified(ids, to_db(self.clock.now()))

    def _add_next(self, item: FollowUpData, now: datetime) -> Change:
        rule = recurrence.parse(item.recurrence)
        assert rule is not None
        day = item.due_date
        for _ in range(MAX_REPEAT_STEPS):
            day = recurrence.next_date(rule, day)
            nxt = FollowUpData(**{**vars(item), "id": None, "due_date": day, "done_at": None})
            if not self._is_overdue(nxt, now) and (item.has_time or day > self._today(now)):
                break
        return self.add(nxt)

    def _rule(self, text: str) -> recurrence.Rule | None:
        try:
            return recurrence.parse(text)
        except ValueError as exc:
            raise CrmError(str(exc)) from None

    # -- reading ---------------------------------------------------------------------------

    def get(self, followup_id: int) -> FollowUpData:
        """One follow-up (done or not); CrmError if it does not exist or was deleted."""
        found = store.get(followup_id) if 0 < followup_id <= MAX_ID else None
        if found is None:
            raise CrmError(f"There is no follow-up {followup_id}.")
        return found

    def _bounds(self) -> tuple[str, str, str]:
        """(now, start of today, start of tomorrow) as stored UTC text, in the clock's zone."""
        now = self.clock.now()
        zone = self.clock.zone_name()
        start = local_day_start(now, zone)
        tomorrow = wall_to_utc(self._today(now) + timedelta(days=1), None, zone)
        return to_db(now), to_db(start), to_db(tomorrow)

    def _today(self, now: datetime) -> date:
        return in_zone(now, self.clock.zone_name()).date()

    def _is_overdue(self, item: FollowUpData, now: datetime) -> bool:
        if item.has_time:
            zone = item.timezone or self.clock.zone_name()
            return wall_to_utc(item.due_date, item.due_time, zone) < now
        return item.due_date < self._today(now)

    def overdue(self, limit: int | None = None) -> list[FollowUpData]:
        """Open follow-ups past their time (date-only ones: from the day after), oldest first."""
        now, start, _ = self._bounds()
        return store.overdue(now, start, limit)

    def count_overdue(self) -> int:
        """How many follow-ups are overdue (for the start-up message and the Today header)."""
        now, start, _ = self._bounds()
        return store.count_overdue(now, start)

    def overdue_ids(self) -> list[int]:
        """Ids of every overdue follow-up, oldest first, read from the index alone."""
        now, start, _ = self._bounds()
        return store.overdue_ids(now, start)

    def due_today(self) -> list[FollowUpData]:
        """Open follow-ups due later today, or all day today."""
        now, start, tomorrow = self._bounds()
        return store.due_today(now, start, tomorrow)

    def upcoming(self, days: int = 7) -> list[FollowUpData]:
        """Open follow-ups due in the ``days`` days after today."""
        _, _, tomorrow = self._bounds()
        zone = self.clock.zone_name()
        end = wall_to_utc(self._today(self.clock.now()) + timedelta(days=days + 1), None, zone)
        return store.due_between(tomorrow, to_db(end))

    def open_items(self) -> list[FollowUpData]:
        """Every open follow-up, soonest first (for lists and calendar export)."""
        return store.open_items()

    def for_contact(self, contact_id: int) -> list[FollowUpData]:
        """A contact's open follow-ups, soonest first."""
        return store.open_items(contact_id)

    def due_for_reminder(self) -> list[FollowUpData]:
        """Open follow-ups whose moment has come and that have not been announced yet.

        All-day follow-ups are announced at ``ALL_DAY_REMINDER_HOUR`` local time, not midnight.
        """
        now = self.clock.now()
        all_day = now - timedelta(hours=ALL_DAY_REMINDER_HOUR)
        return store.not_notified(to_db(now), to_db(all_day))

    def today(self, days: int = 7, page: int | None = PAGE) -> TodayData:
        """Everything the Today view shows: the oldest ``page`` overdue items and keep-in-touch
        reminders, with the total of each (the rest come through :meth:`cadence_page`)."""
        now = self.clock.now()
        return TodayData(
            overdue_total=self.count_overdue(),
            overdue=self.overdue(page),
            today=self.due_today(),
            upcoming=self.upcoming(days),
            past_cadence=cadence.past_cadence(now, page),
            cadence_total=cadence.count_past_cadence(now),
        )

    def cadence_page(self, offset: int, limit: int = PAGE) -> list[CadenceDue]:
        """The keep-in-touch reminders from ``offset`` on, in the Today view's order."""
        return cadence.past_cadence(self.clock.now(), limit, offset)
