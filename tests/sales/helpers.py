"""Helpers for the sales tests: contacts made through the contact service on either backend,
activities logged at chosen moments, a clock tests move by hand."""

from __future__ import annotations

from datetime import UTC, datetime

from rolodex.clock import FixedClock
from rolodex.records import Address, ContactData, LabeledValue
from rolodex.sales.deals import DealService
from rolodex.sales.records import DealInput
from rolodex.services.contacts import ContactService
from rolodex.services.crm.activities import ActivityService
from rolodex.services.crm.records import ActivityData


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def clock_at(*args: int) -> FixedClock:
    return FixedClock(utc(*args))


def person(given: str, family: str = "", *, tags: tuple[str, ...] = (), **more: object) -> int:
    """A live contact; ``city``/``postal_code``/``street`` make an address, ``email`` one."""
    address = Address(
        street=str(more.get("street", "")),
        city=str(more.get("city", "")),
        postal_code=str(more.get("postal_code", "")),
        country=str(more.get("country", "NO")),
    )
    data = ContactData(
        given=given, family=family, tags=list(tags), company=str(more.get("company", ""))
    )
    if more.get("city") or more.get("street"):
        data.addresses = [address]
    if more.get("email"):
        data.emails = [LabeledValue(str(more["email"]))]
    return ContactService().create(data)


def log(contact: int, at: datetime, kind: str = "call") -> int:
    change = ActivityService(FixedClock(at)).log(
        ActivityData(contact_id=contact, kind=kind, occurred_at=at)
    )
    return change.ids[0]


def deal(
    contact: int,
    stage: str,
    value: str = "1000",
    *,
    clock: FixedClock | None = None,
    **more: object,
) -> int:
    data = DealInput(
        title=str(more.get("title", f"Deal for {contact}")),
        value=value,
        currency=str(more.get("currency", "NOK")),
        stage=stage,
        contact_id=contact,
        probability=more.get("probability"),  # type: ignore[arg-type]
        owner=str(more.get("owner", "")),
        expected_close=more.get("close"),  # type: ignore[arg-type]
    )
    return DealService(clock or clock_at(2026, 1, 1)).add(data).ids[0]
