"""Campaigns: a name, a channel (letter, email, phone, event), a date and recipients chosen by
tag, search or selection. Sending freezes the recipients — who they were, their address and
email as they were — so the record stays true when tags change later, and logs an activity in
each recipient's history. Responses are recorded per recipient; "unsubscribed" marks the
contact "do not mail" and "do not email". Rolodex never sends mail itself: letters become a
PDF (:mod:`rolodex.sales.letters`), email campaigns a CSV for a mailing tool.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from rolodex.clock import Clock, SystemClock
from rolodex.sales.actor import current_login
from rolodex.sales.records import CampaignData, CampaignSummary, Recipient, SalesError
from rolodex.services.changes import Change
from rolodex.services.crm.records import ActivityData
from rolodex.services.crm.times import to_db
from rolodex.store import activities as activity_store
from rolodex.store import campaigns as store
from rolodex.store.transactions import writing

CHANNELS = ("letter", "email", "phone", "event")
ACTIVITY_KIND = {"letter": "letter", "email": "email", "phone": "call", "event": "meeting"}
OUTCOMES = ("interested", "not_interested", "no_answer", "unsubscribed")
UNANSWERED = "no_answer"
MAX_OUTCOME = 40


@dataclass(frozen=True)
class Selection:
    """Who a campaign is for: contacts with ``tag``, matching ``search``, and/or ``ids``."""

    tag: str | None = None
    search: str | None = None
    ids: tuple[int, ...] = ()

    def to_json(self) -> str:
        return json.dumps({"tag": self.tag, "search": self.search, "ids": list(self.ids)})

    @staticmethod
    def from_json(text: str) -> Selection:
        data = json.loads(text or "{}")
        return Selection(data.get("tag"), data.get("search"), tuple(data.get("ids") or ()))


def check_outcome(text: str) -> str:
    """A standard outcome ("not interested" → "not_interested") or a custom one, as typed."""
    clean = " ".join(text.split()).casefold()
    standard = clean.replace(" ", "_").replace("-", "_")
    if standard in OUTCOMES:
        return standard
    if not clean or len(clean) > MAX_OUTCOME:
        raise SalesError(f"An outcome is one of {', '.join(OUTCOMES)} or your own (short) word.")
    return clean


class CampaignService:
    """Add campaigns, list their recipients, send them, record and count responses."""

    def __init__(self, clock: Clock | None = None) -> None:
        self.clock: Clock = clock or SystemClock()

    def add(self, name: str, channel: str, selection: Selection, held_on: date | None = None,
            template: str = "") -> Change:  # fmt: skip
        """A new, unsent campaign."""
        if not name.strip():
            raise SalesError("A campaign needs a name.")
        if channel not in CHANNELS:
            raise SalesError(f"A campaign's channel is one of {', '.join(CHANNELS)}.")
        if not (selection.tag or selection.search or selection.ids):
            raise SalesError("Choose the recipients: a tag, a search or contacts.")
        values = {
            "name": name.strip(), "channel": channel, "selection": selection.to_json(),
            "held_on": (held_on or self.clock.now().date()).isoformat(), "template": template,
            "created_at": to_db(self.clock.now()),
        }  # fmt: skip
        with writing():
            new_id = store.insert(values)
        return Change("campaign", (new_id,), "created")

    def get(self, campaign_id: int) -> CampaignData:
        found = store.get(campaign_id)
        if found is None:
            raise SalesError(f"There is no campaign #{campaign_id}.")
        return found

    def campaigns(self) -> list[CampaignData]:
        return store.all_campaigns()

    def recipients(self, campaign_id: int) -> list[Recipient]:
        """The frozen list once sent; before that, who the selection finds now."""
        campaign = self.get(campaign_id)
        if campaign.sent_at:
            return store.recipients(campaign_id)
        return _current_recipients(campaign)

    def send(self, campaign_id: int) -> Change:
        """Freeze the recipients and log the campaign in each one's history."""
        campaign = self.get(campaign_id)
        if campaign.sent_at:
            raise SalesError(f"Campaign #{campaign_id} was sent on {campaign.sent_at[:10]}.")
        people = _current_recipients(campaign)
        now = to_db(self.clock.now())
        kind = ACTIVITY_KIND[campaign.channel]
        with writing():
            logged = [_log(p, kind, campaign, now) for p in people]
            store.freeze(campaign_id, people, logged, now)
            activity_store.refresh_last_contacted([p.contact_id for p in people if p.contact_id])
        return Change("campaign", (campaign_id,), "updated")

    def respond(self, campaign_id: int, contact_id: int, outcome: str, notes: str = "") -> Change:
        """Record a recipient's response (replacing an earlier one)."""
        campaign = self.get(campaign_id)
        answer = check_outcome(outcome)
        if not self._is_recipient(campaign, contact_id):
            raise SalesError(
                f"Contact #{contact_id} is not a recipient of campaign #{campaign_id}."
            )
        now = to_db(self.clock.now())
        values = {"campaign": campaign_id, "contact": contact_id, "outcome": answer,
                  "answered_at": now, "answered_by": current_login(), "notes": notes}  # fmt: skip
        with writing():
            store.respond(values)
            if answer == "unsubscribed":
                store.unsubscribe(contact_id, now)
        return Change("campaign_response", (campaign_id, contact_id), "created")

    def _is_recipient(self, campaign: CampaignData, contact_id: int) -> bool:
        if campaign.sent_at:
            return store.is_recipient(campaign.id, contact_id)
        return any(r.contact_id == contact_id for r in _current_recipients(campaign))

    def responses(self, campaign_id: int) -> dict[int, str]:
        """contact id → the outcome recorded for that recipient (none yet: not listed)."""
        self.get(campaign_id)
        return store.responses(campaign_id)

    def summary(self, campaign_id: int) -> CampaignSummary:
        """Recipients, responses by outcome, and the share who answered (not "no_answer")."""
        campaign = self.get(campaign_id)
        count = len(self.recipients(campaign_id)) if not campaign.sent_at else None
        total = store.recipient_count(campaign_id) if count is None else count
        responses = store.response_counts(campaign_id)
        answered = sum(n for outcome, n in responses.items() if outcome != UNANSWERED)
        rate = round(answered / total, 4) if total else None
        return CampaignSummary(campaign.name, total, responses, rate)


def _log(person: Recipient, kind: str, campaign: CampaignData, now: str) -> int:
    data = ActivityData(contact_id=person.contact_id, kind=kind, subject=f"Campaign: {campaign.name}",
                        notes=f"campaign #{campaign.id}")  # fmt: skip
    return activity_store.insert(data, kind, now, now)


def _current_recipients(campaign: CampaignData) -> list[Recipient]:
    from rolodex.sales.recipients import select

    return select(Selection.from_json(campaign.selection), campaign.channel)


def as_json(summary: CampaignSummary) -> dict[str, object]:
    return {
        "name": summary.name,
        "recipients": summary.recipients,
        "responses": summary.responses,
        "response_rate": summary.response_rate,
    }
