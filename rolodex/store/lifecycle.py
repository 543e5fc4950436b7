"""Lifecycle history of contacts and companies, on either backend.

Each change is a row (when, from, to, by, reason); ``latest`` marks the newest row of each
contact or company — its current stage — so counting customers is one indexed query and never
a search for the newest row among 100,000 histories. The flag is recomputed for the one
contact or company on every change, since a change may be recorded after the fact.
The state at a past moment (retention) is read from the history itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

import peewee
from peewee import JOIN, fn

from rolodex.models import Activity, Deal, LifecycleChange, Stage
from rolodex.store.rows import raw_rows

Entity = Literal["contact", "company"]
L = LifecycleChange
IS_LATEST = L.latest == True  # noqa: E712  (a BOOLEAN on PostgreSQL: no bare "= 1")


def _column(entity: Entity, model: Any = L) -> Any:
    return model.contact if entity == "contact" else model.company


def add_change(entity: Entity, entity_id: int, values: dict[str, Any]) -> None:
    """Record a change of ``entity_id`` and mark its newest row (inside a transaction)."""
    L.insert(**{entity: entity_id}, **values).execute()
    column = _column(entity)
    L.update(latest=False).where(column == entity_id, IS_LATEST).execute()
    newest = L.select(L.id).where(column == entity_id).order_by(L.changed_at.desc(), L.id.desc())
    L.update(latest=True).where(L.id == newest.limit(1)).execute()


def current(entity: Entity, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """(stage, since) of each of ``ids`` that has a lifecycle stage."""
    column = _column(entity)
    query = L.select(column, L.to_stage, L.changed_at).where(
        IS_LATEST,
        column.in_(list(ids)),
    )
    return {eid: (stage, at) for eid, stage, at in raw_rows(query)}


def with_stage(entity: Entity, stage: str) -> list[tuple[int, str]]:
    """(id, since) of every contact or company whose current stage is ``stage``."""
    column = _column(entity)
    query = L.select(column, L.changed_at).where(
        IS_LATEST,
        L.to_stage == stage,
        column.is_null(False),
    )
    return [(eid, at) for eid, at in raw_rows(query)]


def counts(entity: Entity) -> dict[str, int]:
    """How many contacts (or companies) are at each lifecycle stage now."""
    column = _column(entity)
    query = (
        L.select(L.to_stage, fn.COUNT(L.id))
        .where(IS_LATEST, column.is_null(False))
        .group_by(L.to_stage)
    )
    return {stage: int(n) for stage, n in raw_rows(query)}


def history(entity: Entity, entity_id: int) -> list[tuple[str, str, str, str, str]]:
    """(changed_at, from, to, by, reason) of one contact or company, oldest first."""
    query = (
        L.select(L.changed_at, L.from_stage, L.to_stage, L.changed_by, L.reason)
        .where(_column(entity) == entity_id)
        .order_by(L.changed_at, L.id)
    )
    return raw_rows(query)


def at_stage_before(entity: Entity, stage: str, moment: str) -> set[int]:
    """Ids whose stage just before ``moment`` (their newest change earlier than it) was
    ``stage``: the state of the book at a past moment, read from the history."""
    later = L.alias()
    column, later_column = _column(entity), _column(entity, later)
    newer = later.select(later.id).where(
        later_column == column,
        later.changed_at < moment,
        (later.changed_at > L.changed_at)
        | ((later.changed_at == L.changed_at) & (later.id > L.id)),
    )
    query = L.select(column).where(
        column.is_null(False), L.changed_at < moment, L.to_stage == stage, ~fn.EXISTS(newer)
    )
    return {row[0] for row in raw_rows(query)}


def changed_to(entity: Entity, stage: str, start: str, end: str) -> set[int]:
    """Ids that moved to ``stage`` at a moment in [start, end)."""
    column = _column(entity)
    query = L.select(column).where(
        column.is_null(False), L.to_stage == stage, L.changed_at >= start, L.changed_at < end
    )
    return {row[0] for row in raw_rows(query)}


def last_activity(entity: Entity, ids: list[int]) -> dict[int, str]:
    """The newest live activity of each of ``ids`` (those that have one)."""
    column = Activity.contact if entity == "contact" else Activity.company
    query = (
        Activity.select(column, fn.MAX(Activity.occurred_at))
        .where(column.in_(ids), Activity.deleted_at.is_null())
        .group_by(column)
    )
    return {eid: at for eid, at in raw_rows(query)}


def last_won(entity: Entity, ids: list[int] | None = None) -> dict[int, str]:
    """When each contact (or company) last won a deal (those that did; all when ids is None)."""
    column = Deal.contact if entity == "contact" else Deal.company
    query: peewee.ModelSelect[Any] = (
        Deal.select(column, fn.MAX(fn.COALESCE(Deal.closed_at, Deal.updated_at)))
        .join(Stage, on=Stage.id == Deal.stage)
        .where(Stage.outcome == "won", Deal.deleted_at.is_null(), column.is_null(False))
        .group_by(column)
    )
    if ids is not None:
        query = query.where(column.in_(ids))
    return {eid: at for eid, at in raw_rows(query)}


def _won_deals(column: Any) -> Any:
    closed = fn.COALESCE(Deal.closed_at, Deal.updated_at)
    return (
        Deal.select(column, fn.MAX(closed))
        .join(Stage, on=Stage.id == Deal.stage)
        .where(Stage.outcome == "won", Deal.deleted_at.is_null(), column.is_null(False))
    ), closed


def won_but_not_customer(entity: Entity) -> dict[int, str]:
    """Contacts (companies) with a deal won after their newest lifecycle change (or with none)
    who are not customers: when each last won. One query; the rest of the book is not read."""
    column = Deal.contact if entity == "contact" else Deal.company
    query, closed = _won_deals(column)
    on = (_column(entity) == column) & IS_LATEST
    query = query.join(L, JOIN.LEFT_OUTER, on=on).where(
        L.id.is_null() | ((L.to_stage != "customer") & (closed > L.changed_at))
    )
    return {eid: at for eid, at in raw_rows(query.group_by(column))}


def lapse_candidates(entity: Entity, cutoff: str) -> list[tuple[int, str]]:
    """(id, since) of customers since before ``cutoff`` with no live activity and no won deal
    from ``cutoff`` on: those whose lapse period may have run out (indexed look-ups only)."""
    column = _column(entity)
    by = Activity.contact if entity == "contact" else Activity.company
    recent = Activity.select(Activity.id).where(
        by == column, Activity.occurred_at >= cutoff, Activity.deleted_at.is_null()
    )
    deal_of = Deal.contact if entity == "contact" else Deal.company
    won = (
        Deal.select(Deal.id)
        .join(Stage, on=Stage.id == Deal.stage)
        .where(deal_of == column, Stage.outcome == "won", Deal.closed_at >= cutoff)
    )
    query = L.select(column, L.changed_at).where(
        IS_LATEST, L.to_stage == "customer", column.is_null(False), L.changed_at < cutoff,
        ~fn.EXISTS(recent), ~fn.EXISTS(won),
    )  # fmt: skip
    return [(eid, at) for eid, at in raw_rows(query)]
