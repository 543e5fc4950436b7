"""The .ics export parses back with icalendar and holds every open follow-up."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import icalendar

from rolodex.exporters.ics import export_followups
from rolodex.services.crm.records import FollowUpData
from tests.services.crm_helpers import OSLO, make_contact, oslo_clock, services


def test_every_open_follow_up_is_exported_as_an_event(any_book: str, tmp_path: Path) -> None:
    clock = oslo_clock(2026, 3, 20, 12, 0)
    _, fs = services(clock)
    ada = make_contact("Åsa", "Bråten")
    timed = fs.add(
        FollowUpData(
            contact_id=ada,
            due_date=date(2026, 3, 30),
            due_time=time(9, 0),
            subject="Send offer",
            notes="Mention the discount",
            priority=1,
        )
    )
    all_day = fs.add(FollowUpData(contact_id=ada, due_date=date(2026, 3, 10)))
    done = fs.add(FollowUpData(contact_id=ada, due_date=date(2026, 3, 11)))
    fs.complete(done.ids[0])
    target = tmp_path / "followups.ics"
    assert export_followups(target, fs.open_items(), clock.now()) == 2

    cal = icalendar.Calendar.from_ical(target.read_bytes())
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {
        f"rolodex-followup-{timed.ids[0]}@rolodex",
        f"rolodex-followup-{all_day.ids[0]}@rolodex",
    }
    offer = events[f"rolodex-followup-{timed.ids[0]}@rolodex"]
    start = offer.decoded("dtstart")
    assert start.astimezone(OSLO).hour == 9 and start.utcoffset().total_seconds() == 7200
    assert str(offer["summary"]) == "Send offer (Åsa Bråten)"
    assert str(offer["description"]) == "Mention the discount"
    assert [tz["tzid"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Oslo"]
    plain = events[f"rolodex-followup-{all_day.ids[0]}@rolodex"]
    assert plain.decoded("dtstart") == date(2026, 3, 10)
    assert str(plain["summary"]) == "Follow up with Åsa Bråten"
    assert all(e.walk("VALARM") for e in events.values())


def test_todo_export_uses_due(any_book: str, tmp_path: Path) -> None:
    clock = oslo_clock(2026, 3, 20, 12, 0)
    _, fs = services(clock)
    fs.add(FollowUpData(contact_id=make_contact("Ada"), due_date=date(2026, 4, 2)))
    target = tmp_path / "todo.ics"
    export_followups(target, fs.open_items(), clock.now(), as_todo=True)
    todos = icalendar.Calendar.from_ical(target.read_bytes()).walk("VTODO")
    assert [t.decoded("due") for t in todos] == [date(2026, 4, 2)]
    assert not list(tmp_path.glob(".todo.ics.*"))
