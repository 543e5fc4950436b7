"""Stages, deals and their stage history, on either backend: Peewee queries through the models.

The pipeline's sums are computed in SQL, grouped by stage and currency: the count, the value
and Σ value × probability (the deal's own, else its stage's) in minor units; the service turns
the last into the weighted value. Deals in the Trash (``deleted_at``) count nowhere.
"""

from __future__ import annotations

from typing import Any

import peewee
from peewee import JOIN, fn

from rolodex.models import Company, Contact, ContactTag, Deal, DealStageChange, Stage, Tag
from rolodex.sales.records import DealFilter, StageChange, StageData
from rolodex.store.activities import contact_name
from rolodex.store.rows import first_row, raw_rows

_STAGE_COLUMNS = (Stage.id, Stage.name, Stage.probability, Stage.position, Stage.outcome)


def stages() -> list[StageData]:
    """Every stage in board order."""
    query = Stage.select(*_STAGE_COLUMNS).order_by(Stage.position, Stage.id)
    return [StageData(*row) for row in raw_rows(query)]


def add_stage(name: str, probability: int, outcome: str) -> int:
    """A new stage after the last one; returns its id."""
    last = first_row(Stage.select(fn.COALESCE(fn.MAX(Stage.position), 0)))
    position = int(last[0] if last else 0) + 1
    values = {"name": name, "probability": probability, "position": position, "outcome": outcome}
    return int(Stage.insert(**values).execute())


def update_stage(stage_id: int, **values: Any) -> None:
    """Change a stage's name, probability or position."""
    Stage.update(**values).where(Stage.id == stage_id).execute()


def stage_in_use(stage_id: int) -> bool:
    """Whether any deal is, or ever was, at this stage."""
    used = Deal.select(Deal.id).where(Deal.stage == stage_id).exists()
    moved = DealStageChange.select(DealStageChange.id).where(
        (DealStageChange.to_stage == stage_id) | (DealStageChange.from_stage == stage_id)
    )
    return used or moved.exists()


def delete_stage(stage_id: int) -> None:
    Stage.delete().where(Stage.id == stage_id).execute()


def insert_deal(values: dict[str, Any]) -> int:
    """Store a new deal; returns its id."""
    return int(Deal.insert(**values).execute())


def update_deal(deal_id: int, values: dict[str, Any]) -> None:
    """Save ``values`` on the deal and move its revision."""
    Deal.update(**values, revision=Deal.revision + 1).where(Deal.id == deal_id).execute()


def record_move(deal_id: int, at: str, from_id: int | None, to_id: int, by: str) -> None:
    """One row of the pipeline's history."""
    DealStageChange.insert(
        deal=deal_id, changed_at=at, from_stage=from_id, to_stage=to_id, changed_by=by
    ).execute()


def history(deal_id: int) -> list[StageChange]:
    """A deal's stage changes, oldest first."""
    before, after = Stage.alias(), Stage.alias()
    c = DealStageChange
    query = (
        c.select(c.deal, c.changed_at, fn.COALESCE(before.name, ""), after.name, c.changed_by)
        .join(before, JOIN.LEFT_OUTER, on=before.id == c.from_stage)
        .switch(c)
        .join(after, on=after.id == c.to_stage)
        .where(c.deal == deal_id)
        .order_by(c.changed_at, c.id)
    )
    return [StageChange(*row) for row in raw_rows(query)]


def _filtered(query: peewee.ModelSelect[Any], where: DealFilter) -> peewee.ModelSelect[Any]:
    query = query.where(Deal.deleted_at.is_null())
    if where.owner is not None:
        query = query.where(Deal.owner == where.owner)
    if where.stage is not None:
        query = query.where(Stage.name == where.stage)
    if where.close_month:
        start, end = where.close_month + "-01", where.close_month + "-32"
        query = query.where(Deal.expected_close.between(start, end))
    if where.contact_id is not None:
        query = query.where(Deal.contact == where.contact_id)
    if where.tag:
        tagged = ContactTag.select(ContactTag.contact).join(Tag).where(Tag.name == where.tag)
        query = query.where(Deal.contact.in_(tagged))
    return query


def pipeline_sums(where: DealFilter) -> list[tuple[int, str, int, int, int]]:
    """(stage id, currency, count, Σ value, Σ value × probability%) per stage and currency."""
    percent = fn.COALESCE(Deal.probability, Stage.probability)
    query = Deal.select(
        Deal.stage, Deal.currency, fn.COUNT(Deal.id), fn.SUM(Deal.value_minor),
        fn.SUM(Deal.value_minor * percent),
    ).join(Stage, on=Stage.id == Deal.stage)  # fmt: skip
    query = _filtered(query, where).group_by(Deal.stage, Deal.currency)
    return [(s, cur, n, int(v or 0), int(w or 0)) for s, cur, n, v, w in raw_rows(query)]


DEAL_COLUMNS = (
    "id", "title", "value_minor", "currency", "stage_id", "stage", "probability",
    "probability_set", "contact_id", "contact", "company_id", "company", "expected_close",
    "owner", "notes", "created_at", "revision",
)  # fmt: skip


