"""The bulk insert an import uses (executemany on SQLite, COPY on PostgreSQL) keeps every value
exactly, hands out ids the database owns (a later insert never collides) and leaves the new
contacts searchable, on both backends."""

from __future__ import annotations

from dataclasses import asdict

from rolodex.records import ContactData, ExtraProperty, LabeledValue, Phone
from rolodex.services.contact_read import load_contacts
from rolodex.services.contact_write import WriteContext, insert_contacts
from rolodex.services.contacts import ContactService
from rolodex.store.transactions import writing

AWKWARD = "tab\there, back\\slash \\N, line\nbreak, \r return, ‘quotes’ \"and\" 'more', Ødegård"
PHOTO = bytes(range(256)) * 4  # every byte value, backslashes and zero bytes included


def _card(i: int) -> ContactData:
    return ContactData(
        given=f"Given{i}",
        display_name=f"Given{i} Shown",
        family="Ødegård" if i % 2 else "Иванов",
        notes=AWKWARD,
        company=AWKWARD if i == 3 else "",
        do_not_mail=i % 3 == 0,
        emails=[LabeledValue(f"p{i}@example.no", "work", True), LabeledValue(f"q{i}@x.lt")],
        phones=[Phone(f"+47 4{i:07d}", "mobile", False)],
        extras=[ExtraProperty("X-THING", AWKWARD, {"TYPE": ["a\tb", "c\\d"]}, "item1")],
        photo=PHOTO if i % 100 == 0 else None,
        photo_mime="image/png" if i % 100 == 0 else "",
    )


def test_a_bulk_insert_keeps_every_value_and_ids_the_database_owns(any_book: str) -> None:
    cards = [_card(i) for i in range(1201)]
    with writing():
        ids = insert_contacts(cards, WriteContext("NO", "en"), batch_id=None)
    assert len(set(ids)) == 1201
    expected = [{**asdict(c), "id": i} for c, i in zip(cards, ids, strict=True)]
    got = [asdict(c) for c in load_contacts(ids)]
    assert got == expected
    later = ContactService().create(ContactData(given="Later"))
    assert later not in ids
    service = ContactService()
    assert len(service.ids("ИВАНОВ")) == 601 and len(service.ids("odegard")) == 1201
    assert service.ids("40000123") == [ids[123]]
