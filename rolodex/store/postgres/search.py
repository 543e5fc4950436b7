"""Search on PostgreSQL: a ``tsvector`` of each live contact's words, a GIN index, prefix queries.

The words are folded and split in Python (:mod:`rolodex.store.search`), exactly as for SQLite's
FTS5, and stored with ``array_to_tsvector`` (no text-search parser, dictionary or ``unaccent``:
PostgreSQL's parser would keep ``ola.nordmann@example.com`` as one token, where FTS5 finds
"nordmann"). A query becomes a tsquery of quoted prefixes (``'sarun':* & 'vil':*``) cast
directly, so it is not re-parsed either. Phone suffixes are stored twice: plain, as FTS5's word
queries see them, and marked ``#`` for phone queries, which FTS5 limits to the phone column.

Matches come back in name order from ``contact_search`` alone: it holds a copy of each
contact's sort key (kept in step by a trigger, migration 1), ordered bytewise like SQLite's
BLOBs, so a page needs no join. Raw SQL lives here because it is the backend module, and the
query shapes are chosen by measurement (below).

Every statement driven by the text match asks the functions of migrations 14 and 15
(``rolodex_search_ids``, ``rolodex_search_first``, ``rolodex_search_flagged``): under
row-level security the server checks the policy before the match operator (it is not
leakproof), so a colleague's search scanned every row; the functions run as the book's owner
and apply the policy's rule to the session's login themselves (bench_rls.py, 100,000 contacts:
an editor's whole sorted list median / p95 275 / 413 -> 7.5 / 26 ms, the owner's 6.7 / 37 ->
7.1 / 33; migration 14). The statements bounded by the name order (the head) or by ids read
the table, under its policy.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import peewee

from rolodex.db import database
from rolodex.store.postgres import ranking
from rolodex.store.search import (
    IndexRow,
    Terms,
    name_first,
    parse_query,
    phone_suffixes,
    text_words,
    words_of,
)

BATCH = 5000
PHONE_MARK = "#"
NAME_MARK = "@"  # the name's words again, marked: name matches rank first (issue 12)
MAX_WORD = 255  # characters; PostgreSQL refuses lexemes over 2047 bytes

_DELETE = "DELETE FROM contact_search WHERE contact_id = ANY(%s::bigint[])"
# An upsert, not delete + insert: two clients re-indexing one contact at once must not collide.
_UPSERT = (
    "INSERT INTO contact_search(contact_id, sort_key, doc)"
    " SELECT c.id, c.sort_key, array_to_tsvector(string_to_array(r.words, ' '))"
    " FROM unnest(%s::bigint[], %s::text[]) AS r(id, words)"
    " JOIN contact c ON c.id = r.id WHERE c.deleted_at IS NULL"
    " ON CONFLICT (contact_id) DO UPDATE SET sort_key = EXCLUDED.sort_key, doc = EXCLUDED.doc"
)
_DROP_TRASHED = (
    "DELETE FROM contact_search s USING contact c WHERE c.id = s.contact_id"
    " AND s.contact_id = ANY(%s::bigint[]) AND c.deleted_at IS NOT NULL"
)
# Everyone, in name order, is held in memory and read again only when the book changed
# (:mod:`rolodex.store.postgres.ranking`): reading it from the index's own copy of the sort keys
# cost 1,249 ms p95 at 100,000 contacts on the loaded test machine, every time; 17 ms with it.
# A search asks the GIN index for its matches (no order, as one array: cheaper to fetch than
# rows) with the change counter beside them, and sorts them by the kept name order in Python:
# 1.97x the bare query against 2.91x for the server sorting them (bench_pg_search.py).
_MATCHED = "rolodex_search_ids(%s::tsquery, NULL)"  # as one array
# A page: first ask for up to PROBE_ROWS_PER_RESULT matches a row; fewer than that is all of
# them, sorted as above. More: the prefix is common, so look for the page among the first rows
# in name order (most often it is there); failing that, the matches are late (Cyrillic names
# sort last in Norwegian): take them all. At 100,000 contacts (same run, loaded machine) p95 /
# median 33-43 / 7-12 ms, against 36-84 / 19-44 for the head first and 45-95 / 8-20 for every
# match first. The planner cannot choose among these: it assumes matches are spread evenly,
# and scanning 75,000 rows in name order for a Cyrillic prefix took 470 ms.
_MATCHED_UP_TO = "rolodex_search_ids(%s::tsquery, {n})"
PROBE_ROWS_PER_RESULT = 60
_HEAD = (
    "SELECT contact_id FROM (SELECT contact_id, sort_key, doc FROM contact_search"
    " ORDER BY sort_key{d}, contact_id{d} LIMIT %s) AS head"
    " WHERE doc @@ %s::tsquery ORDER BY sort_key{d}, contact_id{d} LIMIT %s"
)
HEAD_ROWS_PER_RESULT = 40
# A page of a word search (names first, issue 12; a phone query takes the probe above): the
# first NAMED_HEAD_ROWS_PER_RESULT rows a result of the name order, each match there flagged
# when on the name, with the change counter and, per word of the query, the name matches
# holding it whole (that word's exact entry in the GIN index: few rows, from anywhere in the
# name order, for they rank first), in one statement: a common prefix has its page of names
# there. Failing that, the first name matches of all, sorted by the server (a top-N of the GIN
# index's matches, materialized so the planner does not walk the order index for them); the
# other matches only when there are fewer names than a page. The whole-word matches are
# sorted by the kept name order (by the server when it is out of date). The GIN scans of the
# probe were the page's tail: a common prefix's bitmap heap scan visits most of the table.
# At 100,000 contacts (bench_pg_search.py, old and new code in turn, load average 5.5 on 2
# cores) p95 43-56 -> 23-24 ms (6.0x -> 2.4-2.6x the bare page query), client CPU 4.9-5.1 ->
# 1.0-1.1 ms; 8.7 ms at load 2.8. A longer head (40 a row, or read on when it held a few
# names) measured no better: it costs every query whose page is not there. The whole-word sets
# (the page ranked only the first name matches, missing a name holding a word whole that sorts
# later) cost nothing measurable: bench_pg_search.py --repeat 2, old and new code in turn, load
# 3.0-3.4, p95 8.5-11.9 -> 6.5-10.1 ms (median 2.9-3.4 -> 2.3-3.7); old and new alternating on
# each query 6.8 / 9.1 -> 6.5 / 8.9. Of 2,800 pages of the benchmark's 200 queries (both ways,
# 1-50 rows) 83 differed from the whole list's start (12 queries: "Dan", "Hans", "Jo"...); none.
_HEAD_FLAGGED = (
    "ARRAY(SELECT ARRAY[contact_id, (doc @@ %s::tsquery)::int] FROM (SELECT contact_id,"
    " sort_key, doc FROM contact_search ORDER BY sort_key{d}, contact_id{d} LIMIT %s) AS head"
    " WHERE doc @@ %s::tsquery ORDER BY sort_key{d}, contact_id{d})"
)
NAMED_HEAD_ROWS_PER_RESULT = 20
_BY_NAME = (
    "SELECT ARRAY(SELECT contact_id FROM contact_search WHERE contact_id = ANY(%s::bigint[])"
    " ORDER BY sort_key{d}, contact_id{d})"
)
# When the counter moved between reading the matches and the name order (or a server has lost
# its counter row), the server sorts (rolodex_search_first: on the GIN index's matches).
_MATCH_SORTED = "SELECT unnest(rolodex_search_first(%s::tsquery, %s::integer, %s::boolean))"
_MATCHING = "SELECT unnest(rolodex_search_ids(%s::tsquery, NULL))"
# The whole list of a word search (names first, issue 12): every match, those on the name as
# ~id (migration 15: one GIN scan), and per word of the query the name matches holding it
# whole (the word's GIN entry intersected with the name match's: few rows), with the change
# counter, in one statement; Python splits the name matches off and sorts each part by the
# kept name order. It was three to four statements: every match, then the name matches again
# (a second bitmap heap scan over most of the first one's rows, and a second sort), then each
# word's whole set, then name_first over all of them. At 100,000 contacts (bench_pg_search.py's
# queries, old and new code in turn on each query, load 1.5-1.9 on 2 shared cores) p95 38-70 ->
# 28-56 ms, 1.9x -> 1.4-1.55x the bare match (descending 2.2-2.4x -> 1.5-1.7x), median 4.8-7.7
# -> 3.0-3.8, client CPU p95 12-15 -> 6-7.
_FLAGGED = "rolodex_search_flagged(%s::tsquery, %s::tsquery)"
TRIES = 3


def lexemes(row: IndexRow) -> list[str]:
    """What one contact is found by: its words, its phone suffixes plain and marked."""
    phones = phone_suffixes(row.phones)
    words = [w[:MAX_WORD] for w in text_words(row)]
    named = [NAME_MARK + w[:MAX_WORD] for w in words_of(row.name)]
    return list(dict.fromkeys([*words, *named, *phones, *(PHONE_MARK + p for p in phones)]))


def tsquery(terms: Terms, mark: str = "") -> str:
    """The tsquery text for parsed terms (lexemes are runs of word characters: no quoting
    needed beyond the quotes themselves); with ``mark`` (NAME_MARK) on the name only."""
    if terms.phone_digits:
        return f"'{PHONE_MARK}{terms.phone_digits}':*"
    return " & ".join(f"'{mark}{word[:MAX_WORD]}':*" for word in terms.words)


def whole_word_queries(terms: Terms) -> list[str]:
    """Per distinct word of a word query, the tsquery of the name matches holding it whole:
    its exact name lexeme (which implies its prefix) and the other words' name prefixes."""
    words = list(dict.fromkeys(w[:MAX_WORD] for w in terms.words))
    return [
        " & ".join([f"'{NAME_MARK}{w}'", *(f"'{NAME_MARK}{o}':*" for o in words if o != w)])
        for w in words
    ]


