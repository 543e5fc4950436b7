"""The data-quality panel: how many contacts have no way to reach them, invalid emails, phones
that do not parse, addresses missing a postcode, suspected duplicates, or were never
contacted — and the contacts behind each number. ``report quality --json`` gives the counts.
"""

from __future__ import annotations

from rolodex.sales.records import SalesError
from rolodex.store import quality as store

CHECKS = tuple(store.CHECKS)


def counts() -> dict[str, int]:
    """Every check's count, in :data:`CHECKS` order."""
    return {check: store.count(check) for check in CHECKS}


def contacts(check: str, limit: int | None = None) -> list[int]:
    """The ids of the contacts a check counts, by id."""
    if check not in store.CHECKS:
        raise SalesError(f"There is no check {check!r} ({', '.join(CHECKS)}).")
    return store.ids(check, limit)
