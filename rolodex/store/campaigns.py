"""Campaigns, their frozen recipients and their responses, on either backend."""

from __future__ import annotations

from typing import Any

from peewee import fn

from rolodex.models import Campaign, CampaignRecipient, CampaignResponse, Contact
from rolodex.sales.records import CampaignData, Recipient
from rolodex.store.rows import first_row, raw_rows

_CAMPAIGN = (
    Campaign.id, Campaign.name, Campaign.channel, Campaign.held_on, Campaign.selection,
    Campaign.template, Campaign.sent_at, Campaign.created_at,
)  # fmt: skip
R = CampaignRecipient
_RECIPIENT = (R.contact, R.name, R.given, R.company, R.address, R.email)


def insert(values: dict[str, Any]) -> int:
    return int(Campaign.insert(**values).execute())


def get(campaign_id: int) -> CampaignData | None:
    query = Campaign.select(*_CAMPAIGN).where(Campaign.id == campaign_id)
    row = first_row(query.where(Campaign.deleted_at.is_null()))
    return None if row is None else CampaignData(*row)


def all_campaigns() -> list[CampaignData]:
    query = Campaign.select(*_CAMPAIGN).where(Campaign.deleted_at.is_null())
    return [CampaignData(*row) for row in raw_rows(query.order_by(Campaign.id))]


def freeze(campaign_id: int, recipients: list[Recipient], activity_ids: list[int], at: str) -> None:
    """Write the recipients as they are now and mark the campaign sent (in a transaction)."""
    rows = [
        {"campaign": campaign_id, "contact": r.contact_id, "name": r.name, "given": r.given,
         "company": r.company, "address": r.address, "email": r.email, "activity_id": a}
        for r, a in zip(recipients, activity_ids, strict=True)
    ]  # fmt: skip
    for start in range(0, len(rows), 500):
        R.insert_many(rows[start : start + 500]).execute()
    Campaign.update(sent_at=at).where(Campaign.id == campaign_id).execute()


def recipients(campaign_id: int) -> list[Recipient]:
    query = R.select(*_RECIPIENT).where(R.campaign == campaign_id).order_by(R.id)
    return [Recipient(*row) for row in raw_rows(query)]


def recipient_count(campaign_id: int) -> int:
    return int(R.select().where(R.campaign == campaign_id).count())


def is_recipient(campaign_id: int, contact_id: int) -> bool:
    return bool(R.select(R.id).where(R.campaign == campaign_id, R.contact == contact_id).exists())


def respond(values: dict[str, Any]) -> None:
    """Record (or replace) one recipient's response."""
    C = CampaignResponse
    update = {C.outcome: values["outcome"], C.answered_at: values["answered_at"],
              C.answered_by: values["answered_by"], C.notes: values["notes"]}  # fmt: skip
    C.insert(**values).on_conflict(conflict_target=[C.campaign, C.contact], update=update).execute()


def response_counts(campaign_id: int) -> dict[str, int]:
    """How many recipients gave each outcome."""
    C = CampaignResponse
    query = C.select(C.outcome, fn.COUNT(C.id)).where(C.campaign == campaign_id).group_by(C.outcome)
    return {outcome: int(n) for outcome, n in sorted(raw_rows(query))}


def responses(campaign_id: int) -> dict[int, str]:
    """contact id → outcome, for the recipients who have a response recorded."""
    C = CampaignResponse
    query = C.select(C.contact, C.outcome).where(C.campaign == campaign_id)
    return {contact: outcome for contact, outcome in raw_rows(query)}


def all_response_counts() -> dict[int, tuple[int, int]]:
    """campaign id → (recipients, answered: responses other than "no_answer"), sent ones."""
    C = CampaignResponse
    sent = dict(raw_rows(R.select(R.campaign, fn.COUNT(R.id)).group_by(R.campaign)))
    query = (
        C.select(C.campaign, fn.COUNT(C.id)).where(C.outcome != "no_answer").group_by(C.campaign)
    )
    answered = dict(raw_rows(query))
    return {cid: (int(n), int(answered.get(cid, 0))) for cid, n in sent.items()}


def unsubscribe(contact_id: int, at: str) -> None:
    """Mark a contact "do not mail" and "do not email" (a change of the contact)."""
    Contact.update(
        do_not_mail=True, do_not_email=True, revision=Contact.revision + 1, updated_at=at
    ).where(Contact.id == contact_id).execute()


def opted_out(ids: list[int], channel: str) -> set[int]:
    """Of ``ids``, those who asked not to get this channel (letters or emails)."""
    flag = Contact.do_not_email if channel == "email" else Contact.do_not_mail
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = Contact.select(Contact.id).where(Contact.id.in_(chunk), flag == True)  # noqa: E712
        found.update(row[0] for row in raw_rows(query))
    return found