def _deal_query() -> peewee.ModelSelect[Any]:
    d = Deal
    return (
        d.select(
            d.id,
            d.title,
            d.value_minor,
            d.currency,
            d.stage,
            Stage.name,
            fn.COALESCE(d.probability, Stage.probability),
            d.probability.is_null(False),
            d.contact,
            fn.COALESCE(contact_name(), ""),
            d.company,
            fn.COALESCE(Company.name, ""),
            d.expected_close,
            d.owner,
            d.notes,
            d.created_at,
            d.revision,
        )  # fmt: skip
        .join(Stage, on=Stage.id == d.stage)
        .switch(d)
        .join(Contact, JOIN.LEFT_OUTER, on=Contact.id == d.contact)
        .switch(d)
        .join(Company, JOIN.LEFT_OUTER, on=Company.id == d.company)
    )


def deal_rows(where: DealFilter) -> list[tuple[Any, ...]]:
    """Deals matching ``where`` as tuples in :data:`DEAL_COLUMNS` order: by stage, then by
    expected close (none last), then by id."""
    closing = fn.COALESCE(Deal.expected_close, "9999")
    query = _filtered(_deal_query(), where).order_by(Stage.position, closing, Deal.id)
    return raw_rows(query)


def _page_ids(stage_id: int, where: DealFilter, offset: int, limit: int) -> list[int]:
    """Ids of one page of a stage, on the deal's own columns (sorting a stage's deals with
    their contact's name joined in cost 6x more at 20,000 deals: the join comes after)."""
    closing = fn.COALESCE(Deal.expected_close, "9999")
    query = Deal.select(Deal.id).join(Stage, on=Stage.id == Deal.stage)
    query = _filtered(query, where).where(Deal.stage == stage_id)
    query = query.order_by(closing, Deal.id).offset(offset).limit(limit)
    return [row[0] for row in raw_rows(query)]


def first_pages(stage_ids: list[int], where: DealFilter, limit: int) -> list[tuple[Any, ...]]:
    """The first ``limit`` deals of each stage (in :func:`deal_rows` order), as tuples in
    :data:`DEAL_COLUMNS` order: what the board shows when it opens."""
    ids = [i for stage in stage_ids for i in _page_ids(stage, where, 0, limit)]
    rows = rows_by_ids(ids)
    return [rows[i] for i in ids if i in rows]


def stage_page(stage_id: int, where: DealFilter, offset: int, limit: int) -> list[tuple[Any, ...]]:
    """One page of a board column: the deals at ``stage_id`` matching ``where`` in
    :func:`deal_rows` order, as tuples in :data:`DEAL_COLUMNS` order."""
    ids = _page_ids(stage_id, where, offset, limit)
    rows = rows_by_ids(ids)
    return [rows[i] for i in ids if i in rows]


def rows_by_ids(ids: list[int]) -> dict[int, tuple[Any, ...]]:
    """Live deals ``ids`` as tuples in :data:`DEAL_COLUMNS` order, by id."""
    found: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = _deal_query().where(Deal.id.in_(chunk), Deal.deleted_at.is_null())
        found.update((row[0], row) for row in raw_rows(query))
    return found


def deal_row(deal_id: int) -> tuple[Any, ...] | None:
    """One live deal as a tuple in :data:`DEAL_COLUMNS` order, or None."""
    query = _deal_query().where(Deal.id == deal_id, Deal.deleted_at.is_null())
    return first_row(query)


def company_exists(company_id: int) -> bool:
    """Whether ``company_id`` is a company that is not deleted."""
    query = Company.select(Company.id).where(Company.id == company_id)
    return bool(query.where(Company.deleted_at.is_null()).exists())


def latest_owner(contact_ids: list[int]) -> dict[int, str]:
    """The owner of each contact's newest deal that names one."""
    live = (Deal.contact.in_(contact_ids)) & (Deal.owner != "") & Deal.deleted_at.is_null()
    newest = Deal.select(fn.MAX(Deal.id)).where(live).group_by(Deal.contact)
    rows = raw_rows(Deal.select(Deal.contact, Deal.owner).where(Deal.id.in_(newest)))
    return {cid: owner for cid, owner in rows}


def owners() -> list[str]:
    """Every owner named on a live deal, sorted."""
    query = Deal.select(Deal.owner).where(Deal.owner != "", Deal.deleted_at.is_null())
    return sorted({row[0] for row in raw_rows(query.distinct())}, key=str.casefold)


def tag_names() -> list[str]:
    """Every tag's name, sorted (the board's tag filter; counts are not needed there)."""
    return sorted((row[0] for row in raw_rows(Tag.select(Tag.name))), key=str.casefold)


def close_months() -> list[str]:
    """Every "YYYY-MM" a live deal is expected to close in, sorted."""
    month = fn.SUBSTR(Deal.expected_close, 1, 7)
    query = Deal.select(month).where(Deal.expected_close.is_null(False), Deal.deleted_at.is_null())
    return sorted({row[0] for row in raw_rows(query.distinct())})
