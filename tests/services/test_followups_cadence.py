"""Keep-in-touch cadence per contact and per tag, computed on query."""

from __future__ import annotations

from datetime import date, timedelta

from rolodex.services.crm import cadence
from rolodex.services.crm.records import ActivityData, FollowUpData
from tests.services.crm_helpers import make_contact, oslo, oslo_clock, services


def due_ids(fs) -> list[int]:  # type: ignore[no-untyped-def]
    return [c.contact_id for c in fs.today().past_cadence]


def test_contact_cadence_lists_when_last_activity_is_too_old(any_book: str) -> None:
    clock = oslo_clock(2026, 6, 10, 12, 0)
    activities, fs = services(clock)
    ada, bob = make_contact("Ada"), make_contact("Bob")
    cadence.set_contact_cadence(ada, 30)
    activities.log(ActivityData(contact_id=ada, kind="call", occurred_at=oslo(2026, 5, 1)))
    activities.log(ActivityData(contact_id=bob, kind="call", occurred_at=oslo(2026, 1, 1)))
    listed = fs.today().past_cadence
    assert [c.contact_id for c in listed] == [ada]
    assert listed[0].days == 30 and listed[0].since == oslo(2026, 5, 31)
    activities.log(ActivityData(contact_id=ada, kind="meeting"))
    assert due_ids(fs) == []
    clock.advance(timedelta(days=30))
    assert due_ids(fs) == [ada]


def test_tag_cadence_applies_the_shortest_and_contact_setting_wins(any_book: str) -> None:
    clock = oslo_clock(2026, 6, 10, 12, 0)
    activities, fs = services(clock)
    ada = make_contact("Ada", tags=("customer", "vip"))
    bob = make_contact("Bob", tags=("customer",))
    eve = make_contact("Eve", tags=("vip",))
    never = make_contact("Never", tags=("vip",))
    cadence.set_tag_cadence("customer", 90)
    cadence.set_tag_cadence("vip", 14)
    for person in (ada, bob, eve):
        activities.log(ActivityData(contact_id=person, kind="email", occurred_at=oslo(2026, 5, 20)))
    cadence.set_contact_cadence(eve, 0)
    listed = fs.today().past_cadence
    assert [c.contact_id for c in listed] == [never, ada]
    assert listed[0].last_contacted is None and listed[0].since is None
    assert bob not in due_ids(fs)


def test_an_open_follow_up_replaces_the_cadence_reminder(any_book: str) -> None:
    _, fs = services(oslo_clock(2026, 6, 10, 12, 0))
    ada = make_contact("Ada")
    cadence.set_contact_cadence(ada, 7)
    assert due_ids(fs) == [ada]
    item = fs.add(FollowUpData(contact_id=ada, due_date=date(2026, 6, 12))).ids[0]
    assert due_ids(fs) == []
    fs.complete(item)
    assert due_ids(fs) == [ada]
