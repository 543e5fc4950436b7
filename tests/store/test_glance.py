"""The first page of a book file read before the book is opened (rolodex.store.sqlite.glance):
the same ids, in the same order, with the same columns as the store gives once it is open,
and no page at all for a book that must be opened first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rolodex.db import StoreInfo, close_store
from rolodex.records import Address, ContactData, LabeledValue, Phone
from rolodex.services import prefs
from rolodex.services.contacts import ContactService
from rolodex.services.search import listed_ids
from rolodex.store.sqlite.glance import NAME_ORDER_KEY, first_page

PEOPLE = (
    ("Åse", "Berg", "Nordvik AS", ["Kunder", "VIP"]),
    ("Ona", "Žemaitė", "UAB Šviesa", ["Partneriai"]),
    ("Дмитрий", "Иванов", "", ["Друзья", "Kunder"]),
    ("Kari", "", "", []),
    ("", "Nordmann", "Gone Ltd", []),
    ("Zoë", "Ødegård", "", ["VIP"]),
)


def _fill() -> None:
    service = ContactService()
    for n, (given, family, company, tags) in enumerate(PEOPLE):
        service.save(
            ContactData(
                given=given, family=family, additional="Marie" if n == 0 else "",
                company=company, tags=tags,
                emails=[LabeledValue(f"second{n}@example.org"),
                        LabeledValue(f"first{n}@example.org", pref=True)],
                phones=[Phone(f"+47 4000 00{n:02d}")],
                addresses=[Address(city="Oslo"), Address(city="Vilnius", pref=n % 2 == 0)],
            )
        )  # fmt: skip
    from rolodex.services.companies import CompanyService

    gone = [c.id for c in CompanyService().list_companies() if c.name == "Gone Ltd"]
    CompanyService().delete(gone)  # a trashed company is not shown on the list
    ContactService().delete(ContactService().ids(query="Kari"))  # nor a trashed contact


@pytest.mark.parametrize("family_first", [False, True])
@pytest.mark.parametrize("descending", [False, True])
def test_the_first_page_is_the_stores(book: StoreInfo, family_first: bool, descending: bool) -> None:
    _fill()
    if family_first:
        from rolodex.services.resort import sort_names_by

        sort_names_by(True)
    ids = listed_ids(None, None, sort="name", descending=descending)
    rows = ContactService().rows(list(ids[:3]))
    page = first_page(book.path, descending=descending, rows=3)
    assert page is not None
    assert (page.total, page.ids, page.rows) == (len(ids), list(ids), rows)
    assert page.family_first == family_first and page.descending == descending
    assert rows[0].email.startswith("first")  # the preferred email, as the list shows it


def test_names_come_out_as_they_went_in(book: StoreInfo) -> None:
    _fill()
    page = first_page(book.path, descending=False, rows=10)
    assert page is not None
    names = {r.name for r in page.rows}
    assert {"Åse Marie Berg", "Ona Žemaitė", "Дмитрий Иванов", "Zoë Ødegård"} <= names
    assert "Kari" not in names  # in the Trash
    assert {r.company for r in page.rows} >= {"Nordvik AS", "UAB Šviesa", ""}
    assert "Gone Ltd" not in {r.company for r in page.rows}
    berg = next(r for r in page.rows if r.name == "Åse Marie Berg")
    assert berg.tags == "Kunder, VIP"


def test_the_keys_it_reads_are_the_stores() -> None:
    from rolodex.safety.convert import marker_of

    assert NAME_ORDER_KEY == prefs.NAME_ORDER
    book = Path("/x/book.db")
    assert marker_of(book) == book.with_name(".book.db.conversion")  # as _may_glance looks


def test_no_page_for_a_book_that_must_be_opened_first(book: StoreInfo, tmp_path: Path) -> None:
    path = book.path
    assert first_page(path, descending=False, rows=5) is None  # empty: the greeting
    ContactService().save(ContactData(given="Åse", family="Berg"))
    assert first_page(path, descending=False, rows=5) is not None
    marker = path.with_name(f".{path.name}.conversion")
    marker.write_text("{}")
    assert first_page(path, descending=False, rows=5) is None  # opening finishes it first
    marker.unlink()
    from rolodex.team.users import UserService

    UserService().add("bob", "Bob Builder")
    assert first_page(path, descending=False, rows=5) is None  # a team's file: its filters
    close_store()
    missing, foreign = tmp_path / "none.db", tmp_path / "notes.txt"
    foreign.write_text("not a book")
    assert first_page(missing, descending=False, rows=5) is None
    assert first_page(foreign, descending=False, rows=5) is None


def test_no_page_for_an_older_schema(book: StoreInfo) -> None:
    ContactService().save(ContactData(given="Åse", family="Berg"))
    close_store()
    conn = sqlite3.connect(book.path)
    conn.execute("PRAGMA user_version = 14")
    conn.close()
    assert first_page(book.path, descending=False, rows=5) is None  # the upgrade comes first
