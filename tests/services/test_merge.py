"""Merging contacts: every email and phone kept, tags and activities combined, undo exact; on
a file and on a PostgreSQL book (``any_book``)."""

from __future__ import annotations

from dataclasses import fields

import pytest

from rolodex.models import Activity, Contact, FollowUp
from rolodex.records import Address, ContactData, ExtraProperty, LabeledValue, Phone
from rolodex.services import prefs
from rolodex.services.contacts import ContactService
from rolodex.services.duplicates.merge import MergeError, MergePlan, merge, undo_merge
from rolodex.services.duplicates.merge_plan import LIST_FIELDS, SINGLE_FIELDS, propose_plan
from tests.pending import with_contacts

NOW = "2024-05-01T10:00:00+00:00"


@pytest.fixture
def service(any_book: str) -> ContactService:
    prefs.put(prefs.PHONE_REGION, "NO")
    return ContactService()


def jonas() -> ContactData:
    return ContactData(
        given="Jonas",
        family="Petraitis",
        company="UAB Šviesa",
        job_title="Vadovas",
        emails=[LabeledValue("jonas@sviesa.lt", "work", pref=True)],
        phones=[Phone("+370 612 34567", "mobile", pref=True)],
        tags=["Klientai"],
        extras=[ExtraProperty("X-CUSTOM", "one", {"TYPE": ["a"]}, "item1")],
        photo=b"\x89PNG-jonas",
        photo_mime="image/png",
    )


def jonas_twin() -> ContactData:
    return ContactData(
        given="Jonas",
        family="Petraitis",
        company="UAB Šviesa",
        job_title="Direktorius",
        notes="Met at the fair",
        emails=[LabeledValue("JONAS@sviesa.lt", "home", pref=True), LabeledValue("jp@gmail.com")],
        phones=[Phone("+37061234567", "cell"), Phone("+47 22 33 44 55", "work")],
        addresses=[Address(street="Gedimino pr. 1", city="Vilnius", country="LT")],
        tags=["klientai", "VIP"],
    )


def activity(contact_id: int, subject: str) -> int:
    row = Activity.create(
        contact=contact_id, kind="call", occurred_at=NOW, subject=subject, created_at=NOW
    )
    return int(row.id)


def followup(contact_id: int) -> int:
    return int(FollowUp.create(contact=contact_id, due_at=NOW, subject="Call", created_at=NOW).id)


@with_contacts
def test_merge_unions_lists_and_keeps_chosen_fields(service: ContactService) -> None:
    a, b = service.create(jonas()), service.create(jonas_twin())
    plan = propose_plan([service.get(a), service.get(b)], survivor=a)
    plan.choices["job_title"] = b
    result = merge(plan)
    merged = service.get(a)
    assert merged is not None
    assert result.change.ids == (a, b)
    assert [e.value for e in merged.emails] == ["jonas@sviesa.lt", "jp@gmail.com"]
    assert [p.value for p in merged.phones] == ["+370 612 34567", "+47 22 33 44 55"]
    assert [x.pref for x in merged.emails] == [True, False]
    assert merged.tags == ["Klientai", "VIP"]
    assert merged.job_title == "Direktorius"
    assert merged.notes == "Met at the fair"  # empty on the survivor, so the other's fills it
    assert merged.photo == b"\x89PNG-jonas"
    assert merged.addresses[0].city == "Vilnius"
    assert merged.extras[0].params == {"TYPE": ["a"]}
    assert service.ids() == [a]
    assert service.ids(trash=True) == [b]


@with_contacts
def test_three_way_merge_moves_every_activity_and_followup(service: ContactService) -> None:
    a, b, c = (service.create(ContactData(given="Ann", family=f"Lee{i}")) for i in range(3))
    acts = [activity(a, "first"), activity(b, "second"), activity(c, "third")]
    follow = followup(c)
    merge(MergePlan(a, [b, c]))
    assert sorted(r.id for r in Activity.select().where(Activity.contact == a)) == sorted(acts)
    assert FollowUp.get_by_id(follow).contact_id == a
    assert service.ids() == [a]


