"""Deals on both backends: default stages and probabilities, weighted pipeline totals, other
currencies kept apart, every stage change recorded, a won deal making a customer."""

from __future__ import annotations

from datetime import date

import pytest

from rolodex.sales import lifecycle, money, pipeline, stages
from rolodex.sales.deals import DealService
from rolodex.sales.records import DealFilter, SalesError
from tests.sales.helpers import clock_at, deal, person


def test_a_new_book_has_the_default_stages(any_book: str) -> None:
    got = [(s.name, s.probability, s.outcome) for s in stages.all_stages()]
    assert got == [
        ("Lead", 10, "open"), ("Qualified", 25, "open"), ("Proposal", 50, "open"),
        ("Negotiation", 75, "open"), ("Won", 100, "won"), ("Lost", 0, "lost"),
    ]  # fmt: skip


def test_pipeline_weights_each_deal_by_its_probability(any_book: str) -> None:
    money.set_main_currency("NOK")
    ann, bob = person("Ann"), person("Bob")
    deal(ann, "Proposal", "12000")
    deal(bob, "Proposal", "1000,50")
    deal(bob, "Proposal", "2000", probability=90)  # overrides the stage's 50 %
    deal(ann, "Lead", "333.33")
    deal(ann, "Proposal", "5000", currency="EUR")
    rows = {r["stage"]: r for r in pipeline.as_json(pipeline.pipeline())}
    proposal = rows["Proposal"]
    assert (proposal["count"], proposal["value"]) == (3, 15000.5)
    assert proposal["weighted"] == 8300.25  # 6000 + 500.25 + 1800
    assert proposal["other_currencies"] == {"EUR": {"count": 1, "value": 5000, "weighted": 2500}}
    assert rows["Lead"]["weighted"] == 33.33  # 3333.3 øre, rounded half-even
    assert rows["Won"] == {**rows["Won"], "count": 0, "value": 0, "weighted": 0}
    assert list(rows) == ["Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost"]


def test_a_stage_probability_change_moves_the_weighted_value(any_book: str) -> None:
    money.set_main_currency("NOK")
    deal(person("Ann"), "Qualified", "1000")
    stages.set_probability("Qualified", 40)
    row = pipeline.pipeline().rows[1]
    assert (row.stage.name, row.totals.weighted_minor) == ("Qualified", 40000)


def test_every_move_is_recorded_and_a_won_deal_makes_a_customer(any_book: str) -> None:
    ann = person("Ann")
    service = DealService(clock_at(2026, 3, 1, 9))
    deal_id = deal(ann, "Lead", clock=clock_at(2026, 2, 1))
    assert lifecycle.current("contact", ann) == "prospect"
    service.move(deal_id, "Negotiation", by="kari")
    service.clock = clock_at(2026, 3, 2, 9)
    service.move(deal_id, "won", by="ola")
    moves = [
        (h.changed_at[:10], h.from_stage, h.to_stage, h.changed_by)
        for h in service.history(deal_id)
    ]
    assert moves[1:] == [
        ("2026-03-01", "Lead", "Negotiation", "kari"),
        ("2026-03-02", "Negotiation", "Won", "ola"),
    ]
    assert moves[0][:3] == ("2026-02-01", "", "Lead")
    assert lifecycle.current("contact", ann) == "customer"
    assert [h[2] for h in lifecycle.history("contact", ann)] == ["prospect", "customer"]


def test_filters_by_owner_close_month_and_tag(any_book: str) -> None:
    money.set_main_currency("NOK")
    ann, bob = person("Ann", tags=("vip",)), person("Bob")
    deal(ann, "Lead", owner="kari", close=date(2027, 1, 31))
    deal(bob, "Lead", owner="ola", close=date(2027, 2, 1))
    service = DealService()
    assert [d.contact_id for d in service.deals(DealFilter(owner="kari"))] == [ann]
    assert [d.contact_id for d in service.deals(DealFilter(close_month="2027-02"))] == [bob]
    assert [d.contact_id for d in service.deals(DealFilter(tag="vip"))] == [ann]
    assert pipeline.pipeline(DealFilter(owner="ola")).rows[0].totals.count == 1


@pytest.mark.parametrize("value", ["12.345", "abc", "1e5", "", "-100"])
def test_amounts_that_are_not_money_are_refused(any_book: str, value: str) -> None:
    with pytest.raises(SalesError):
        deal(person("Ann"), "Lead", value or " ")


def test_an_unknown_stage_names_the_stages(any_book: str) -> None:
    with pytest.raises(SalesError, match="Lead, Qualified"):
        deal(person("Ann"), "Closing")
