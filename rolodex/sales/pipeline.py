"""The pipeline: one row per stage with the count, value and weighted value of its deals in
the book's main currency; deals in other currencies are totalled apart per currency, never
converted. The sums come from one grouped query (:func:`rolodex.store.deals.pipeline_sums`).
"""

from __future__ import annotations

from typing import Any

from rolodex.sales import money
from rolodex.sales.records import DealFilter, Pipeline, PipelineRow, Totals
from rolodex.store import deals as store


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


def board(where: DealFilter | None = None) -> list[tuple[PipelineRow, list[int]]]:
    """The pipeline board: each stage's totals and the ids of its deals (soonest expected
    close first); a column reads its cards a page at a time (``DealService.by_ids``)."""
    chosen = where or DealFilter()
    by_stage: dict[int, list[int]] = {}
    for deal_id, stage_id in store.deal_ids(chosen):
        by_stage.setdefault(stage_id, []).append(deal_id)
    return [(row, by_stage.get(row.stage.id, [])) for row in pipeline(chosen).rows]


def filter_choices() -> tuple[list[str], list[str]]:
    """(owners, close months) the board's filters offer."""
    return store.owners(), store.close_months()
