"""Live contacts by sort position, held in memory: the list of all ids in name order, and the
map from sort position (the search index's rowid) back to contact id.

Read once with one index scan and rebuilt only when the book changed, which the connection
reports cheaply: ``total_changes`` counts this connection's writes and ``PRAGMA data_version``
moves when another connection commits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rolodex.db import database


@dataclass
class _Ranks:
    conn: Any  # the connection the ranks were read on (held, so its id cannot be reused)
    stamp: tuple[int, int]
    ordered: list[int]
    by_position: dict[int, int] | None = None  # read on the first search, not at start-up


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
    sql = "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY sortpos"
    ordered = [row[0] for row in conn.execute(sql)]
    if len(_cache) > 8:  # connections come and go (threads, tests): keep only recent ones
        _cache.clear()
    _cache[id(conn)] = fresh = _Ranks(conn, stamp, ordered)
    return fresh


def all_in_name_order(*, descending: bool = False, limit: int | None = None) -> list[int]:
    """Every live contact id in name order (or the first ``limit`` of them)."""
    ordered = _ranks().ordered
    if descending:
        ordered = ordered[::-1]
    return ordered[:limit] if limit is not None else list(ordered)


def ids_at(positions: Sequence[int]) -> list[int]:
    """Contact ids at these sort positions, in the same order (unknown positions left out)."""
    ranks = _ranks()
    if ranks.by_position is None:
        sql = "SELECT sortpos, id FROM contact WHERE deleted_at IS NULL"
        ranks.by_position = dict(ranks.conn.execute(sql).fetchall())
    lookup = ranks.by_position
    return [lookup[p] for p in positions if p in lookup]
