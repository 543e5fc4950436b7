"""Live contacts in name order, held in memory, for a server book: the list of all ids in name
order and each id's place in it, so a search sorts its matches in Python instead of on the
server, and the whole-book list is not read again until the book changes.

The book's change counter (migration 5: one row, moved by a trigger in every transaction that
writes the contact list) tells exactly and cheaply when that is. Every read returns the counter
*with* its data, in one statement, so both come from one snapshot: a list is never kept under a
number it does not belong to. While this connection's own transaction has moved the counter,
its later statements change the list without moving it again, so nothing read then is kept.

Measured at 100,000 contacts over loopback on the loaded test machine
(benchmarks/bench_pg_search.py): reading the whole list in name order costs 280-540 ms (the
planner sorts the table rather than walk the index; forcing the index or more work_mem did not
help measurably); checking the counter is one round trip, the kept list 4-12 ms.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import peewee

Db = peewee.Database | peewee.DatabaseProxy

COUNTER = (
    "(SELECT changes FROM change_counter)",
    "(SELECT coalesce(last_xact = pg_current_xact_id_if_assigned(), false) FROM change_counter)",
)
_ORDER = "ORDER BY sort_key, contact_id"


@dataclass(frozen=True)
class Stamp:
    """Where the book's change counter stood when something was read."""

    changes: int | None  # None: the counter row is missing (nothing can be kept)
    own: bool  # this connection's open transaction moved it

    def keepable(self) -> bool:
        return self.changes is not None and not self.own


@dataclass
class Ranks:
    """Every live contact id in name order, as of ``stamp``."""

    stamp: Stamp
    ordered: list[int]
    _place: Callable[[int], int] | None = None

    def place(self) -> Callable[[int], int]:
        """Each id's place in name order, as a sort key (built on the first search, not for
        the list)."""
        if self._place is None:
            self._place = _places(self.ordered)
        return self._place


def _places(ordered: list[int]) -> Callable[[int], int]:
    """A list indexed by id when the ids are dense (as a book's are, mostly), else a dict: the
    14,712 matches of "ka" among 100,000 sort by it in 4.2 ms, by a dict in 5.5."""
    top = max(ordered, default=0)
    if top > 2 * len(ordered) + 1024:
        return {cid: i for i, cid in enumerate(ordered)}.__getitem__
    at: list[Any] = [None] * (top + 1)
    for i, cid in enumerate(ordered):
        at[cid] = i
    return at.__getitem__


@dataclass
class _Kept:
    conn: Any  # the connection they were read on (held, so its id is not reused)
    ranks: Ranks


_kept: dict[int, _Kept] = {}


def read_with_stamp(db: Db, select_array: str, params: list[Any]) -> tuple[Stamp, list[int]]:
    """Run ``SELECT <counter>, <counter own>, ARRAY(...)``: the ids with the counter beside
    them, from one snapshot."""
    stamp, (ids,) = read_many_with_stamp(db, [select_array], params)
    return stamp, ids


def read_many_with_stamp(
    db: Db, select_arrays: list[str], params: list[Any]
) -> tuple[Stamp, list[list[int]]]:
    """Like :func:`read_with_stamp` for several arrays of ids, all in one statement."""
    changes, own, *arrays = db.execute_sql(  # type: ignore[no-untyped-call]
        f"SELECT {COUNTER[0]}, {COUNTER[1]}, {', '.join(select_arrays)}", params
    ).fetchone()
    return Stamp(changes, bool(own)), [list(ids) for ids in arrays]


def ranks(db: Db, wanted: Stamp | None = None) -> Ranks:
    """The name order as of now: the kept one when the counter has not moved (or stands at
    ``wanted``, which the caller just read), else read again (and kept if it may be)."""
    conn = db.connection()  # type: ignore[no-untyped-call]
    kept = _kept.get(id(conn))
    if kept is not None and kept.conn is conn:
        stamp = wanted if wanted is not None else current_stamp(db)
        if stamp.keepable() and stamp == kept.ranks.stamp:
            return kept.ranks
    stamp, ordered = read_with_stamp(
        db, f"ARRAY(SELECT contact_id FROM contact_search {_ORDER})", []
    )
    fresh = Ranks(stamp, ordered)
    if stamp.keepable():
        if len(_kept) > 8:  # connections come and go (threads, tests): keep only recent ones
            _kept.clear()
        _kept[id(conn)] = _Kept(conn, fresh)
    return fresh


def kept(db: Db, stamp: Stamp) -> Ranks | None:
    """The kept name order when it is as of ``stamp`` (which the caller just read), else None;
    never reads the list (a first page must not pay for it)."""
    conn = db.connection()  # type: ignore[no-untyped-call]
    held = _kept.get(id(conn))
    if held is None or held.conn is not conn or not stamp.keepable():
        return None
    return held.ranks if held.ranks.stamp == stamp else None


def current_stamp(db: Db) -> Stamp:
    row = db.execute_sql(f"SELECT {COUNTER[0]}, {COUNTER[1]}").fetchone()  # type: ignore[no-untyped-call]
    return Stamp(row[0], bool(row[1]))
