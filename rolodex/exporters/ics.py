"""Export follow-ups as an iCalendar (.ics) file, with the icalendar library.

By default each open follow-up becomes a VEVENT (``DTSTART`` in its own zone with a VTIMEZONE,
or an all-day date) with a display alarm at its start. Events are chosen because Google Calendar
and Outlook import only events from a .ics file and silently drop VTODO; Apple Calendar and
Thunderbird show both. ``as_todo=True`` writes VTODOs with ``DUE`` instead, for task apps.
UIDs are stable (``rolodex-followup-<id>@rolodex``) so importing again updates, not duplicates.
A repeating follow-up is exported as its next occurrence only: Rolodex creates the following
one when it is completed, so an RRULE would show occurrences twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from rolodex.clock import zone_for
from rolodex.fileio import atomic_write
from rolodex.services.crm.records import FollowUpData

EVENT_MINUTES = 15
PRODID = "-//Rolodex//Follow-ups//EN"


def summary(item: FollowUpData) -> str:
    """The one-line title a calendar shows."""
    if item.subject:
        return f"{item.subject} ({item.contact_name})"
    return f"Follow up with {item.contact_name}"


def _start(item: FollowUpData) -> Any:
    """A date for all-day items; else an aware datetime in the item's zone (UTC if unknown)."""
    if item.due_time is None:
        return item.due_date
    zone = zone_for(item.timezone)
    naive = datetime.combine(item.due_date, item.due_time)
    if zone is None:
        assert item.due_at is not None
        return item.due_at.astimezone(UTC)
    return naive.replace(tzinfo=zone)


def _component(item: FollowUpData, stamp: datetime, as_todo: bool) -> Any:
    import icalendar

    comp = icalendar.Todo() if as_todo else icalendar.Event()
    start = _start(item)
    comp.add("uid", f"rolodex-followup-{item.id}@rolodex")
    comp.add("dtstamp", stamp)
    comp.add("summary", summary(item))
    if item.notes:
        comp.add("description", item.notes)
    comp.add("categories", ["Rolodex"])
    if item.priority > 0:
        comp.add("priority", 1)
    if as_todo:
        comp.add("due", start)
        comp.add("status", "NEEDS-ACTION")
    else:
        comp.add("dtstart", start)
        end = start + (
            timedelta(days=1) if item.due_time is None else timedelta(minutes=EVENT_MINUTES)
        )
        comp.add("dtend", end)
        comp.add("transp", "TRANSPARENT")
    comp.add_component(_alarm(item))
    return comp


def _alarm(item: FollowUpData) -> Any:
    import icalendar

    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary(item))
    alarm.add("trigger", timedelta(0) if item.due_time is not None else timedelta(hours=9))
    return alarm


def build_calendar(
    items: Sequence[FollowUpData], stamp: datetime, *, as_todo: bool = False
) -> bytes:
    """The .ics bytes for ``items`` (``stamp``: the export moment, for DTSTAMP)."""
    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Rolodex follow-ups")
    for item in items:
        cal.add_component(_component(item, stamp.astimezone(UTC), as_todo))
    cal.add_missing_timezones()
    data: bytes = cal.to_ical()
    return data


def export_followups(
    path: Path | str, items: Sequence[FollowUpData], stamp: datetime, *, as_todo: bool = False
) -> int:
    """Write ``items`` to ``path`` atomically; returns how many were written."""
    data = build_calendar(items, stamp, as_todo=as_todo)
    with atomic_write(path, "wb") as fh:
        fh.write(data)
    return len(items)
