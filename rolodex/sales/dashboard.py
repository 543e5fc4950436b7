"""The dashboard's numbers, gathered in one call: follow-ups overdue and due this week, the
pipeline by stage with weighted value, deals expected to close this month, contacts by
lifecycle stage, churn this year against last, neglected customers, campaign response rates
and the data-quality counts. Each comes from the same service the report commands use, so the
dashboard and ``rolodex report ...``/``pipeline`` print the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from rolodex.clock import Clock
from rolodex.db import bound_database
from rolodex.sales import lifecycle, pipeline, quality, retention
from rolodex.sales.records import DealFilter, Pipeline
from rolodex.sales.retention import Retention
from rolodex.services.crm.times import in_zone, local_day_start, to_db, wall_to_utc
from rolodex.store import campaigns as campaign_store
from rolodex.store import sales_reports

NEGLECT_DAYS = 90
RECENT_CAMPAIGNS = 6


@dataclass(frozen=True)
class CampaignRate:
    id: int
    name: str
    recipients: int
    response_rate: float | None


@dataclass(frozen=True)
class FollowUps:
    """Open follow-ups overdue and due in the next seven days: the team's, and mine (assigned
    to the acting user, or to nobody as before the book had users)."""

    overdue: int
    overdue_mine: int
    due_this_week: int
    due_this_week_mine: int


@dataclass(frozen=True)
class Dashboard:
    followups: FollowUps
    pipeline: Pipeline
    closing_this_month: tuple[int, int]  # count, value (main currency, minor units)
    lifecycle: dict[str, int]
    churn_this_year: Retention
    churn_last_year: Retention
    neglected: int
    campaigns: tuple[CampaignRate, ...]
    quality: dict[str, int] | None  # None when not read (the app reads them separately)


def month_bounds(day: date) -> tuple[str, str]:
    """The first and last day of ``day``'s month, as ISO dates."""
    start = day.replace(day=1)
    end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return start.isoformat(), end.isoformat()


def follow_up_counts(clock: Clock, login: str | None = None) -> FollowUps:
    """The follow-up counts, in one query; due this week = today through the next 6 days."""
    from rolodex.store.users import acting_login

    now, zone = clock.now(), clock.zone_name()
    week_end = wall_to_utc(in_zone(now, zone).date() + timedelta(days=7), None, zone)
    counts = sales_reports.followup_counts(
        to_db(now), to_db(local_day_start(now, zone)), to_db(week_end), login or acting_login()
    )
    return FollowUps(*counts)


def campaign_rates() -> tuple[CampaignRate, ...]:
    """The most recent sent campaigns with their response rates, newest first."""
    counts = campaign_store.all_response_counts()
    sent = [c for c in campaign_store.all_campaigns() if c.sent_at][-RECENT_CAMPAIGNS:]
    rates = []
    for c in reversed(sent):
        total, answered = counts.get(c.id, (0, 0))
        rates.append(
            CampaignRate(c.id, c.name, total, round(answered / total, 4) if total else None)
        )
    return tuple(rates)


_rules_run: set[tuple[Any, ...]] = set()


def rules_once_a_day(now: datetime) -> int:
    """The lifecycle rules, once per book and day in this process: a lapse is a matter of
    days (and is recorded as of the moment it happened, whenever the sweep runs), and a move
    to Won applies its rule at once. Returns the changes made (0 when already run today).
    The app runs it on the worker thread after the dashboard has shown its numbers;
    ``rolodex report`` always runs the rules."""
    db = bound_database()
    key = (id(db), db.database, now.date())
    if key in _rules_run:
        return 0
    changed = lifecycle.apply_rules(now) + lifecycle.apply_rules(now, "company")
    _rules_run.add(key)
    return changed


def load(clock: Clock, where: DealFilter | None = None, *, apply_rules: bool = True,
         with_quality: bool = True) -> Dashboard:  # fmt: skip
    """Everything the dashboard shows, now. The lifecycle rules run first (as the reports
    run them), unless ``apply_rules`` is False (the app runs them after, in the background).
    ``with_quality`` False leaves the data-quality counts out (the app shows the rest first:
    counted afresh they take ~0.5 s at 100,000 contacts, benchmarks/bench_dashboard.py)."""
    now: datetime = clock.now()
    if apply_rules:
        rules_once_a_day(now)
    result = pipeline.pipeline(where)
    start, end = month_bounds(now.date())
    return Dashboard(
        followups=follow_up_counts(clock),
        pipeline=result,
        closing_this_month=sales_reports.closing_between(start, end, result.currency),
        lifecycle=lifecycle.counts(),
        churn_this_year=retention.retention(now.year),
        churn_last_year=retention.retention(now.year - 1),
        neglected=retention.neglected_count(NEGLECT_DAYS, now),
        campaigns=campaign_rates(),
        quality=quality.counts() if with_quality else None,
    )
