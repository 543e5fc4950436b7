"""Search puts name matches first (issue 12, item 17): "kari nord" finds Kari Nordmann first,
then other names holding both words, then contacts that match only in their email, notes or
city; each group in name order. On SQLite and on PostgreSQL."""

from __future__ import annotations

from rolodex.records import Address, ContactData, LabeledValue
from rolodex.services.contacts import ContactService


def add(given: str, family: str, **extra: object) -> int:
    return ContactService().create(ContactData(given=given, family=family, **extra))  # type: ignore[arg-type]


def names(query: str, limit: int | None = None) -> list[str]:
    service = ContactService()
    ids = service.ids(query, limit=limit)
    return [row.name for row in service.rows(ids)]


def book_of_karis() -> None:
    add("Anne", "Berg", notes="Kari called", addresses=[Address(city="Nordkapp")])
    add("Agnes", "Dahl", emails=[LabeledValue("kari.nordli@example.no")])
    add("Bente", "Karisen", notes="Moved north: Nordland")
    add("Karianne", "Nordby")
    add("Kari", "Nordmann")
    add("Ola", "Hansen")


def test_kari_nord_puts_kari_nordmann_first(any_book: str) -> None:
    book_of_karis()
    assert names("kari nord") == [
        "Kari Nordmann", "Karianne Nordby", "Agnes Dahl", "Anne Berg", "Bente Karisen",
    ]  # fmt: skip
    assert names("kari nord", limit=3) == ["Kari Nordmann", "Karianne Nordby", "Agnes Dahl"]


def test_one_word_ranks_names_first_and_keeps_name_order(any_book: str) -> None:
    book_of_karis()
    assert names("nord") == ["Kari Nordmann", "Karianne Nordby", "Agnes Dahl", "Anne Berg",
                             "Bente Karisen"]  # fmt: skip
    assert names("nord", limit=1) == ["Kari Nordmann"]
    assert names("hansen") == ["Ola Hansen"]
    assert names("") == ["Agnes Dahl", "Anne Berg", "Bente Karisen", "Kari Nordmann",
                         "Karianne Nordby", "Ola Hansen"]  # fmt: skip


def test_family_given_order_sorts_and_shows_names_family_first(any_book: str) -> None:
    from rolodex.services import prefs
    from rolodex.services.resort import sort_names_by

    prefs.put(prefs.COLLATION, "nb_NO")  # Ø after Z
    add("Kari", "Nordmann")
    add("Anne", "Østby")
    add("Ola", "Berg")
    add("Per", "")  # a given name only: shown as it is
    sort_names_by(True)
    assert names("") == ["Berg, Ola", "Nordmann, Kari", "Per", "Østby, Anne"]
    cid = add("Zacharias", "Abel")  # a new contact sorts by family name too
    assert names("")[0] == "Abel, Zacharias" and ContactService().ids()[0] == cid
    sort_names_by(False)
    assert names("") == ["Anne Østby", "Kari Nordmann", "Ola Berg", "Per", "Zacharias Abel"]
