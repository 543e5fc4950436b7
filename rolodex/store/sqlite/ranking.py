"""Live contacts by sort position, held in memory: the list of all ids in name order, and the
map from sort position (the search index's rowid) back to contact id.

Each is read on first use and kept until the book changes, which the connection reports
cheaply: ``total_changes`` counts this connection's writes and ``PRAGMA data_version`` moves
when another connection commits. Sized for a million contacts (benchmarks/bench_million.py):
reading every id takes ~0.5 s there, so the contact list gets a :class:`LazyIds` that knows its
count and first rows at once and reads the rest on first use. The position map (a dict: ~110
MiB and 0.7 s to read at a million contacts, 1.5x a bare FTS5 query against 2.4x for the
same mapping done by a join) is kept only for books up to :data:`MAP_LIMIT` contacts; above
that the search maps positions in SQL.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

from rolodex import db

HEAD = 1000
"""Ids a :class:`LazyIds` reads at once: the first pages of the list."""
MAP_LIMIT = 300_000
"""Live contacts up to which sort positions are mapped to ids in memory (~35 MiB here)."""
_LIVE = "FROM contact WHERE deleted_at IS NULL"


@dataclass
class _Ranks:
    conn: Any  # the connection the ranks were read on (held, so its id cannot be reused)
    stamp: tuple[int, int]
    ordered: list[int] | None = None  # every live id in name order, once read
    by_position: dict[int, int] | None = None  # read on the first search, not at start-up
    live: int | None = None  # how many live contacts, once counted


_cache: dict[int, _Ranks] = {}


def _stamp(conn: Any) -> tuple[int, int]:
    data_version = conn.execute("PRAGMA data_version").fetchone()[0]
    return (int(data_version), int(conn.total_changes))


def _ranks() -> _Ranks:
    """The ranks of the bound book as it is now (nothing read yet if it changed)."""
    conn = db.database.connection()
    stamp = _stamp(conn)
    cached = _cache.get(id(conn))
    if cached is not None and cached.conn is conn and cached.stamp == stamp:
        return cached
    if len(_cache) > 8:  # connections come and go (threads, tests): keep only recent ones
        _cache.clear()
    _cache[id(conn)] = fresh = _Ranks(conn, stamp)
    return fresh


def _ordered(ranks: _Ranks) -> list[int]:
    if ranks.ordered is None:
        ranks.ordered = [
            row[0] for row in ranks.conn.execute(f"SELECT id {_LIVE} ORDER BY sortpos")
        ]
    return ranks.ordered


def _by_position(ranks: _Ranks) -> dict[int, int]:
    if ranks.by_position is None:
        sql = f"SELECT sortpos, id {_LIVE} ORDER BY sortpos"
        ranks.by_position = lookup = dict(ranks.conn.execute(sql))
        ranks.ordered = list(lookup.values())  # name order too; the same int objects
    return ranks.by_position


def _head(ranks: _Ranks, descending: bool, limit: int) -> tuple[int, list[int]]:
    ranks.live, ids = head(ranks.conn, descending, limit)
    return ranks.live, ids


def head(conn: Any, descending: bool, limit: int) -> tuple[int, list[int]]:
    """The live count and the first ``limit`` ids in name order, read on ``conn`` in one
    statement (one snapshot)."""
    order = "DESC" if descending else ""
    sql = f"SELECT id, (SELECT count(*) {_LIVE}) {_LIVE} ORDER BY sortpos {order} LIMIT ?"
    rows = conn.execute(sql, (int(limit),)).fetchall()
    return (int(rows[0][1]) if rows else 0), [row[0] for row in rows]


def maps_positions() -> bool:
    """Whether sort positions are mapped to ids in memory (books up to :data:`MAP_LIMIT`)."""
    ranks = _ranks()
    if ranks.by_position is not None:
        return True
    if ranks.live is None:
        ranks.live = len(ranks.ordered) if ranks.ordered is not None else _count(ranks.conn)
    return ranks.live <= MAP_LIMIT


def _count(conn: Any) -> int:
    return int(conn.execute(f"SELECT count(*) {_LIVE}").fetchone()[0])


def all_in_name_order(*, descending: bool = False, limit: int | None = None) -> list[int]:
    """Every live contact id in name order (or the first ``limit`` of them)."""
    ranks = _ranks()
    if limit is not None and ranks.ordered is None:
        return _head(ranks, descending, limit)[1]
    ordered = _ordered(ranks)
    if descending:
        ordered = ordered[::-1]
    return ordered[:limit] if limit is not None else list(ordered)


def name_order(*, descending: bool = False) -> LazyIds:
    """Every live contact id in name order, read lazily (see :class:`LazyIds`)."""
    ranks = _ranks()
    if ranks.ordered is not None:
        every = ranks.ordered[::-1] if descending else ranks.ordered
        return LazyIds(len(every), every, lambda: every)

    def every_id() -> list[int]:
        ordered = _ordered(_ranks())
        return ordered[::-1] if descending else ordered

    return LazyIds(*_head(ranks, descending, HEAD), every_id)


def ids_at(positions: Sequence[int]) -> list[int]:
    """Contact ids at these sort positions, in the same order (unknown positions left out)."""
    lookup = _by_position(_ranks())
    try:
        return list(map(lookup.__getitem__, positions))
    except KeyError:  # a position no live contact holds (never expected): skip it
        return [lookup[p] for p in positions if p in lookup]


class LazyIds(Sequence[int]):
    """Ids as read when made: their count and the first :data:`HEAD` at once, all of them
    (``every``) on the first use beyond those. Should the book change before that, the list
    read is the book's new one (the contact list is reloaded on every change)."""

    def __init__(self, total: int, first: list[int], every: Callable[[], list[int]]) -> None:
        self._total, self._first, self._read = total, first, every
        self._all: list[int] | None = None

    def __len__(self) -> int:
        return self._total if self._all is None else len(self._all)

    @overload
    def __getitem__(self, at: int) -> int: ...
    @overload
    def __getitem__(self, at: slice) -> list[int]: ...
    def __getitem__(self, at: int | slice) -> int | list[int]:
        if self._all is None and self._in_first(at):
            return self._first[at]
        return self._every()[at]

    def index(self, value: Any, start: int = 0, stop: int = sys.maxsize) -> int:
        """The position of ``value``; looked for among the first ids before reading them all
        (the window finds its first contact's row so, just after the first frame: reading
        all 100,000 cost the UI thread ~40 ms there)."""
        if self._all is None and value in self._first:
            at = self._first.index(value)
            if start <= at < stop:
                return at
        return self._every().index(value, start, stop)

    def __iter__(self) -> Iterator[int]:
        return iter(self._every())

    def __contains__(self, value: object) -> bool:
        return (self._all is None and value in self._first) or value in self._every()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str | bytes):
            return self._every() == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LazyIds({len(self)} ids)"

    def _in_first(self, at: int | slice) -> bool:
        if isinstance(at, slice):
            start, stop, step = at.indices(self._total)
            return step == 1 and (stop <= len(self._first) or start >= stop)
        return 0 <= at < len(self._first)

    def _every(self) -> list[int]:
        if self._all is None:
            self._all = self._read()
        return self._all
