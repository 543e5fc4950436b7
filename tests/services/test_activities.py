"""Logging, editing, deleting (with undo) and listing activities; last-contacted upkeep."""

from __future__ import annotations

from datetime import timedelta

import pytest

from rolodex.services.crm.records import ActivityData, CrmError
from tests.services.crm_helpers import last_contacted, make_contact, oslo, oslo_clock, services


def test_logged_call_defaults_to_now_and_sets_last_contacted(any_book: str) -> None:
    clock = oslo_clock(2026, 5, 4, 14, 30)
    activities, _ = services(clock)
    ada = make_contact("Ada", "Lovelace")
    change = activities.log(ActivityData(contact_id=ada, kind="Call", subject=" Pricing "))
    assert change.entity == "activity" and change.kind == "created"
    logged = activities.get(change.ids[0])
    assert logged.kind == "call" and logged.subject == "Pricing"
    assert logged.occurred_at == oslo(2026, 5, 4, 14, 30)
    assert logged.contact_name == "Ada Lovelace"
    assert last_contacted(ada) == "2026-05-04T12:30:00+00:00"


def test_timeline_is_newest_first_and_filters_by_kind(any_book: str) -> None:
    activities, _ = services(oslo_clock(2026, 5, 4, 9, 0))
    ada = make_contact("Ada")
    for day, kind in ((1, "call"), (3, "meeting"), (2, "site visit"), (4, "call")):
        activities.log(ActivityData(contact_id=ada, kind=kind, occurred_at=oslo(2026, 4, day)))
    days = [a.occurred_at.astimezone(oslo(2026, 1, 1).tzinfo).day for a in activities.timeline(ada)]
    assert days == [4, 3, 2, 1]
    calls = activities.timeline(ada, kinds=["call"])
    assert [a.kind for a in calls] == ["call", "call"]
    assert "site visit" in activities.kinds()
    assert activities.kinds()[:5] == ["call", "meeting", "email", "letter", "note"]


def test_a_note_is_history_but_not_contact(any_book: str) -> None:
    activities, _ = services(oslo_clock(2026, 5, 4, 9, 0))
    ada = make_contact("Ada")
    activities.log(ActivityData(contact_id=ada, kind="email", occurred_at=oslo(2026, 4, 1)))
    activities.log(ActivityData(contact_id=ada, kind="note", occurred_at=oslo(2026, 4, 20)))
    assert last_contacted(ada) == "2026-03-31T22:00:00+00:00"
    assert len(activities.timeline(ada)) == 2


def test_edit_delete_and_restore_keep_last_contacted_right(any_book: str) -> None:
    activities, _ = services(oslo_clock(2026, 5, 4, 9, 0))
    ada = make_contact("Ada")
    old = activities.log(ActivityData(contact_id=ada, kind="call", occurred_at=oslo(2026, 4, 1)))
    new = activities.log(ActivityData(contact_id=ada, kind="call", occurred_at=oslo(2026, 4, 9)))
    assert last_contacted(ada) == "2026-04-08T22:00:00+00:00"

    assert activities.delete(new.ids[0]).kind == "deleted"
    assert [a.id for a in activities.timeline(ada)] == [old.ids[0]]
    assert last_contacted(ada) == "2026-03-31T22:00:00+00:00"
    with pytest.raises(CrmError):
        activities.get(new.ids[0])

    assert activities.restore(new.ids[0]).kind == "restored"
    assert last_contacted(ada) == "2026-04-08T22:00:00+00:00"

    edited = activities.get(old.ids[0])
    edited.occurred_at = oslo(2026, 4, 30, 10, 0)
    edited.outcome = "Signed"
    activities.update(edited)
    assert activities.timeline(ada)[0].outcome == "Signed"
    assert last_contacted(ada) == "2026-04-30T08:00:00+00:00"

    activities.delete(old.ids[0])
    activities.delete(new.ids[0])
    assert last_contacted(ada) is None


def test_company_timeline_holds_its_people_and_its_own_activities(any_book: str) -> None:
    activities, _ = services(oslo_clock(2026, 5, 4, 9, 0))
    ada = make_contact("Ada", company="Analytical Engines Ltd")
    other = make_contact("Bob")
    company = activities.company_of(ada)
    assert company is not None
    activities.log(ActivityData(contact_id=ada, kind="call"))
    activities.log(ActivityData(company_id=company, kind="letter"))
    activities.log(ActivityData(contact_id=other, kind="call"))
    kinds = sorted(a.kind for a in activities.timeline(company_id=company))
    assert kinds == ["call", "letter"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (ActivityData(contact_id=999, kind="call"), "no contact 999"),
        (ActivityData(contact_id=None, kind="call"), "contact or a company"),
        (ActivityData(contact_id=1, kind="  "), "what kind"),
        (ActivityData(contact_id=1, kind="call", duration_minutes=-5), "negative"),
    ],
)
def test_bad_activities_are_refused_with_a_clear_message(
    any_book: str, data: ActivityData, message: str
) -> None:
    activities, _ = services(oslo_clock(2026, 5, 4, 9, 0))
    make_contact("Ada")
    with pytest.raises(CrmError, match=message):
        activities.log(data)
    assert activities.timeline(1) == []


def test_duration_is_kept_and_limit_gives_the_newest(any_book: str) -> None:
    clock = oslo_clock(2026, 5, 4, 9, 0)
    activities, _ = services(clock)
    ada = make_contact("Ada")
    activities.log(ActivityData(contact_id=ada, kind="call"))
    clock.advance(timedelta(days=1))
    second = activities.log(ActivityData(contact_id=ada, kind="meeting", duration_minutes=45))
    assert activities.get(second.ids[0]).duration_minutes == 45
    assert activities.timeline(ada, limit=1)[0].kind == "meeting"


def test_logging_moves_last_contacted_but_not_the_contacts_revision(any_book: str) -> None:
    """last_contacted is derived from the activities: a colleague's call must not make an
    open edit of the card look conflicting (the activity itself is the change)."""
    from rolodex.models import Contact

    activities, _ = services(oslo_clock(2026, 5, 4, 9, 0))
    ada = make_contact("Ada")
    before = Contact.get_by_id(ada)
    change = activities.log(ActivityData(contact_id=ada, kind="call"))
    activities.delete(change.ids[0])
    activities.restore(change.ids[0])
    after = Contact.get_by_id(ada)
    assert after.last_contacted == "2026-05-04T07:00:00+00:00"
    assert (after.revision, after.updated_at) == (before.revision, before.updated_at)


def test_unknown_activity_ids_are_a_clear_error(any_book: str) -> None:
    activities, _ = services(oslo_clock(2026, 5, 4, 9, 0))
    for bad in (0, 7, 2**63):
        with pytest.raises(CrmError, match=f"no activity {bad}"):
            activities.delete(bad)
        with pytest.raises(CrmError, match=f"no activity {bad}"):
            activities.get(bad)
    assert activities.company_of(2**63) is None
