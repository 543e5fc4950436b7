"""Plain records the sales services hand out (frozen dataclasses), and their one error."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


class SalesError(Exception):
    """A request the book cannot honour (unknown stage, bad amount...): one clear line."""


@dataclass(frozen=True)
class StageData:
    id: int
    name: str
    probability: int
    position: int
    outcome: str  # 'open', 'won' or 'lost'


@dataclass(frozen=True)
class DealInput:
    """What a user gives for a new deal (the amount is text: "12000", "12 000,50")."""

    title: str
    value: str
    currency: str
    stage: str
    contact_id: int | None = None
    company_id: int | None = None
    probability: int | None = None
    expected_close: date | None = None
    owner: str = ""
    notes: str = ""


@dataclass(frozen=True)
class DealData:
    id: int
    title: str
    value_minor: int
    currency: str
    stage_id: int
    stage: str
    probability: int  # the deal's own, else its stage's
    probability_set: bool  # True when the deal overrides its stage's
    contact_id: int | None
    contact: str
    company_id: int | None
    company: str
    expected_close: date | None
    owner: str
    notes: str
    created_at: str
    revision: int


@dataclass(frozen=True)
class StageChange:
    deal_id: int
    changed_at: str
    from_stage: str
    to_stage: str
    changed_by: str


@dataclass(frozen=True)
class Totals:
    """Deals of one currency at one stage: their number, value and probability-weighted value
    (minor units; the weighted sum is rounded half-even to a whole minor unit)."""

    count: int = 0
    value_minor: int = 0
    weighted_minor: int = 0


@dataclass(frozen=True)
class PipelineRow:
    stage: StageData
    totals: Totals
    other: dict[str, Totals] = field(default_factory=dict)  # currency → totals, not converted


@dataclass(frozen=True)
class Pipeline:
    currency: str
    rows: tuple[PipelineRow, ...]


@dataclass(frozen=True)
class DealFilter:
    """Which deals a list, board or pipeline shows: all by default. ``close_month`` is
    "YYYY-MM"; ``tag`` keeps deals whose contact has that tag."""

    owner: str | None = None
    stage: str | None = None
    close_month: str | None = None
    tag: str | None = None
    contact_id: int | None = None


@dataclass(frozen=True)
class CampaignData:
    id: int
    name: str
    channel: str
    held_on: str | None
    selection: str  # JSON: {"tag": ..., "search": ..., "ids": [...]}
    template: str
    sent_at: str | None
    created_at: str


@dataclass(frozen=True)
class Recipient:
    """Who a campaign goes (or went) to and what they were sent: frozen at sending."""

    contact_id: int | None
    name: str
    given: str
    company: str
    address: str
    email: str


@dataclass(frozen=True)
class CampaignSummary:
    name: str
    recipients: int
    responses: dict[str, int]
    response_rate: float | None
