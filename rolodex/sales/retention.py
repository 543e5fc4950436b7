"""Retention, churn and neglect, from the lifecycle history and the activities.

For a year: the customers at its start (their stage just before 1 January, UTC), how many of
those became former customers during it (lost), how many became customers during it who were
not at its start (won); churn = lost / customers at the start, retention = 1 − churn (None
when there were no customers at the start: a rate of nothing is not 0 %).

Neglected: customers now whose newest activity (not counting notes: ``last_contacted``) is
older than N days, or who have none, oldest first, with the owner of their newest deal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from rolodex.sales.lifecycle import CUSTOMER, FORMER
from rolodex.store import lifecycle as store
from rolodex.store import sales_reports
from rolodex.store.lifecycle import Entity


@dataclass(frozen=True)
class Retention:
    year: int
    customers_at_start: int
    lost: int
    won: int

    @property
    def churn_rate(self) -> float | None:
        if not self.customers_at_start:
            return None
        return round(self.lost / self.customers_at_start, 4)

    @property
    def retention_rate(self) -> float | None:
        churn = self.churn_rate
        return None if churn is None else round(1 - churn, 4)

    def as_json(self) -> dict[str, Any]:
        """``report retention --json``."""
        return {
            "customers_at_start": self.customers_at_start,
            "lost": self.lost,
            "won": self.won,
            "churn_rate": self.churn_rate,
            "retention_rate": self.retention_rate,
        }


def _year_bounds(year: int) -> tuple[str, str]:
    start = datetime(year, 1, 1, tzinfo=UTC).isoformat(timespec="seconds")
    end = datetime(year + 1, 1, 1, tzinfo=UTC).isoformat(timespec="seconds")
    return start, end


def retention(year: int, entity: Entity = "contact") -> Retention:
    """The year's figures for contacts (or companies)."""
    start, end = _year_bounds(year)
    at_start = store.at_stage_before(entity, CUSTOMER, start)
    lost = at_start & store.changed_to(entity, FORMER, start, end)
    won = store.changed_to(entity, CUSTOMER, start, end) - at_start
    return Retention(year, len(at_start), len(lost), len(won))


@dataclass(frozen=True)
class Neglected:
    contact_id: int
    name: str
    last_activity: str | None  # UTC text, None when never contacted
    days: int | None  # days since, None when never
    owner: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.contact_id, "name": self.name, "last_activity": self.last_activity,
            "days": self.days, "owner": self.owner,
        }  # fmt: skip


def neglected(days: int, now: datetime, limit: int | None = None) -> list[Neglected]:
    """Customers not contacted for ``days`` days (never contacted first, then oldest)."""
    cutoff = (now - timedelta(days=days)).astimezone(UTC).isoformat(timespec="seconds")
    rows = sales_reports.neglected_customers(cutoff, limit)
    return [
        Neglected(cid, name, last, _days_since(last, now), owner) for cid, name, last, owner in rows
    ]


def neglected_count(days: int, now: datetime) -> int:
    cutoff = (now - timedelta(days=days)).astimezone(UTC).isoformat(timespec="seconds")
    return sales_reports.neglected_count(cutoff)


def _days_since(last: str | None, now: datetime) -> int | None:
    if not last:
        return None
    return (now - datetime.fromisoformat(last)).days
