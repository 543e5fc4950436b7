"""The queries behind the sales reports and the dashboard, on either backend: neglected
customers, deals closing in a month, campaign response rates. Aggregates are computed in SQL.
"""

from __future__ import annotations

from typing import Any

from peewee import JOIN, Case, fn

from rolodex.models import Contact, Deal, FollowUp, LifecycleChange, Stage
from rolodex.store.activities import contact_name
from rolodex.store.lifecycle import IS_LATEST
from rolodex.store.rows import raw_rows


def _owner() -> Any:
    newest_deal = Deal.select(fn.MAX(Deal.id)).where(
        Deal.contact == Contact.id, Deal.owner != "", Deal.deleted_at.is_null()
    )
    return fn.COALESCE(Deal.select(Deal.owner).where(Deal.id == newest_deal), "")


def _neglected_query(cutoff: str, *columns: Any) -> Any:
    """Customers last contacted before ``cutoff`` or never, selecting ``columns`` (the count
    selects none of the name and owner it would otherwise work out for every row)."""
    L = LifecycleChange
    return (
        Contact.select(*columns)
        .join(L, on=(L.contact == Contact.id) & IS_LATEST & (L.to_stage == "customer"))
        .where(
            Contact.deleted_at.is_null(),
            Contact.last_contacted.is_null() | (Contact.last_contacted < cutoff),
        )
    )


def neglected_customers(cutoff: str, limit: int | None) -> list[tuple[int, str, str | None, str]]:
    """(id, name, last contacted, owner) of customers last contacted before ``cutoff`` or
    never: never first, then oldest first."""
    never_first = fn.COALESCE(Contact.last_contacted, "")
    columns = (Contact.id, contact_name(), Contact.last_contacted, _owner())
    query = _neglected_query(cutoff, *columns).order_by(never_first, Contact.id)
    if limit is not None:
        query = query.limit(limit)
    return raw_rows(query)


def neglected_count(cutoff: str) -> int:
    """How many customers :func:`neglected_customers` lists, driven from the few current
    customers, each looked up by id: PostgreSQL joined them to a scan of every contact
    (181 → 39 ms at 100,000 contacts on the loaded test machine)."""
    L, C = LifecycleChange, Contact.alias()
    slipping = C.deleted_at.is_null() & (C.last_contacted.is_null() | (C.last_contacted < cutoff))
    this_one = C.select(Case(None, [(slipping, 1)], 0)).where(C.id == L.contact)
    query = L.select(fn.COUNT(L.id)).where(IS_LATEST, L.to_stage == "customer", this_one == 1)
    return int(raw_rows(query)[0][0])


def closing_between(start: str, end: str, currency: str) -> tuple[int, int]:
    """(count, Σ value) of open deals in ``currency`` expected to close in [start, end]."""
    query = (
        Deal.select(fn.COUNT(Deal.id), fn.COALESCE(fn.SUM(Deal.value_minor), 0))
        .join(Stage, JOIN.INNER, on=Stage.id == Deal.stage)
        .where(
            Deal.deleted_at.is_null(),
            Stage.outcome == "open",
            Deal.currency == currency,
            Deal.expected_close.between(start, end),
        )  # fmt: skip
    )
    count, value = raw_rows(query)[0]
    return int(count), int(value)


def followup_counts(now: str, day_start: str, week_end: str, login: str) -> tuple[int, ...]:
    """(overdue, overdue mine, due this week, due this week mine) over the open follow-ups of
    live contacts, in one pass: overdue as the Today view counts it, due this week the rest
    due before ``week_end``; "mine" is assigned to ``login`` or to nobody (before users)."""
    from rolodex.store.followups import _overdue

    late = _overdue(now, day_start)
    trashed = Contact.select(Contact.id).where(Contact.deleted_at.is_null(False))
    mine = FollowUp.assignee.in_([login, ""])
    query = (
        FollowUp.select(
            fn.SUM(Case(None, [(late, 1)], 0)),
            fn.SUM(Case(None, [(late & mine, 1)], 0)),
            fn.SUM(Case(None, [(~late, 1)], 0)),
            fn.SUM(Case(None, [(~late & mine, 1)], 0)),
        )  # fmt: skip
        .where(
            FollowUp.done_at.is_null(),
            FollowUp.deleted_at.is_null(),
            FollowUp.contact.not_in(trashed),  # joining every live contact: 3x on PostgreSQL
            FollowUp.due_at < week_end,
        )  # fmt: skip
    )
    return tuple(int(n or 0) for n in raw_rows(query)[0])
