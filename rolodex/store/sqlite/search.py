"""Search on SQLite: an FTS5 table whose rowid is each live contact's sort position (see
:mod:`rolodex.store.sqlite.sort_positions`), so matches come back in name order and the first
page reads only the first rows of the index.

Indexed text is folded (:mod:`rolodex.textfold`) so case and diacritics never matter; phone
numbers are indexed as every digit suffix of length >= 4 in their own column, so a prefix query
on digits finds any run of 4+ digits of a number in any formatting.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import peewee

from rolodex.db import database
from rolodex.store.search import IndexRow, name_first, parse_query, phone_suffixes
from rolodex.store.sqlite import ranking
from rolodex.store.sqlite.sort_positions import ensure_placed
from rolodex.textfold import fold


def phone_tokens(numbers: Iterable[str]) -> str:
    """All digit suffixes of every number (as typed and in E.164 form), space separated."""
    return " ".join(phone_suffixes(numbers))


def build_match(query: str) -> str | None:
    """The FTS5 MATCH expression for what the user typed, or None for "everything"."""
    terms = parse_query(query)
    if terms is None:
        return None
    if terms.phone_digits:
        return f'phone : "{terms.phone_digits}"*'
    return " AND ".join(f'"{word}"*' for word in terms.words)


class Fts5Search:
    """The SQLite FTS5 search index (of the bound book)."""

    def index(self, rows: Iterable[IndexRow]) -> None:
        """Make the index hold these contacts as they are now (trashed ones are left out)."""
        conn = database.connection()
        items = []
        for row in rows:
            position = row.position if row.position is not None else self._place(conn, row)
            if position is not None:
                items.append(_fts_values(position, row))
        items.sort()  # FTS5 writes rows in rowid order ~2.5x faster than in random order
        conn.executemany(
            "INSERT INTO contact_fts(rowid, name, company, email, city, tags, notes, phone)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            items,
        )

    @staticmethod
    def _place(conn: Any, row: IndexRow) -> int | None:
        state = conn.execute(
            "SELECT sortpos, deleted_at FROM contact WHERE id = ?", (row.contact_id,)
        ).fetchone()
        if state is None or state[1] is not None:
            return None
        if state[0] > 0:
            conn.execute("DELETE FROM contact_fts WHERE rowid = ?", (state[0],))
        return ensure_placed(conn, row.contact_id)

    def remove(self, contact_ids: Sequence[int]) -> None:
        """Take contacts out of the index (Trash, delete); they give up their position."""
        conn = database.connection()
        params = [(i,) for i in contact_ids]
        conn.executemany(
            "DELETE FROM contact_fts WHERE rowid = (SELECT sortpos FROM contact WHERE id = ?)"
            " AND rowid > 0",
            params,
        )
        conn.executemany("UPDATE contact SET sortpos = -id WHERE id = ?", params)

    def matching(self, query: str) -> peewee.Node | None:
        """A condition on ``contact`` for "matches the query" (None: everything), for the
        store's own queries (filtered, sorted by another column)."""
        from rolodex.models import Contact

        expression = build_match(query)
        if expression is None:
            return None
        fts = peewee.SQL("(SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)", [expression])
        return Contact.sortpos.in_(fts)

    def matching_ids(self, query: str, *, descending: bool, limit: int | None) -> list[int]:
        """Ids of matching live contacts in name order (the index's own order), those that
        match on the name first (:func:`~rolodex.store.search.name_first`)."""
        expression = build_match(query)
        if expression is None:
            return ranking.all_in_name_order(descending=descending, limit=limit)
        order = " DESC" if descending else ""
        tail = f" LIMIT {int(limit)}" if limit is not None else ""
        terms = parse_query(query)
        if terms is None or not terms.words:  # a phone number: no names to rank by
            return _ids(expression, order, tail)
        return _names_first(expression, terms.words, order, tail, limit)

    def listing(self, query: str, *, descending: bool) -> Sequence[int]:
        """The matches (all live contacts for an empty query) in name order, read lazily:
        their count and first rows at once, the rest on first use. At a million contacts the
        count and first page take a third of the time of reading every match."""
        expression = build_match(query)
        if expression is None:
            return ranking.name_order(descending=descending)
        terms = parse_query(query)
        if terms is not None and terms.words:  # ranked names first; the head is the list's start

            def ranked() -> list[int]:
                return self.matching_ids(query, descending=descending, limit=None)

            head = self.matching_ids(query, descending=descending, limit=ranking.HEAD)
            conn = database.connection()
            total = int(conn.execute(_MATCH_COUNT, (expression,)).fetchone()[0])
            return ranking.LazyIds(total, head, ranked)
        order = " DESC" if descending else ""
        sql = _MATCHING_IDS.replace("SELECT c.id", f"SELECT c.id, ({_MATCH_COUNT})", 1)
        params = (expression, expression, ranking.HEAD)
        rows = database.connection().execute(sql + order + " LIMIT ?", params).fetchall()

        def every() -> list[int]:
            return self.matching_ids(query, descending=descending, limit=None)

        return ranking.LazyIds(int(rows[0][1]) if rows else 0, [r[0] for r in rows], every)