@with_contacts
def test_undo_restores_every_contact_exactly(service: ContactService) -> None:
    a, b = service.create(jonas()), service.create(jonas_twin())
    act_a, act_b = activity(a, "kept"), activity(b, "moved")
    follow_b = followup(b)
    before = [service.get(a), service.get(b)]
    result = merge(propose_plan(before, survivor=a))
    change = undo_merge(result.undo_token)
    assert set(change.ids) == {a, b}
    assert [service.get(a), service.get(b)] == before
    assert sorted(service.ids()) == [a, b]
    assert Activity.get_by_id(act_a).contact_id == a
    assert Activity.get_by_id(act_b).contact_id == b
    assert FollowUp.get_by_id(follow_b).contact_id == b
    assert service.ids(query="jp@gmail.com") == [b]


@with_contacts
def test_merge_keeps_the_survivors_activities_and_crm_dates(service: ContactService) -> None:
    a, b = service.create(jonas()), service.create(jonas_twin())
    own = activity(a, "own call")
    Contact.update(last_contacted="2024-01-01", keep_in_touch_days=30).where(
        Contact.id == a
    ).execute()
    Contact.update(last_contacted="2024-03-01", keep_in_touch_days=7).where(
        Contact.id == b
    ).execute()
    merge(MergePlan(a, [b]))
    assert Activity.get_by_id(own).contact_id == a
    row = Contact.get_by_id(a)
    assert (row.last_contacted, row.keep_in_touch_days) == ("2024-03-01", 30)


@with_contacts
def test_merge_takes_the_shortest_keep_in_touch_when_the_survivor_has_none(
    service: ContactService,
) -> None:
    a, b, c = (service.create(ContactData(given="Ann", family=f"Lee{i}")) for i in range(3))
    Contact.update(keep_in_touch_days=30).where(Contact.id == b).execute()
    Contact.update(keep_in_touch_days=14, last_contacted="2024-02-01").where(
        Contact.id == c
    ).execute()
    token = merge(MergePlan(a, [b, c])).undo_token
    row = Contact.get_by_id(a)
    assert (row.last_contacted, row.keep_in_touch_days) == ("2024-02-01", 14)
    undo_merge(token)
    row = Contact.get_by_id(a)
    assert (row.last_contacted, row.keep_in_touch_days) == (None, None)


@with_contacts
def test_undo_twice_is_refused(service: ContactService) -> None:
    a, b = service.create(jonas()), service.create(jonas_twin())
    token = merge(MergePlan(a, [b])).undo_token
    undo_merge(token)
    with pytest.raises(MergeError, match="no longer be undone"):
        undo_merge(token)


@with_contacts
def test_undo_after_the_trash_was_emptied_is_refused(service: ContactService) -> None:
    a, b = service.create(jonas()), service.create(jonas_twin())
    token = merge(MergePlan(a, [b])).undo_token
    service.empty_trash()
    with pytest.raises(MergeError, match="deleted for good"):
        undo_merge(token)
    assert service.get(a) is not None


@with_contacts
@pytest.mark.parametrize(
    ("plan", "message"),
    [
        (MergePlan(1, []), "at least two"),
        (MergePlan(1, [1]), "at least two"),
        (MergePlan(1, [2], {"favourite_colour": 1}), "Unknown fields"),
        (MergePlan(1, [2], {"given": 7}), "not part of this merge"),
        (MergePlan(1, [99]), "no longer exist"),
    ],
)
def test_bad_plans_are_refused_with_a_reason(
    service: ContactService, plan: MergePlan, message: str
) -> None:
    service.create(jonas())
    service.create(jonas_twin())
    with pytest.raises(MergeError, match=message):
        merge(plan)
    assert len(service.ids()) == 2


@with_contacts
def test_a_trashed_contact_cannot_be_merged(service: ContactService) -> None:
    a, b = service.create(jonas()), service.create(jonas_twin())
    service.delete([b])
    with pytest.raises(MergeError, match="Trash"):
        merge(MergePlan(a, [b]))


@with_contacts
def test_only_the_last_merges_stay_undoable(service: ContactService) -> None:
    from rolodex.services.duplicates import merge as merge_module

    tokens = []
    for i in range(merge_module.KEEP_UNDO + 1):
        a = service.create(ContactData(given=f"A{i}"))
        b = service.create(ContactData(given=f"B{i}"))
        tokens.append(merge(MergePlan(a, [b])).undo_token)
    with pytest.raises(MergeError):
        undo_merge(tokens[0])
    undo_merge(tokens[-1])


def test_plan_fields_cover_the_whole_record() -> None:
    names = {f.name for f in fields(ContactData)}
    assert set(SINGLE_FIELDS) | set(LIST_FIELDS) | {"id", "photo_mime"} == names
