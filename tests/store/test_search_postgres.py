"""Search on a real PostgreSQL book finds what FTS5 finds on a file: folded words, prefixes,
phone fragments, in name order, with a limit."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from rolodex.collation import sort_key
from rolodex.models import Contact
from rolodex.models.base import utc_now
from rolodex.store.postgres.search import PostgresSearch
from rolodex.store.search import IndexRow

PEOPLE = [
    ("Šarūnas Vilkas", ["+370 612 34567"], "Vilniaus energija", "Vilnius"),
    ("Øystein Ødegård", ["+47 915 55 123"], "Fjord AS", "Tromsø"),
    ("Иван Петров", ["+7 495 123-45-67"], "", "Москва"),
    ("Anne-Marie Strauß", ["(030) 1234 5678"], "Straßenbau GmbH", "Berlin"),
    ("Ola Nordmann", [], "", "Oslo"),
]


def add(name: str, phones: Sequence[str] = (), company: str = "", city: str = "") -> IndexRow:
    now = utc_now()
    contact = Contact.create(
        display_name=name, sort_key=sort_key(name, "nb_NO"), created_at=now, updated_at=now
    )
    Contact.update(sortpos=-contact.id).where(Contact.id == contact.id).execute()  # unplaced
    email = name.lower().replace(" ", ".") + "@example.com"
    return IndexRow(contact.id, name, company, [email], [city], ["VIP"], "", phones)


@pytest.fixture
def search(pg_book: str) -> PostgresSearch:
    index = PostgresSearch()
    index.index([add(*person) for person in PEOPLE])
    return index


def names(
    search: PostgresSearch, query: str, *, descending: bool = False, limit: int | None = None
) -> list[str]:
    ids = search.matching_ids(query, descending=descending, limit=limit)
    by_id = {c.id: c.display_name for c in Contact.select()}
    return [by_id[i] for i in ids]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("sarunas", "Šarūnas Vilkas"),
        ("ŠARŪNAS", "Šarūnas Vilkas"),
        ("oystein", "Øystein Ødegård"),
        ("ødegård", "Øystein Ødegård"),
        ("odegard", "Øystein Ødegård"),
        ("иван", "Иван Петров"),
        ("ИВ", "Иван Петров"),
        ("strauss", "Anne-Marie Strauß"),
        ("marie", "Anne-Marie Strauß"),
        ("nordmann", "Ola Nordmann"),  # inside ola.nordmann@example.com
        ("strassenbau", "Anne-Marie Strauß"),
        ("tromso", "Øystein Ødegård"),
    ],
)
def test_folded_words_and_prefixes_are_found(
    search: PostgresSearch, query: str, found: str
) -> None:
    assert names(search, query) == [found]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("12345", "Šarūnas Vilkas"),
        ("612 34", "Šarūnas Vilkas"),
        ("4567", "Иван Петров"),  # 123-45-67
        ("55123", "Øystein Ødegård"),
        ("030 1234", "Anne-Marie Strauß"),
    ],
)
def test_phone_fragments_in_any_formatting(search: PostgresSearch, query: str, found: str) -> None:
    assert found in names(search, query)


def test_a_phone_query_looks_only_at_phone_numbers(search: PostgresSearch) -> None:
    assert names(search, "4567") == ["Anne-Marie Strauß", "Šarūnas Vilkas", "Иван Петров"]
    row = add("Kari Nummer", company="Firma 4567")
    search.index([row])
    assert "Kari Nummer" not in names(search, "4567")
    assert names(search, "firma 4567") == ["Kari Nummer"]


def test_every_word_must_match(search: PostgresSearch) -> None:
    assert names(search, "ola oslo") == ["Ola Nordmann"]
    assert names(search, "ola berlin") == []


def test_results_are_in_name_order_and_limited(search: PostgresSearch) -> None:
    everyone = [
        "Anne-Marie Strauß",
        "Ola Nordmann",
        "Šarūnas Vilkas",
        "Øystein Ødegård",
        "Иван Петров",
    ]  # Norwegian order: Ø after Z, Cyrillic last
    assert names(search, "vip") == everyone
    assert names(search, "") == everyone
    assert names(search, "vip", descending=True) == everyone[::-1]
    assert names(search, "vip", limit=2) == everyone[:2]
    assert names(search, "", descending=True, limit=1) == everyone[-1:]
    assert names(search, "ola", limit=5) == ["Ola Nordmann"]  # fewer than a page


def test_a_page_of_matches_far_down_the_name_order_is_found(search: PostgresSearch) -> None:
    from rolodex.store.postgres.search import HEAD_ROWS_PER_RESULT, PROBE_ROWS_PER_RESULT

    fillers = max(HEAD_ROWS_PER_RESULT, PROBE_ROWS_PER_RESULT) + 10  # more than a probe finds
    search.index([add(f"Ab{i:03d} Filler") for i in range(fillers)])
    search.index([add(f"Яков{i:03d} Поздний") for i in range(fillers)])  # all sort last
    assert names(search, "иван", limit=1) == ["Иван Петров"]  # rare: every match, sorted
    assert names(search, "filler", limit=2) == ["Ab000 Filler", "Ab001 Filler"]  # in the head
    assert names(search, "поздний", limit=2) == ["Яков000 Поздний", "Яков001 Поздний"]  # late
    assert names(search, "поздний", limit=1, descending=True) == [f"Яков{fillers - 1:03d} Поздний"]
    assert names(search, "filler", limit=1, descending=True) == [f"Ab{fillers - 1:03d} Filler"]


def test_a_page_puts_name_matches_first_wherever_they_sort(search: PostgresSearch) -> None:
    from dataclasses import replace

    from rolodex.store.postgres.search import NAMED_HEAD_ROWS_PER_RESULT

    fillers = 2 * NAMED_HEAD_ROWS_PER_RESULT + 10  # more than the head a page of 2 looks at
    search.index(
        [replace(add(f"Aa{i:03d} Filler", city="Nordkapp"), notes="met Nordmann")
         for i in range(fillers)]
    )  # fmt: skip
    search.index([replace(add(f"Zz{i:03d} Nordli"), notes="Vilkas' friend") for i in range(3)])
    search.index([add("Zzz Nord")])
    # Names first although the fillers sort first and match in their city and notes; the
    # word whole first although it sorts last:
    assert names(search, "nord", limit=2) == ["Zzz Nord", "Ola Nordmann"]
    assert names(search, "nordl", limit=2) == ["Zz000 Nordli", "Zz001 Nordli"]
    assert names(search, "nord", limit=1, descending=True) == ["Zzz Nord"]
    # One name match, then the others in name order (the head holds them):
    assert names(search, "nordmann", limit=3) == ["Ola Nordmann", "Aa000 Filler", "Aa001 Filler"]
    # One name match and the other match late in the name order, beyond the head:
    assert names(search, "vilkas", limit=2) == ["Šarūnas Vilkas", "Zz000 Nordli"]
    # A page is the start of the whole list when no name holds a word whole:
    for query in ("nor", "fil", "vil", "zz"):
        everyone = names(search, query)
        assert names(search, query, limit=2) == everyone[:2], query


def kari_nord(search: PostgresSearch) -> None:
    """Name matches of "kari nord" with two, one and no words whole, and one elsewhere."""
    from dataclasses import replace

    search.index([add("Kari Nordmann"), add("Kari Nord"), add("Karianne Nordli")])
    search.index([add("Nord Karisen"), replace(add("Anne Berg", city="Nordkapp"), notes="Kari")])


def test_the_whole_list_puts_name_matches_first_whole_words_before_prefixes(
    search: PostgresSearch,
) -> None:
    """The whole list of a word search (one scan flags its name matches, migration 15) ranks
    as a page does: names with more words whole first, then by name; matches elsewhere last."""
    kari_nord(search)
    assert names(search, "kari nord") == [
        "Kari Nord", "Kari Nordmann", "Nord Karisen", "Karianne Nordli", "Anne Berg",
    ]  # fmt: skip
    assert names(search, "kari nord", descending=True) == [
        "Kari Nord", "Nord Karisen", "Kari Nordmann", "Karianne Nordli", "Anne Berg",
    ]  # fmt: skip
    assert names(search, "nordk") == ["Anne Berg"]  # on no name
    assert names(search, "ola ola") == ["Ola Nordmann"]  # a word twice counts once
    pages_are_the_start_of_the_whole_list(search)


# Whole words in a name that sorts after the page's name-prefix matches ("kari nord": Nord
# Karisen after Karianne Nordli; "nord": Zzz Nord after the Nordli), words twice, no whole word:
PAGED_QUERIES = ("kari nord", "nord kari", "nord", "kari", "kari kari", "ka no", "kar", "no")


def pages_are_the_start_of_the_whole_list(search: PostgresSearch) -> None:
    for query in (*PAGED_QUERIES, "vip", "ber", "nordk"):
        for descending in (False, True):
            every = names(search, query, descending=descending)
            for limit in (*range(1, 7), 50):  # each page is the start of the whole list
                page = names(search, query, descending=descending, limit=limit)
                assert page == every[:limit], (query, descending, limit)


def test_a_page_holds_the_whole_word_names_that_sort_after_its_prefix_matches(
    search: PostgresSearch,
) -> None:
    """Regression: a page ranked only the first name matches in name order, so "kari nord"
    showed Karianne Nordli where the whole list has Nord Karisen (a word whole) first; and
    with a page of fillers before it in the head (or past it), Kari Nord not at all."""
    kari_nord(search)
    assert names(search, "kari nord", limit=3) == ["Kari Nord", "Kari Nordmann", "Nord Karisen"]
    assert names(search, "kari nord", descending=True, limit=1) == ["Kari Nord"]
    assert names(search, "nord", limit=2) == ["Kari Nord", "Nord Karisen"]  # not Kari Nordmann
    from rolodex.store.postgres.search import NAMED_HEAD_ROWS_PER_RESULT

    many = 3 * NAMED_HEAD_ROWS_PER_RESULT  # more name matches than the head of a page holds
    search.index([add(f"Karia{i:03d} Nordaas") for i in range(many)])  # before Nord Karisen
    search.index([add(f"Nordz{i:03d} Karizz") for i in range(many)])  # last; no word whole
    assert names(search, "kari nord", limit=3) == ["Kari Nord", "Kari Nordmann", "Nord Karisen"]
    assert names(search, "kari nord", descending=True, limit=3) == [
        "Kari Nord", "Nord Karisen", "Kari Nordmann",
    ]  # fmt: skip
    pages_are_the_start_of_the_whole_list(search)


def test_the_whole_list_when_the_kept_name_order_cannot_be_used(search: PostgresSearch) -> None:
    """Without the change counter (a server that lost its row) nothing is kept: the server
    sorts, and the list is the same."""
    from rolodex.db import database

    kari_nord(search)
    expected = {d: names(search, "kari nord", descending=d) for d in (False, True)}
    with database.atomic() as transaction:
        database.execute_sql("DELETE FROM change_counter")
        for descending in (False, True):
            assert names(search, "kari nord", descending=descending) == expected[descending]
        assert names(search, "vip") == names(search, "vip", limit=50)
        pages_are_the_start_of_the_whole_list(search)  # the whole-word names sorted by the server
        transaction.rollback()


def test_the_whole_list_reads_each_match_once(pg_book: str) -> None:
    """Regression: the whole list read the matches' rows, then the name matches' again (a
    common prefix's name matches are most of its rows): now one scan flags them. 3,000
    contacts, 100 named "Rarely ...", 100 others of Rareville."""
    from rolodex.db import database

    database.execute_sql(
        "INSERT INTO contact(display_name, sort_key, created_at, updated_at) SELECT 'P' || i,"
        " convert_to(lpad(i::text, 5, '0'), 'UTF8'), 'now', 'now' FROM generate_series(1, 3000) i"
    )
    database.execute_sql(
        "INSERT INTO contact_search(contact_id, sort_key, doc) SELECT id, sort_key,"
        " array_to_tsvector(CASE id %% 30 WHEN 1 THEN ARRAY['rarely', '@rarely']"
        " WHEN 2 THEN ARRAY['p', '@p', 'rareville'] ELSE ARRAY['p', '@p'] END) FROM contact"
    )
    database.execute_sql("VACUUM ANALYZE contact_search")
    search = PostgresSearch()
    search.matching_ids("", descending=False, limit=None)  # the kept name order, read once
    sql = (
        "SELECT seq_tup_read + coalesce(idx_tup_fetch, 0) FROM pg_stat_xact_user_tables"
        " WHERE relname = 'contact_search'"
    )
    with database.atomic():
        before = database.execute_sql(sql).fetchone()[0]
        found = search.matching_ids("rar", descending=True, limit=None)
        read = database.execute_sql(sql).fetchone()[0] - before
    assert len(found) == 200 and found[0] % 30 == 1 and found[-1] % 30 == 2  # names first
    assert read == 200  # the old code read 300


def test_a_rename_moves_the_contact_in_the_order(search: PostgresSearch) -> None:
    ola = Contact.get(Contact.display_name == "Ola Nordmann")
    ola.display_name, ola.sort_key = "Ada Nordmann", sort_key("Ada Nordmann", "nb_NO")
    ola.save()
    assert names(search, "vip")[0] == "Ada Nordmann"


def test_reindexing_replaces_and_removing_forgets(search: PostgresSearch) -> None:
    ola = Contact.get(Contact.display_name == "Ola Nordmann")
    search.index([IndexRow(ola.id, "Ola Nordmann", "", [], ["Bergen"], [], "", [])])
    assert names(search, "oslo") == []
    assert names(search, "bergen") == ["Ola Nordmann"]
    search.remove([ola.id])
    assert names(search, "nordmann") == []


def test_trashed_contacts_are_not_indexed(search: PostgresSearch) -> None:
    row = add("Trine Trash")
    Contact.update(deleted_at=utc_now()).where(Contact.id == row.contact_id).execute()
    search.index([row])
    assert names(search, "trine") == []


def test_text_that_is_no_word_finds_everything(search: PostgresSearch) -> None:
    assert len(names(search, " ... ")) == len(PEOPLE)


QUERIES = [
    "sarunas",
    "ødegård",
    "иван",
    "strauss",
    "marie",
    "ola",
    "vip",
    "example",
    "12345",
    "4567",
    "+47 915",
    "s",
    "an ma",
    "ber",
    "firma",
    "61",
    "",
]


def _results(index: object) -> dict[str, list[str]]:
    by_id = {c.id: c.display_name for c in Contact.select()}
    out = {}
    for query in QUERIES:
        ids = index.matching_ids(query, descending=False, limit=None)  # type: ignore[attr-defined]
        out[query] = [by_id[i] for i in ids]
    return out


def test_both_backends_find_the_same_contacts_in_the_same_order(
    tmp_path: object, pg_book: str
) -> None:
    from rolodex.db import close_store, open_store
    from rolodex.store import open_book
    from rolodex.store.sqlite.search import Fts5Search

    people = [*PEOPLE, ("Kari Nummer", ["+47 22 61 00 00"], "Firma 4567", "Bergen")]
    postgres = PostgresSearch()
    for person in people:
        postgres.index([add(*person)])
    on_server = _results(postgres)
    close_store()
    open_store(tmp_path / "book.db")  # type: ignore[operator]
    fts5 = Fts5Search()
    for person in people:  # one at a time, as the app adds them (each placed among the others)
        fts5.index([add(*person)])
    on_file = _results(fts5)
    close_store()
    open_book(pg_book)
    assert on_server == on_file
    assert on_file["sarunas"] == ["Šarūnas Vilkas"]


def test_a_contact_moved_to_the_trash_leaves_the_index_when_reindexed(
    search: PostgresSearch,
) -> None:
    ola = Contact.get(Contact.display_name == "Ola Nordmann")
    Contact.update(deleted_at=utc_now()).where(Contact.id == ola.id).execute()
    search.index([IndexRow(ola.id, "Ola Nordmann", "", [], [], [], "", [])])
    assert names(search, "nordmann") == []