_MATCHING_IDS = (
    "SELECT c.id FROM contact_fts f JOIN contact c INDEXED BY contact_live_order"
    " ON c.deleted_at IS NULL AND c.sortpos = f.rowid WHERE contact_fts MATCH ? ORDER BY f.rowid"
)
_MATCH_COUNT = "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH ?"


def _ids(expression: str, order: str = "", tail: str = "") -> list[int]:
    """Ids of the live contacts matching ``expression``, in name order (``order``: " DESC")."""
    conn = database.connection()
    if not ranking.maps_positions():  # a big book: the join, not a dict of every position
        return _column(conn, _MATCHING_IDS + order + tail, expression)
    sql = "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? ORDER BY rowid" + order
    return ranking.ids_at(_column(conn, sql + tail, expression))


def _column(conn: Any, sql: str, expression: str) -> list[int]:
    """The first column of ``sql``'s rows, in their order, as one JSON array: the matches of
    a common prefix are tens of thousands of rows, and handing each to Python as a row cost
    2-3x what SQLite spends finding them (bench_search.py: "co" at 100,000 contacts, 37,299
    matches). The ORDER BY inside keeps the aggregate's input in order (SQLite does not
    flatten an ordered subquery into an aggregate)."""
    sql = f"WITH t(x) AS ({sql}) SELECT json_group_array(x) FROM t"
    (text,) = conn.execute(sql, (expression,)).fetchone()
    ids: list[int] = json.loads(text)
    return ids


def _names_first(
    expression: str, words: Sequence[str], order: str, tail: str, limit: int | None
) -> list[int]:
    """Matching ids, name matches first. The name matches are read first (limited like the
    page): when they fill the page, that is the page, and the whole match is never read; when
    fewer, they are all of them, and the rest are the matches that are not on the name
    (FTS5's NOT: SQLite sets them apart, not Python). Measured (bench_search.py, 100,000
    contacts, old and new code in turn at load average 7 on 2 cores): the full list's CPU
    p95 15.9 -> 9.9-10.6 ms (2.6x -> 1.8x the bare FTS5 query's), the first page as it was."""
    named = f"name : ({expression})"
    on_name = _ids(named, order, tail)
    rest: list[int] = []
    if limit is None:
        rest = _ids(f"({expression}) NOT ({named})", order) if on_name else _ids(expression, order)
    elif len(on_name) < limit:
        named_ids = set(on_name)
        rest = [x for x in _ids(expression, order, tail) if x not in named_ids]
    distinct = list(dict.fromkeys(words))
    whole = [set(_ids(f'name : "{w}"')) for w in distinct] if on_name else []
    if limit is not None and len(on_name) == limit and whole:
        # The page is full of name matches: add those holding a word whole from anywhere in
        # the name order, so the page is exactly the start of the whole ranked list.
        quoted = " OR ".join(f'"{w}"' for w in distinct)
        scored = _ids(f"{named} AND name : ({quoted})", order)
        on_name = list(dict.fromkeys(scored + on_name))
    return (name_first(on_name, on_name, whole) + rest)[:limit]


def _fts_values(position: int, row: IndexRow) -> tuple[int, str, str, str, str, str, str, str]:
    return (
        position,
        fold(row.name),
        fold(row.company),
        fold(" ".join(row.emails)),
        fold(" ".join(row.cities)),
        fold(" ".join(row.tags)),
        fold(row.notes),
        phone_tokens(row.phones),
    )
