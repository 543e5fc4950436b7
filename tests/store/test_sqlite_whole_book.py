"""The whole book in name order as the contact list gets it on a file: read lazily (count and
first page at once, the rest on first use), yet the same ids in the same order as the eager
list, and never stale after a change."""

from __future__ import annotations

import sqlite3

import pytest

from rolodex.db import database
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.services.search import listed_ids
from rolodex.store.contacts_write import WriteContext, insert_contacts
from rolodex.store.sqlite import ranking
from rolodex.store.transactions import writing

MORE_THAN_HEAD = ranking.HEAD + 150


@pytest.fixture
def big_book(book) -> list[int]:
    """More contacts than a lazy list reads at once, inserted in scrambled name order."""
    people = [
        ContactData(given=f"Person{(i * 7919) % MORE_THAN_HEAD:05d}", family="Berg")
        for i in range(MORE_THAN_HEAD)
    ]
    with writing():
        insert_contacts(people, WriteContext("NO", "nb_NO"))
    return ContactService().ids()


@pytest.mark.parametrize("descending", [False, True])
def test_lazy_whole_book_lists_the_same_ids_in_the_same_order(big_book, descending) -> None:
    eager = ContactService().ids(descending=descending)
    lazy = listed_ids(None, None, descending=descending)
    assert len(lazy) == len(eager) == MORE_THAN_HEAD
    assert lazy[:50] == eager[:50]  # the first page, before anything else is read
    assert lazy[0] == eager[0] and lazy[-1] == eager[-1]
    assert (
        lazy[ranking.HEAD - 10 : ranking.HEAD + 10] == eager[ranking.HEAD - 10 : ranking.HEAD + 10]
    )
    assert lazy.index(eager[ranking.HEAD + 5]) == ranking.HEAD + 5
    assert list(lazy) == eager and lazy == eager


def test_first_page_and_count_come_without_reading_every_id(big_book) -> None:
    ContactService().create(ContactData(given="Aaron", family="Aas"))  # the ranks are stale now
    lazy = listed_ids("", None)
    assert len(lazy) == MORE_THAN_HEAD + 1
    assert ranking._ranks().ordered is None  # count and first page alone
    names = [row.name for row in ContactService().rows(lazy[:2])]
    assert names == ["Aaron Aas", "Person00000 Berg"]


def test_finding_a_contact_of_the_first_page_reads_no_more(big_book) -> None:
    """The window selects its first contact's row just after the first frame."""
    eager = ContactService().ids()
    ContactService().create(ContactData(given="Aaron", family="Aas"))  # the ranks are stale now
    lazy = listed_ids("", None)
    first = lazy[0]
    assert lazy.index(first) == 0 and first in lazy and lazy.index(eager[3]) == 4
    assert isinstance(lazy, ranking.LazyIds) and lazy._all is None  # the head alone
    assert ranking._ranks().ordered is None
    assert lazy.index(eager[-1]) == len(eager)  # beyond the head: all of them, then found
    assert lazy._all is not None and 12345678 not in lazy


def test_a_new_contact_shows_in_the_next_list(big_book) -> None:
    before = listed_ids("", None)
    assert len(list(before)) == MORE_THAN_HEAD  # ranks read in full
    new = ContactService().create(ContactData(given="Zelda", family="Zorn"))
    after = listed_ids("", None)
    assert len(after) == MORE_THAN_HEAD + 1 and after[-1] == new and new in after


def test_another_connection_committing_is_seen(book, tmp_path) -> None:
    service = ContactService()
    first = service.create(ContactData(given="Anna", family="Berg"))
    assert list(listed_ids("", None)) == [first]
    other = sqlite3.connect(tmp_path / "book.db")
    other.execute("UPDATE contact SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = ?", (first,))
    other.commit()
    other.close()
    assert list(listed_ids("", None)) == [] and len(listed_ids("", None)) == 0


def test_search_filter_tag_and_trash_lists_are_the_eager_ones(big_book) -> None:
    service = ContactService()
    trashed = big_book[3]
    service.delete([trashed])
    assert listed_ids("person0001", None) == service.ids("person0001")
    assert listed_ids(None, None, trash=True) == [trashed]
    assert listed_ids(None, None, sort="company") == service.ids(sort="company")
    assert trashed not in listed_ids("  ", None)  # blank query: the whole book, lazily


def test_search_after_the_whole_book_was_read_maps_positions(big_book) -> None:
    assert list(listed_ids("", None)) == big_book
    found = ContactService().ids("person00007")
    assert found == [big_book[7]]
    conn = database.connection()
    assert conn.execute("SELECT count(*) FROM contact_fts").fetchone()[0] == MORE_THAN_HEAD


@pytest.mark.parametrize("map_limit", [ranking.MAP_LIMIT, 0])  # positions mapped in memory, in SQL
@pytest.mark.parametrize("descending", [False, True])
def test_searches_list_the_same_lazily_in_full_and_by_page(
    big_book, monkeypatch, map_limit, descending
) -> None:
    monkeypatch.setattr(ranking, "MAP_LIMIT", map_limit)
    service = ContactService()
    service.delete([big_book[1]])
    for query in ("person", "person0001", "berg person00", "nobody"):
        eager = service.ids(query, descending=descending)
        lazy = listed_ids(query, None, descending=descending)
        assert len(lazy) == len(eager) and lazy[:50] == eager[:50]
        assert service.ids(query, descending=descending, limit=50) == eager[:50]
        assert lazy == eager
    everyone = service.ids("person")
    assert len(everyone) == MORE_THAN_HEAD - 1 and big_book[1] not in everyone
    assert everyone == [i for i in big_book if i != big_book[1]]


@pytest.mark.parametrize("descending", [False, True])
def test_a_word_search_is_lazy_and_its_start_is_the_ranked_lists(book, descending) -> None:
    """More name matches than a lazy list reads at once, and a contact holding the word whole
    far down the name order: ranked first in the head as in the whole list."""
    people = [ContactData(given=f"Annabel{i:05d}", family="Berg") for i in range(MORE_THAN_HEAD)]
    people.append(ContactData(given="Zoe", family="Anna"))
    with writing():
        insert_contacts(people, WriteContext("NO", "nb_NO"))
    lazy = listed_ids("anna", None, descending=descending)
    head = lazy[: ranking.HEAD]
    assert isinstance(lazy, ranking.LazyIds) and lazy._all is None  # count and head alone
    assert ContactService().rows(head[:1])[0].name == "Zoe Anna"  # the whole word first
    eager = ContactService().ids("anna", None, descending=descending)
    assert len(lazy) == len(eager) == MORE_THAN_HEAD + 1
    assert head == eager[: ranking.HEAD]
    assert list(lazy) == eager
