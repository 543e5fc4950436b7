"""The pipeline: one row per stage with the count, value and weighted value of its deals in
the book's main currency; deals in other currencies are totalled apart per currency, never
converted. The sums come from one grouped query (:func:`rolodex.store.deals.pipeline_sums`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rolodex.sales import money
from rolodex.sales.records import DealData, DealFilter, Pipeline, PipelineRow, Totals
from rolodex.store import deals as store

FIRST_PAGE = 50


@dataclass(frozen=True)
class BoardColumn:
    """One stage on the board: its totals, how many deals it has, the first page of them."""

    row: PipelineRow
    count: int  # in every currency
    first: tuple[DealData, ...]


def pipeline(where: DealFilter | None = None, currency: str | None = None) -> Pipeline:
    """Every stage in board order with its totals (zeros for a stage without deals)."""
    main = currency or money.main_currency()
    sums: dict[int, dict[str, Totals]] = {}
    for stage_id, cur, count, value, times_percent in store.pipeline_sums(where or DealFilter()):
        sums.setdefault(stage_id, {})[cur] = Totals(count, value, money.weighted(times_percent))
    rows = []
    for stage in store.stages():
        found = sums.get(stage.id, {})
        own = found.pop(main, Totals())
        rows.append(PipelineRow(stage, own, dict(sorted(found.items()))))
    return Pipeline(main, tuple(rows))


def _totals_json(totals: Totals, currency: str) -> dict[str, Any]:
    return {
        "count": totals.count,
        "value": money.to_number(totals.value_minor, currency),
        "weighted": money.to_number(totals.weighted_minor, currency),
    }


def as_json(result: Pipeline) -> list[dict[str, Any]]:
    """The rows of ``pipeline --json``: {"stage", "probability", "count", "value",
    "weighted"} in the main currency, plus "currency" and "other_currencies" (code →
    {"count", "value", "weighted"}) for deals in other currencies, listed apart."""
    return [
        {
            "stage": row.stage.name,
            "probability": row.stage.probability,
            **_totals_json(row.totals, result.currency),
            "currency": result.currency,
            "other_currencies": {cur: _totals_json(t, cur) for cur, t in row.other.items()},
        }
        for row in result.rows
    ]


def grand_total(result: Pipeline, *, open_only: bool = True) -> Totals:
    """The totals over the stages (open stages only by default) in the main currency."""
    rows = [r for r in result.rows if r.stage.outcome == "open" or not open_only]
    return Totals(
        sum(r.totals.count for r in rows),
        sum(r.totals.value_minor for r in rows),
        sum(r.totals.weighted_minor for r in rows),
    )


def board(
    where: DealFilter | None = None, first: int = FIRST_PAGE
) -> tuple[Pipeline, list[BoardColumn]]:
    """The pipeline board as it opens: the totals (one grouped query) and, per stage, the
    number of its deals and the first ``first`` of them (soonest expected close first); a
    column reads further pages as it scrolls (``DealService.page``)."""
    from rolodex.sales.deals import DealService

    chosen = where or DealFilter()
    result = pipeline(chosen)
    busy = [r.stage.id for r in result.rows if r.totals.count or r.other]
    pages = DealService().first_pages(busy, chosen, first)
    columns = []
    for row in result.rows:
        count = row.totals.count + sum(t.count for t in row.other.values())
        columns.append(BoardColumn(row, count, tuple(pages.get(row.stage.id, []))))
    return result, columns


def owners() -> list[str]:
    """Every owner named on a live deal (the board's owner filter)."""
    return store.owners()


def close_months() -> list[str]:
    """Every "YYYY-MM" a live deal is expected to close in (the close-month filter)."""
    return store.close_months()


def tag_names() -> list[str]:
    """Every tag (the board's tag filter: deals whose contact has it)."""
    return store.tag_names()
