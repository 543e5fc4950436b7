"""The data-quality panel: how many contacts have no way to reach them, invalid emails, phones
that do not parse, addresses missing a postcode, suspected duplicates, or were never
contacted — and the contacts behind each number. ``report quality --json`` gives the counts.
"""

from __future__ import annotations

from typing import Any

from rolodex.db import bound_database
from rolodex.sales.records import SalesError
from rolodex.store import quality as store

CHECKS = tuple(store.CHECKS)
LIVE = frozenset({"never_contacted"})  # follows activities: one indexed count, never cached
_cache: dict[str, Any] = {}


def counts() -> dict[str, int]:
    """Every check's count, in :data:`CHECKS` order. The five that depend on the contacts'
    own data are kept until the book's contacts change (:func:`rolodex.store.quality.
    fingerprint`: 800 ms for the six checks at 100,000 contacts on a loaded machine against
    one pass over the contact table, benchmarks/bench_dashboard.py)."""
    key = (id(bound_database()), bound_database().database, store.fingerprint())
    if _cache.get("key") != key:
        _cache.update(key=key, counts={c: store.count(c) for c in CHECKS if c not in LIVE})
    cached: dict[str, int] = _cache["counts"]
    return {c: store.count(c) if c in LIVE else cached[c] for c in CHECKS}


def contacts(check: str, limit: int | None = None) -> list[int]:
    """The ids of the contacts a check counts, by id."""
    if check not in store.CHECKS:
        raise SalesError(f"There is no check {check!r} ({', '.join(CHECKS)}).")
    return store.ids(check, limit)