class PostgresSearch:
    """The search index of a PostgreSQL book (the bound one unless ``db`` is given)."""

    def __init__(self, db: peewee.Database | None = None) -> None:
        self._db = db if db is not None else database

    def index(self, rows: Iterable[IndexRow]) -> None:
        """Make the index hold these contacts as they are now (trashed ones are left out)."""
        latest = {row.contact_id: " ".join(lexemes(row)) for row in rows}
        items = sorted(latest.items())
        for start in range(0, len(items), BATCH):
            ids = [cid for cid, _ in items[start : start + BATCH]]
            docs = [doc for _, doc in items[start : start + BATCH]]
            self._db.execute_sql(_UPSERT, (ids, docs))
            self._db.execute_sql(_DROP_TRASHED, (ids,))

    def remove(self, contact_ids: Sequence[int]) -> None:
        """Take contacts out of the index (Trash, delete)."""
        self._db.execute_sql(_DELETE, (list(contact_ids),))

    def matching_ids(self, query: str, *, descending: bool, limit: int | None) -> list[int]:
        """Ids of matching live contacts in name order (all of them for an empty query)."""
        terms = parse_query(query)
        if terms is None:
            ordered = ranking.ranks(self._db).ordered
            return _slice(ordered[::-1] if descending else ordered, limit)
        d = " DESC" if descending else ""
        if terms.phone_digits:
            return self._matches(tsquery(terms), d, limit)
        if limit is not None:
            return self._names_first_page(terms, d, limit)
        return self._names_first_list(terms, descending)

    def _names_first_list(self, terms: Terms, descending: bool) -> list[int]:
        """Every match of a word search in name order, names first: one scan of the text
        index flags the name matches, the kept name order sorts them (one statement)."""
        named, match = tsquery(terms, NAME_MARK), tsquery(terms)
        wholes = [f"'{NAME_MARK}{w[:MAX_WORD]}' & ({named})" for w in dict.fromkeys(terms.words)]
        arrays = [_FLAGGED, *[_MATCHED] * len(wholes)]
        for _ in range(TRIES):
            stamp, (flagged, *held) = ranking.read_many_with_stamp(
                self._db, arrays, [match, named, *wholes]
            )
            whole = [set(ids) for ids in held]
            ranks = ranking.ranks(self._db, stamp)
            if stamp.changes is not None and ranks.stamp == stamp:
                place = ranks.place()
                on_name = [~x for x in flagged if x < 0]
                elsewhere = [x for x in flagged if x >= 0]
                on_name, elsewhere = (
                    _in_order(ids, place, descending=descending, limit=None)
                    for ids in (on_name, elsewhere)
                )
                if any(whole):  # else the name order is their rank (most prefixes)
                    on_name = name_first(on_name, on_name, whole)
                return on_name + elsewhere
        on_name, found = (self._server_sorted(q, descending) for q in (named, match))
        return name_first(list(dict.fromkeys(on_name + found)), on_name, whole)

    def _names_first_page(self, terms: Terms, d: str, limit: int) -> list[int]:
        """The first ``limit`` of a word search, names first (exactly the start of the whole
        list): one statement when the head of the name order holds a page of name matches (a
        common prefix) and the kept name order sorts those holding a word whole, else two or
        three."""
        named, match = tsquery(terms, NAME_MARK), tsquery(terms)
        wholes = whole_word_queries(terms)
        arrays = [_HEAD_FLAGGED.format(d=d), *[_MATCHED] * len(wholes)]
        params = [named, limit * NAMED_HEAD_ROWS_PER_RESULT, match, *wholes]
        stamp, (flagged, *held) = ranking.read_many_with_stamp(self._db, arrays, params)
        head: list[Any] = flagged  # [id, on the name] each
        on_name = [row[0] for row in head if row[1]][:limit]
        found = [row[0] for row in head][:limit]
        if len(on_name) < limit:  # not a page of names at the head: the first of them all
            on_name = self._server_sorted(named, bool(d), limit)
            if len(on_name) < limit and len(found) < limit:
                found = self._matches(match, d, limit)
        whole = [set(ids) for ids in held]
        ranked = self._in_name_order(set().union(*whole), stamp, d)
        candidates = list(dict.fromkeys(ranked + on_name + found))
        return name_first(candidates, list(dict.fromkeys(ranked + on_name)), whole)[:limit]

    def _in_name_order(self, ids: set[int], stamp: ranking.Stamp, d: str) -> list[int]:
        """A few ids in name order: by the kept list when it is as of ``stamp``, else by the
        server."""
        if not ids:
            return []
        kept = ranking.kept(self._db, stamp)
        if kept is not None:
            return _in_order(list(ids), kept.place(), descending=bool(d), limit=None)
        (ordered,) = self._db.execute_sql(_BY_NAME.format(d=d), [list(ids)]).fetchone()
        return list(ordered)

    def _matches(self, match: str, d: str, limit: int | None) -> list[int]:
        """Ids matching the tsquery ``match`` in name order (``d``: " DESC" or "")."""
        descending = bool(d)
        if limit is not None:
            page = self._page(match, d, limit)
            if page is not None:
                return page
        for _ in range(TRIES):
            stamp, ids = ranking.read_with_stamp(self._db, _MATCHED, [match])
            ranks = ranking.ranks(self._db, stamp)
            if stamp.changes is not None and ranks.stamp == stamp:
                return _in_order(ids, ranks.place(), descending=descending, limit=limit)
        return self._server_sorted(match, descending, limit)

    def _server_sorted(self, match: str, descending: bool, limit: int | None = None) -> list[int]:
        """The matches of ``match`` sorted by the server (the kept name order is out of date)."""
        rows = self._db.execute_sql(_MATCH_SORTED, [match, limit, descending])
        return [row[0] for row in rows]

    def _page(self, match: str, d: str, limit: int) -> list[int] | None:
        """The first ``limit`` matches in name order, when a probe or the head finds them."""
        probe = int(limit) * PROBE_ROWS_PER_RESULT
        stamp, ids = ranking.read_with_stamp(self._db, _MATCHED_UP_TO.format(n=probe), [match])
        if len(ids) < probe:
            ranks = ranking.ranks(self._db, stamp)
            if stamp.changes is None or ranks.stamp != stamp:
                return None
            return _in_order(ids, ranks.place(), descending=bool(d), limit=limit)
        params = [limit * HEAD_ROWS_PER_RESULT, match, limit]
        head = [row[0] for row in self._db.execute_sql(_HEAD.format(d=d), params)]
        return head if len(head) == limit else None

    def matching(self, query: str) -> peewee.Node | None:
        """A condition on ``contact`` for "matches the query" (None: everything), for the
        store's own queries (filtered, sorted by another column)."""
        from rolodex.models import Contact

        terms = parse_query(query)
        if terms is None:
            return None
        return Contact.id.in_(peewee.SQL(f"({_MATCHING})", [tsquery(terms)]))


def _slice(ids: list[int], limit: int | None) -> list[int]:
    return ids[:limit] if limit is not None else list(ids)


def _in_order(
    ids: list[int], key: Callable[[int], int], *, descending: bool, limit: int | None
) -> list[int]:
    """The matches in name order (by their place in the kept list), the first ``limit``."""
    if limit is not None and limit < len(ids) // 8:  # a page of many: no need to sort them all
        pick = heapq.nlargest if descending else heapq.nsmallest
        return pick(limit, ids, key=key)
    return _slice(sorted(ids, key=key, reverse=descending), limit)
