"""Search as you type: words by prefix, case and diacritics ignored, phone digit runs."""

from __future__ import annotations

import pytest

from rolodex.records import Address, ContactData, LabeledValue, Phone
from rolodex.services.contacts import ContactService


@pytest.fixture
def people(any_book) -> dict[str, int]:
    service = ContactService()
    specs = {
        "anna": ContactData(given="Anna", family="Berg", company="Nordlys AS"),
        "annette": ContactData(given="Annette", family="Olsen", notes="Likes sailing"),
        "sarunas": ContactData(given="Šarūnas", family="Jasikevičius", tags=["Krepšinis"]),
        "oystein": ContactData(
            given="Øystein",
            family="Hansen",
            addresses=[Address(city="Tromsø", country="NO")],
            phones=[Phone("+47 (912) 34-567")],
        ),
        "dmitry": ContactData(
            given="Дмитрий", family="Иванов", emails=[LabeledValue("d.ivanov@example.ru")]
        ),
    }
    return {key: service.create(data) for key, data in specs.items()}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ann", {"anna", "annette"}),
        ("ANNA", {"anna"}),
        ("sarunas", {"sarunas"}),
        ("Šarū", {"sarunas"}),
        ("oystein", {"oystein"}),
        ("tromso", {"oystein"}),
        ("дмит", {"dmitry"}),
        ("ДМИТРИЙ ив", {"dmitry"}),
        ("ivanov", {"dmitry"}),
        ("nordlys", {"anna"}),
        ("sailing", {"annette"}),
        ("krepsinis", {"sarunas"}),
        ("91234567", {"oystein"}),
        ("4791234567", {"oystein"}),
        ("+47 912 34 567", {"oystein"}),
        ("3456", {"oystein"}),
        ("5555", set()),
        ("anna zzz", set()),
    ],
)
def test_search_finds_by_any_word_prefix(
    people: dict[str, int], query: str, expected: set[str]
) -> None:
    ids = set(ContactService().ids(query))
    assert ids == {people[k] for k in expected}


def test_empty_query_lists_everyone(people: dict[str, int]) -> None:
    assert len(ContactService().ids("  ")) == len(people)


def test_punctuation_in_query_is_harmless(people: dict[str, int]) -> None:
    assert ContactService().ids('"anna" (*') == [people["anna"]]


def test_limit_returns_first_page_in_name_order(people: dict[str, int]) -> None:
    assert ContactService().ids("ann", limit=1) == [people["anna"]]
