"""Lifecycle rules over a constructed year, churn on a known history, and the neglected list,
on both backends."""

from __future__ import annotations

from rolodex.sales import lifecycle, retention
from rolodex.sales.deals import DealService
from tests.sales.helpers import clock_at, deal, log, person, utc


def _won(contact: int, *when: int, owner: str = "") -> int:
    deal_id = deal(contact, "Negotiation", clock=clock_at(*when), owner=owner)
    DealService(clock_at(*when)).move(deal_id, "Won")
    return deal_id


def _book_of_2025() -> dict[str, int]:
    """A: customer 2024, last call June 2024 (lapses June 2025). B: customer 2024, called
    February 2025 (still one at the end of 2025). C: won in April 2025. D: only a lead.
    E: customer in 2023 who lapsed in January 2024."""
    people = {name: person(name) for name in "ABCDE"}
    _won(people["A"], 2024, 3, 1)
    log(people["A"], utc(2024, 6, 1, 12))
    _won(people["B"], 2024, 5, 1)
    log(people["B"], utc(2025, 2, 1, 12))
    _won(people["C"], 2025, 4, 1)
    deal(people["D"], "Lead")
    _won(people["E"], 2023, 1, 1)
    return people


def test_the_rules_make_former_customers_as_of_the_day_the_year_ran_out(any_book: str) -> None:
    people = _book_of_2025()
    assert lifecycle.apply_rules(utc(2026, 1, 1)) == 2  # A and E
    stages = {name: lifecycle.current("contact", cid) for name, cid in people.items()}
    assert stages == {
        "A": "former_customer", "B": "customer", "C": "customer", "D": "prospect",
        "E": "former_customer",
    }  # fmt: skip
    lapsed = lifecycle.history("contact", people["A"])[-1]
    assert (lapsed[0][:10], lapsed[2], lapsed[3]) == ("2025-06-01", "former_customer", "rule")
    assert lifecycle.apply_rules(utc(2026, 1, 1)) == 0  # a second run changes nothing


def test_a_sweep_before_the_period_runs_out_changes_nothing(any_book: str) -> None:
    people = _book_of_2025()
    lifecycle.apply_rules(utc(2024, 12, 31))  # only E has lapsed by then
    assert lifecycle.current("contact", people["A"]) == "customer"
    assert lifecycle.current("contact", people["E"]) == "former_customer"


def test_churn_of_2025_on_the_known_history(any_book: str) -> None:
    _book_of_2025()
    lifecycle.apply_rules(utc(2026, 1, 1))
    figures = retention.retention(2025).as_json()
    assert figures == {
        "customers_at_start": 2, "lost": 1, "won": 1, "churn_rate": 0.5, "retention_rate": 0.5,
    }  # fmt: skip
    assert retention.retention(2024).as_json()["lost"] == 1  # E
    assert retention.retention(2020).as_json()["churn_rate"] is None


def test_a_former_customer_who_wins_again_is_a_customer_again(any_book: str) -> None:
    people = _book_of_2025()
    lifecycle.apply_rules(utc(2026, 1, 1))
    _won(people["A"], 2026, 2, 1)
    assert lifecycle.current("contact", people["A"]) == "customer"
    assert lifecycle.counts()["customer"] == 3


def test_neglected_customers_never_contacted_first_then_oldest(any_book: str) -> None:
    now = utc(2026, 6, 1)
    old, never, recent, lead = person("Old"), person("Never"), person("Recent"), person("Lead")
    for cid in (old, never, recent):
        _won(cid, 2025, 1, 1, owner="kari")
    log(old, utc(2025, 11, 1))
    log(recent, utc(2026, 5, 20))
    deal(lead, "Lead")
    found = retention.neglected(90, now)
    assert [(n.contact_id, n.days, n.owner) for n in found] == [
        (never, None, "kari"),
        (old, 212, "kari"),
    ]
    assert retention.neglected_count(90, now) == 2
