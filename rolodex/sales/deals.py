"""Deals (opportunities): added for a contact and/or company, moved between stages (each move
recorded: when, from, to, by), listed and filtered. A deal's probability is its stage's unless
it sets its own. Moving a deal to a won stage makes its contact and company customers.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from rolodex.clock import Clock, SystemClock
from rolodex.sales import lifecycle, money, stages
from rolodex.sales.actor import current_login
from rolodex.sales.records import DealData, DealFilter, DealInput, SalesError, StageChange
from rolodex.services.changes import Change
from rolodex.services.crm.times import to_db
from rolodex.store import deals as store
from rolodex.store.activities import company_of, is_live_contact
from rolodex.store.transactions import writing

MAX_TITLE = 500


def _deal(row: tuple[Any, ...]) -> DealData:
    values = dict(zip(store.DEAL_COLUMNS, row, strict=True))
    close = values["expected_close"]
    values["expected_close"] = date.fromisoformat(close) if close else None
    values["probability_set"] = bool(values["probability_set"])
    return DealData(**values)


class DealService:
    """Add, move, edit, delete and list deals."""

    def __init__(self, clock: Clock | None = None) -> None:
        self.clock: Clock = clock or SystemClock()

    def add(self, data: DealInput) -> Change:
        """Store a new deal at its stage; the first row of its history says so."""
        values = self._values(data)
        now = self.clock.now()
        stamp = to_db(now)
        with writing():
            deal_id = store.insert_deal(
                {**values, "uid": str(uuid.uuid4()), "created_at": stamp, "updated_at": stamp}
            )
            store.record_move(deal_id, stamp, None, values["stage"], current_login())
            self._lifecycle(deal_id, values, now, is_new=True)
        return Change("deal", (deal_id,), "created")

    def _values(self, data: DealInput) -> dict[str, Any]:
        title = data.title.strip()
        if not title or len(title) > MAX_TITLE:
            raise SalesError(f"A deal needs a title (at most {MAX_TITLE} characters).")
        contact, company = self._parties(data.contact_id, data.company_id)
        currency = money.check_currency(data.currency) if data.currency else money.main_currency()
        stage = stages.find(data.stage) if data.stage else stages.all_stages()[0]
        chance = None if data.probability is None else stages.check_probability(data.probability)
        value = money.parse_amount(data.value or "0", currency)
        if value < 0:
            raise SalesError(f"A deal's value cannot be negative ({data.value}).")
        return {
            "title": title, "value_minor": value,
            "currency": currency, "stage": stage.id, "probability": chance,
            "contact": contact, "company": company, "owner": data.owner.strip(),
            "expected_close": data.expected_close.isoformat() if data.expected_close else None,
            "notes": data.notes, "closed_at": self._closed(stage.outcome),
        }  # fmt: skip

    def _closed(self, outcome: str) -> str | None:
        return None if outcome == "open" else to_db(self.clock.now())

    @staticmethod
    def _parties(contact_id: int | None, company_id: int | None) -> tuple[int | None, int | None]:
        if contact_id is None and company_id is None:
            raise SalesError("A deal belongs to a contact or a company: name one.")
        if contact_id is not None and not is_live_contact(contact_id):
            raise SalesError(f"There is no contact #{contact_id}.")
        if company_id is None and contact_id is not None:
            company_id = company_of(contact_id)
        elif company_id is not None and not store.company_exists(company_id):
            raise SalesError(f"There is no company #{company_id}.")
        return contact_id, company_id

    def _lifecycle(self, deal_id: int, values: dict[str, Any], now: Any, *, is_new: bool) -> None:
        won = stages_by_id()[values["stage"]].outcome == "won"
        for entity in ("contact", "company"):
            party = values.get(entity)
            if party is None:
                continue
            if won:
                lifecycle.on_won(entity, party, now, deal_id)  # type: ignore[arg-type]
            elif is_new:
                lifecycle.on_new_deal(entity, party, now)  # type: ignore[arg-type]

    def move(self, deal_id: int, stage_name: str, by: str = "") -> Change:
        """Move a deal to another stage, recording the move; a won stage makes customers."""
        deal = self.get(deal_id)
        stage = stages.find(stage_name)
        if stage.id == deal.stage_id:
            return Change("deal", (deal_id,), "unchanged")
        with writing():
            self._move(deal, stage.id, by)
        return Change("deal", (deal_id,), "updated")

    def _move(self, deal: DealData, stage_id: int, by: str) -> None:
        """Inside a transaction: put the deal at ``stage_id``, record it, apply the rules."""
        now = self.clock.now()
        stamp = to_db(now)
        outcome = stages_by_id()[stage_id].outcome
        values = {"stage": stage_id, "updated_at": stamp, "closed_at": self._closed(outcome)}
        store.update_deal(deal.id, values)
        store.record_move(deal.id, stamp, deal.stage_id, stage_id, by or current_login())
        parties = {"stage": stage_id, "contact": deal.contact_id, "company": deal.company_id}
        self._lifecycle(deal.id, parties, now, is_new=False)

    def update(self, deal_id: int, data: DealInput, by: str = "") -> Change:
        """Save an edited deal (the deal dialog); a new stage is a move, recorded as such."""
        deal = self.get(deal_id)
        values = self._values(data)
        stage = values.pop("stage")
        if stage == deal.stage_id:
            values.pop("closed_at")
        values["updated_at"] = to_db(self.clock.now())
        with writing():
            store.update_deal(deal_id, values)
            if stage != deal.stage_id:
                self._move(self.get(deal_id), stage, by)
        return Change("deal", (deal_id,), "updated")

    def set_probability(self, deal_id: int, probability: int | None) -> Change:
        """The deal's own probability, or None to follow its stage's again."""
        self.get(deal_id)
        chance = None if probability is None else stages.check_probability(probability)
        with writing():
            store.update_deal(
                deal_id, {"probability": chance, "updated_at": to_db(self.clock.now())}
            )
        return Change("deal", (deal_id,), "updated")

    def delete(self, deal_id: int) -> Change:
        """Put a deal in the Trash (it leaves every list and total)."""
        self.get(deal_id)
        with writing():
            store.update_deal(deal_id, {"deleted_at": to_db(self.clock.now())})
        return Change("deal", (deal_id,), "deleted")

    def get(self, deal_id: int) -> DealData:
        row = store.deal_row(deal_id)
        if row is None:
            raise SalesError(f"There is no deal #{deal_id}.")
        return _deal(row)

    def deals(self, where: DealFilter | None = None) -> list[DealData]:
        """Deals by stage, then expected close, then id."""
        return [_deal(row) for row in store.deal_rows(where or DealFilter())]

    def page(self, stage_id: int, where: DealFilter, offset: int, limit: int) -> list[DealData]:
        """A page of the deals at one stage (soonest expected close first), for the board."""
        return [_deal(row) for row in store.stage_page(stage_id, where, offset, limit)]

    def first_pages(self, stage_ids: list[int], where: DealFilter, limit: int) -> dict[int, list[DealData]]:
        """Stage id → its first ``limit`` deals (the board opening: cards read in one query)."""
        pages: dict[int, list[DealData]] = {}
        for row in store.first_pages(stage_ids, where, limit):
            deal = _deal(row)
            pages.setdefault(deal.stage_id, []).append(deal)
        return pages

    def by_ids(self, ids: list[int]) -> list[DealData]:
        """The live deals among ``ids``, in the order given."""
        rows = store.rows_by_ids(ids)
        return [_deal(rows[i]) for i in ids if i in rows]

    def history(self, deal_id: int) -> list[StageChange]:
        """The deal's stage changes, oldest first (the first is where it started)."""
        return store.history(deal_id)


def stages_by_id() -> dict[int, Any]:
    return {s.id: s for s in stages.all_stages()}
