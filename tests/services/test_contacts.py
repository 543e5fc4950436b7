"""The contact service on a real book (an SQLite file, then a PostgreSQL database): saving,
reloading, trash, tags, conflicts, sort."""

from __future__ import annotations

from rolodex.records import Address, ContactData, InstantMessage, LabeledValue, Phone
from rolodex.services import prefs
from rolodex.services.contacts import ContactService

NAMES = [
    ("Øystein", "Særø-Åsheim"),
    ("Šarūnas", "Jasikevičius-Žąsinas"),
    ("Дмитрий", "Иванов-Ёлкин"),
]


def full_contact(given: str, family: str) -> ContactData:
    return ContactData(
        prefix="Dr.",
        given=given,
        family=family,
        nickname="Nick",
        company="Fjord & Søn AS",
        department="Salg",
        job_title="Sjef",
        birthday="1980-02-29",
        notes="Møtt på messe\nlinje 2",
        emails=[LabeledValue("a@example.no", "work", True), LabeledValue("b@example.no", "home")],
        phones=[Phone("+47 22 33 44 55", "work", True), Phone("912 34 567", "mobile")],
        addresses=[Address("Karl Johans gate 1", "", "", "Oslo", "", "0154", "NO", "work", True)],
        websites=[LabeledValue("https://example.no", "work")],
        ims=[InstantMessage("oy.hansen", "skype", "work")],
        tags=["Kunder", "Messe 2026"],
        do_not_mail=True,
        photo=b"\x89PNG fake",
        photo_mime="image/png",
    )


def test_names_in_three_scripts_survive_save_and_reload_exactly(any_book) -> None:
    service = ContactService()
    for given, family in NAMES:
        original = full_contact(given, family)
        new_id = service.create(original)
        loaded = service.get(new_id)
        assert loaded is not None
        assert (loaded.given, loaded.family) == (given, family)
        assert loaded.full_name() == f"Dr. {given} {family}"
        assert loaded.notes == original.notes
        assert [e.value for e in loaded.emails] == ["a@example.no", "b@example.no"]
        assert loaded.phones[0].e164 == "+4722334455"
        assert loaded.addresses == original.addresses
        assert loaded.ims == original.ims
        assert sorted(loaded.tags) == ["Kunder", "Messe 2026"]
        assert loaded.photo == b"\x89PNG fake" and loaded.do_not_mail


def test_update_replaces_children_and_keeps_id(any_book) -> None:
    service = ContactService()
    cid = service.create(full_contact("Anna", "Berg"))
    data = service.get(cid)
    assert data is not None
    data.emails = [LabeledValue("new@example.com")]
    data.tags = ["VIP"]
    change = service.save(data)
    assert change.kind == "updated" and change.ids == (cid,)
    again = service.get(cid)
    assert again is not None
    assert [e.value for e in again.emails] == ["new@example.com"]
    assert again.tags == ["VIP"]
    assert service.ids("new") == [cid]


def test_company_is_shared_between_people(any_book) -> None:
    service = ContactService()
    service.create(ContactData(given="A", company="Acme"))
    service.create(ContactData(given="B", company="ACME"))
    assert service.stats().companies == 1


def test_delete_goes_to_trash_and_restores(any_book) -> None:
    service = ContactService()
    keep = service.create(ContactData(given="Keep"))
    gone = service.create(ContactData(given="Gone", tags=["T"]))
    service.delete([gone])
    assert service.ids() == [keep]
    assert service.ids(trash=True) == [gone]
    assert service.ids("gone") == []
    assert dict(service.tag_counts())["T"] == 0
    assert service.live_and_trashed() == (1, 1)  # the sidebar's All contacts and Trash
    service.restore([gone])
    assert set(service.ids()) == {keep, gone}
    assert service.ids("gone") == [gone]
    assert dict(service.tag_counts())["T"] == 1
    assert service.live_and_trashed() == (2, 0)


def test_empty_trash_deletes_for_good(any_book) -> None:
    service = ContactService()
    cid = service.create(ContactData(given="Temp", emails=[LabeledValue("t@x.io")]))
    service.delete([cid])
    service.empty_trash()
    assert service.ids(trash=True) == []
    assert service.get(cid) is None


def test_conflicts_on_email_and_normalised_phone(any_book) -> None:
    prefs.put(prefs.PHONE_REGION, "NO")
    service = ContactService()
    first = service.create(
        ContactData(
            given="Kari", emails=[LabeledValue("Kari@Example.no")], phones=[Phone("22334455")]
        )
    )
    twin = ContactData(given="K", emails=[LabeledValue("kari@example.no")])
    assert [c.contact_id for c in service.conflicts(twin)] == [first]
    caller = ContactData(given="X", phones=[Phone("+47 22 33 44 55")])
    assert [c.reason for c in service.conflicts(caller)] == ["phone 22334455"]
    saved = service.get(first)
    assert saved is not None and service.conflicts(saved) == []


def names_in_order(service: ContactService, **kw: object) -> list[str]:
    return [r.name for r in service.rows(service.ids(**kw))]  # type: ignore[arg-type]


def test_norwegian_and_lithuanian_orders(tmp_path) -> None:
    from rolodex.db import close_store, open_store

    for locale_name, expected in [
        ("nb_NO", ["Olav", "Šarūnas", "Szabo", "Tomas", "Zeta", "Øystein"]),
        # Lithuanian sorts y as i, so "Øystein" reads "oistein" and comes before "Olav".
        ("lt_LT", ["Øystein", "Olav", "Szabo", "Šarūnas", "Tomas", "Zeta"]),
    ]:
        open_store(tmp_path / f"{locale_name}.db")
        prefs.put(prefs.COLLATION, locale_name)
        service = ContactService()
        for name in ["Øystein", "Zeta", "Olav", "Šarūnas", "Szabo", "Tomas"]:
            service.create(ContactData(given=name))
        assert names_in_order(service) == expected
        assert names_in_order(service, descending=True) == expected[::-1]
        close_store()


def test_list_rows_show_preferred_values(any_book) -> None:
    service = ContactService()
    cid = service.create(full_contact("Anna", "Berg"))
    (row,) = service.rows([cid])
    assert (row.name, row.company, row.email, row.city) == (
        "Dr. Anna Berg", "Fjord & Søn AS", "a@example.no", "Oslo",
    )  # fmt: skip
    assert row.tags == "Kunder, Messe 2026"


def test_tag_filter_and_counts(any_book) -> None:
    service = ContactService()
    a = service.create(ContactData(given="A", tags=["Kunder"]))
    service.create(ContactData(given="B", tags=["Leverandør"]))
    assert service.ids(tag="Kunder") == [a]
    assert service.tag_counts() == [("Kunder", 1), ("Leverandør", 1)]


def test_a_batch_shares_companies_by_name_with_the_book(any_book) -> None:
    from rolodex.db import database
    from rolodex.services.contact_write import WriteContext, insert_contacts

    service = ContactService()
    first = service.create(ContactData(given="A", company="Žalgiris"))
    batch = [ContactData(given=g, company=c) for g, c in
             [("B", "ŽALGIRIS"), ("C", " žalgiris "), ("D", "Rytas"), ("E", "rytas")]]  # fmt: skip
    with database.atomic():
        insert_contacts(batch, WriteContext("LT", "lt_LT"))
    assert service.stats().companies == 2
    rows = service.rows(service.ids(sort="company"))
    assert {r.company for r in rows} == {"Žalgiris", "Rytas"}
    assert service.get(first).company == "Žalgiris"  # type: ignore[union-attr]
