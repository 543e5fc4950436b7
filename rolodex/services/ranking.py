"""Name order held in memory, so search results come back sorted at the speed of bare FTS5.

Joining every match back to the contact table to sort it costs more than the search itself at
100,000 contacts. Instead the live contacts' name order is read once (one index scan) into an
array of ranks; search sorts its matching ids by rank in Python. The array is rebuilt whenever
the book changed, which the connection reports cheaply: ``total_changes`` counts this
connection's writes and ``PRAGMA data_version`` moves when another connection commits.
"""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rolodex.db import database


@dataclass
class _Ranks:
    conn: Any  # the connection the ranks were read on (held, so its id cannot be reused)
    stamp: tuple[int, int]
    ordered: list[int]
    rank: array[int]


_cache: dict[int, _Ranks] = {}


def _stamp(conn: Any) -> tuple[int, int]:
    data_version = conn.execute("PRAGMA data_version").fetchone()[0]
    return (int(data_version), int(conn.total_changes))


def _ranks() -> _Ranks:
    conn = database.connection()
    stamp = _stamp(conn)
    cached = _cache.get(id(conn))
    if cached is not None and cached.conn is conn and cached.stamp == stamp:
        return cached
    sql = "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY sort_key, id"
    ordered = [row[0] for row in conn.execute(sql)]
    rank = array("q", [len(ordered)]) * ((max(ordered) + 1) if ordered else 1)
    for position, contact_id in enumerate(ordered):
        rank[contact_id] = position
    if len(_cache) > 8:  # connections come and go (threads, tests): keep only recent ones
        _cache.clear()
    _cache[id(conn)] = fresh = _Ranks(conn, stamp, ordered, rank)
    return fresh


def all_in_name_order() -> list[int]:
    """Every live contact id, in name order."""
    return list(_ranks().ordered)


def in_name_order(ids: Sequence[int], limit: int | None = None) -> list[int]:
    """``ids`` of live contacts sorted by name (the first ``limit`` of them if given)."""
    ranks = _ranks()
    rank, size, live = ranks.rank, len(ranks.rank), len(ranks.ordered)
    found = [i for i in ids if i < size and rank[i] < live]
    if limit is not None and limit < len(found):
        return heapq.nsmallest(limit, found, key=rank.__getitem__)
    found.sort(key=rank.__getitem__)
    return found
