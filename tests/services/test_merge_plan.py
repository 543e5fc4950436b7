"""The merge plan: which fields differ, which contact survives by default, how lists union."""

from __future__ import annotations

from rolodex.records import Address, ContactData, LabeledValue, Phone
from rolodex.services.duplicates.merge_plan import (
    MergePlan,
    differing_fields,
    merged_contact,
    propose_plan,
    union,
)


def test_differing_fields_ignore_empty_values_and_whitespace() -> None:
    a = ContactData(id=1, given="Kari", family="Nordmann", job_title="CEO", notes="")
    b = ContactData(id=2, given="Kari ", family="Nordmann", job_title="Sjef", notes="VIP")
    assert differing_fields([a, b]) == ["job_title"]


def test_richest_contact_survives_and_empty_fields_are_filled() -> None:
    thin = ContactData(id=1, given="Kari")
    rich = ContactData(
        id=2, given="Kari", family="Nordmann", emails=[LabeledValue("kari@example.no")]
    )
    plan = propose_plan([thin, rich])
    assert (plan.survivor, plan.others) == (2, [1])
    thin.notes = "from the thin one"
    merged = merged_contact(propose_plan([thin, rich]), [thin, rich])
    assert merged.id == 2
    assert merged.notes == "from the thin one"


def test_union_treats_reformatted_values_as_the_same() -> None:
    phones = union(
        "phones",
        [[Phone("+47 22 33 44 55", e164="+4722334455")], [Phone("22334455", e164="+4722334455")]],
    )
    assert [p.value for p in phones] == ["+47 22 33 44 55"]
    addresses = union(
        "addresses",
        [
            [Address(street="Storgata 1", city="Tromsø")],
            [Address(street="storgata  1", city="TROMSØ")],
        ],
    )
    assert len(addresses) == 1
    assert union("tags", [["Kunder"], ["kunder", "VIP"]]) == ["Kunder", "VIP"]


def test_chosen_values_come_from_the_chosen_contact() -> None:
    a = ContactData(id=1, given="Дмитрий", photo=b"a", photo_mime="image/png")
    b = ContactData(id=2, given="Dmitry", photo=b"b", photo_mime="image/jpeg")
    merged = merged_contact(MergePlan(1, [2], {"given": 2, "photo": 2}), [a, b])
    assert (merged.given, merged.photo, merged.photo_mime) == ("Dmitry", b"b", "image/jpeg")
