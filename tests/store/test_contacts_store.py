"""Contacts in the store on both backends: what the list view asks for (every sort column,
tag and Trash filters with a search), revisions, and the tombstones a purge leaves."""

from __future__ import annotations

import pytest

from rolodex import models as m
from rolodex.records import Address, ContactData, LabeledValue, Phone
from rolodex.services import prefs
from rolodex.services.contacts import ContactService


@pytest.fixture
def trio(any_book: str) -> dict[str, int]:
    prefs.put(prefs.PHONE_REGION, "NO")
    service = ContactService()
    specs = {
        "berg": ContactData(given="Anna", family="Berg", company="Zeta AS", tags=["b", "a"],
                            emails=[LabeledValue("z@x.no")], phones=[Phone("22 00 00 03")],
                            addresses=[Address(city="Tromsø")]),
        "aas": ContactData(given="Anders", family="Aas", company="Alfa AS", tags=["c"],
                           emails=[LabeledValue("a@x.no")], phones=[Phone("22 00 00 01")],
                           addresses=[Address(city="Bergen")]),
        "nils": ContactData(given="Annikken", family="Nilsen"),
    }  # fmt: skip
    return {key: service.create(data) for key, data in specs.items()}


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("name", ["aas", "berg", "nils"]),
        ("company", ["aas", "berg", "nils"]),
        ("email", ["aas", "berg", "nils"]),
        ("phone", ["aas", "berg", "nils"]),
        ("city", ["aas", "berg", "nils"]),
        ("tags", ["berg", "aas", "nils"]),
        ("last_contacted", ["aas", "berg", "nils"]),
    ],
)
def test_every_sort_column_with_empty_values_last(
    trio: dict[str, int], sort: str, expected: list[str]
) -> None:
    service = ContactService()
    wanted = [trio[k] for k in expected]
    if sort == "last_contacted":  # nobody has one: ties fall back to the id
        wanted = sorted(trio.values())
    assert service.ids(sort=sort) == wanted
    if sort == "name":
        assert service.ids(sort=sort, descending=True) == wanted[::-1]
    elif sort != "last_contacted":
        # Descending reverses the values; a contact without one stays last.
        assert service.ids(sort=sort, descending=True) == [*wanted[1::-1], *wanted[2:]]


def test_search_with_a_sort_column_tag_and_limit(trio: dict[str, int]) -> None:
    service = ContactService()
    assert service.ids("ann", sort="company") == [trio["berg"], trio["nils"]]
    assert service.ids("ann", tag="a") == [trio["berg"]]
    assert service.ids("", tag="c", sort="city") == [trio["aas"]]
    assert service.ids("a", sort="email", limit=1) == [trio["aas"]]


def test_trash_lists_and_restore_brings_back_to_search(trio: dict[str, int]) -> None:
    service = ContactService()
    service.delete([trio["berg"]])
    assert service.ids(trash=True) == [trio["berg"]]
    assert service.ids("anna") == []
    assert service.tag_counts() == [("a", 0), ("b", 0), ("c", 1)]
    service.restore([trio["berg"]])
    assert service.ids("anna") == [trio["berg"]]


def test_revision_rises_on_save_trash_and_restore(trio: dict[str, int]) -> None:
    service = ContactService()
    cid = trio["nils"]

    def revision() -> int:
        return int(m.Contact.get_by_id(cid).revision)

    assert revision() == 1
    data = service.get(cid)
    assert data is not None
    data.notes = "changed"
    service.save(data)
    assert revision() == 2
    service.delete([cid])
    service.restore([cid])
    assert revision() == 4


def test_purge_leaves_a_tombstone_per_contact(trio: dict[str, int]) -> None:
    service = ContactService()
    uid = service.get(trio["aas"]).uid  # type: ignore[union-attr]
    service.delete([trio["aas"]])
    change = service.empty_trash()
    assert change.ids == (trio["aas"],)
    assert service.get(trio["aas"]) is None
    (stone,) = m.Tombstone.select()
    assert (stone.entity, stone.uid, stone.revision) == ("contact", uid, 3)
    assert stone.deleted_at
    assert service.stats().contacts == 2


def test_get_many_returns_every_field(any_book: str) -> None:
    from rolodex.records import ExtraProperty, InstantMessage

    service = ContactService()
    data = ContactData(
        prefix="Dr.", given="Ola", additional="J.", family="Nordmann", suffix="jr.",
        display_name="Ola Nordmann", nickname="Olle", company="Fjord AS", department="Salg", job_title="Sjef", role="Eier",
        birthday="1980-02-29", anniversary="2001-06-01", notes="Linje 1\nLinje 2",
        do_not_mail=True, rev="20260101T000000Z",
        emails=[LabeledValue("o@x.no", "work", True), LabeledValue("p@x.no")],
        phones=[Phone("+47 22 33 44 55", "cell", True)],
        addresses=[Address("Gata 1", "3. etg", "Pb 9", "Oslo", "Oslo", "0150", "NO", "home", True)],
        websites=[LabeledValue("https://x.no", "work")],
        ims=[InstantMessage("ola@xmpp.no", "xmpp", "home", True)],
        extras=[ExtraProperty("X-CUSTOM", "v", {"TYPE": ["a"]}, "item1")],
        tags=["Kunder", "VIP"], photo=b"\x89PNG\x00\xff", photo_mime="image/png",
    )  # fmt: skip
    cid = service.create(data)
    (back,) = service.get_many([cid])
    assert back == data
