"""Lifecycle stages of contacts and companies — lead, prospect, customer, former customer —
set by hand or by the rules, every change kept with when, from, to, by and why.

The rules (:func:`apply_rules`, also run on every deal move): a won deal makes a customer; a
customer with no won deal and no activity for the lapse period (a book setting, default 12
months) becomes a former customer *as of the day the period ran out*, so a sweep run late
still puts the loss in the right year. A new deal makes a lead (or nobody yet) a prospect.
"""

from __future__ import annotations

from datetime import datetime

from rolodex.sales.actor import current_login
from rolodex.sales.records import SalesError
from rolodex.services import prefs
from rolodex.services.crm.times import from_db, to_db
from rolodex.store import lifecycle as store
from rolodex.store.lifecycle import Entity
from rolodex.store.transactions import writing

LEAD, PROSPECT, CUSTOMER, FORMER = "lead", "prospect", "customer", "former_customer"
STAGES = (LEAD, PROSPECT, CUSTOMER, FORMER)
LAPSE_SETTING = "lifecycle_lapse_months"
DEFAULT_LAPSE_MONTHS = 12


def check_stage(text: str) -> str:
    """A lifecycle stage from what a user typed ("Former customer" → "former_customer")."""
    stage = text.strip().casefold().replace(" ", "_").replace("-", "_")
    if stage == "former":
        stage = FORMER
    if stage not in STAGES:
        raise SalesError(f"{text!r} is not a lifecycle stage ({', '.join(STAGES)}).")
    return stage


def lapse_months() -> int:
    """Months without a won deal or an activity after which a customer is a former one."""
    text = prefs.get(LAPSE_SETTING)
    return int(text) if text and text.isdecimal() and int(text) > 0 else DEFAULT_LAPSE_MONTHS


def add_months(moment: datetime, months: int) -> datetime:
    """``moment`` ``months`` later, on the same day (or the month's last day)."""
    total = moment.month - 1 + months
    year, month = moment.year + total // 12, total % 12 + 1
    day = moment.day
    while True:
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            day -= 1


def current(entity: Entity, entity_id: int) -> str:
    """The stage of one contact or company now ("" when it has none)."""
    found = store.current(entity, [entity_id]).get(entity_id)
    return found[0] if found else ""


def change(
    entity: Entity, entity_id: int, stage: str, at: datetime, reason: str = "", by: str = ""
) -> bool:
    """Move one contact or company to ``stage`` (inside or outside a transaction); False
    when it is there already, so nothing is recorded."""
    before = current(entity, entity_id)
    if before == stage:
        return False
    values = {"changed_at": to_db(at), "from_stage": before, "to_stage": stage,
              "changed_by": by or current_login(), "reason": reason}  # fmt: skip
    with writing():
        store.add_change(entity, entity_id, values)
    return True


def set_by_hand(entity: Entity, entity_id: int, text: str, at: datetime) -> bool:
    """A user's choice of stage, recorded with the reason "set by hand"."""
    return change(entity, entity_id, check_stage(text), at, "set by hand")


def history(entity: Entity, entity_id: int) -> list[tuple[str, str, str, str, str]]:
    """(changed_at, from, to, by, reason) rows, oldest first."""
    return store.history(entity, entity_id)


def counts(entity: Entity = "contact") -> dict[str, int]:
    """How many are at each stage now (every stage present, 0 when none)."""
    found = store.counts(entity)
    return {stage: found.get(stage, 0) for stage in STAGES}


def apply_rules(now: datetime, entity: Entity = "contact") -> int:
    """Run the rules over the book; returns how many changes they recorded."""
    return _won_makes_customers(entity, now) + _lapsed_customers(entity, now)


def _won_makes_customers(entity: Entity, now: datetime) -> int:
    made, until = 0, to_db(now)
    for eid, won_at in store.won_but_not_customer(entity).items():
        if won_at <= until:
            made += change(entity, eid, CUSTOMER, from_db(won_at), "won a deal")
    return made


def _lapsed_customers(entity: Entity, now: datetime) -> int:
    months = lapse_months()
    cutoff = to_db(add_months(now, -months))
    customers = dict(store.lapse_candidates(entity, cutoff))
    ids = list(customers)
    activity, won = store.last_activity(entity, ids), store.last_won(entity, ids)
    lapsed = 0
    for eid, since in customers.items():
        last = max(since, activity.get(eid, ""), won.get(eid, ""))
        ends = add_months(from_db(last), months)
        if ends <= now:
            reason = f"no won deal or activity since {last[:10]}"
            lapsed += change(entity, eid, FORMER, ends, reason, by="rule")
    return lapsed


def on_new_deal(entity: Entity, entity_id: int, at: datetime) -> None:
    """A new deal makes a contact or company with no stage (or a lead) a prospect."""
    if current(entity, entity_id) in ("", LEAD):
        change(entity, entity_id, PROSPECT, at, "a new deal")


def on_won(entity: Entity, entity_id: int, at: datetime, deal_id: int) -> None:
    """A won deal makes a customer."""
    change(entity, entity_id, CUSTOMER, at, f"won deal #{deal_id}")
