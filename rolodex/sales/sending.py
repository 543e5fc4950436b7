"""Sending a campaign and writing what goes out, for the CLI and the app alike: the recipients
are frozen and logged (:meth:`CampaignService.send`), then the files the office asked for are
written — the mail-merge letters PDF, address labels or envelopes, the recipient CSV. Runs on
the app's worker thread; a file that cannot be written is one SalesError line (the campaign
stays sent: the files can be written again from the frozen list with ``write``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rolodex.clock import Clock
from rolodex.labels.options import LabelResult
from rolodex.sales import letters
from rolodex.sales.campaigns import CampaignService
from rolodex.sales.records import Recipient, SalesError


@dataclass(frozen=True)
class Outputs:
    """Which files to write (None: not wanted); ``label_template`` is a label catalogue id."""

    letters: Path | None = None
    csv: Path | None = None
    labels: Path | None = None
    label_template: str = ""


@dataclass(frozen=True)
class Sent:
    recipients: int
    letters: int = 0
    csv_rows: int = 0
    labels: LabelResult | None = None


def send(campaign_id: int, outputs: Outputs, clock: Clock) -> Sent:
    """Freeze and log the campaign, then write ``outputs`` from its frozen recipients."""
    service = CampaignService(clock)
    service.send(campaign_id)
    return write(campaign_id, outputs, clock)


def send_or_write(campaign_id: int, outputs: Outputs, clock: Clock) -> Sent:
    """Send the campaign if it is not sent yet; else write ``outputs`` again from its frozen
    recipients (a file that could not be written the first time)."""
    if CampaignService(clock).get(campaign_id).sent_at:
        return write(campaign_id, outputs, clock)
    return send(campaign_id, outputs, clock)


def write(campaign_id: int, outputs: Outputs, clock: Clock) -> Sent:
    """Write ``outputs`` for the campaign's recipients (frozen once it is sent)."""
    service = CampaignService(clock)
    campaign, people = service.get(campaign_id), service.recipients(campaign_id)
    day = clock.now().date().isoformat()
    try:
        count = 0
        if outputs.letters:
            template = campaign.template or letters.DEFAULT_TEMPLATE
            count = letters.write_letters(people, template, day, outputs.letters)
        rows = letters.write_csv(people, outputs.csv) if outputs.csv else 0
        labels = _labels(people, outputs) if outputs.labels else None
    except OSError as exc:
        raise SalesError(f"Cannot write the file: {exc.strerror or exc}.") from None
    return Sent(len(people), count, rows, labels)


def _labels(people: list[Recipient], outputs: Outputs) -> LabelResult:
    from rolodex.labels.catalog import load_templates
    from rolodex.labels.options import LabelOptions
    from rolodex.labels.render import render_labels
    from rolodex.labels.templates import TemplateError
    from rolodex.services.contacts import ContactService

    assert outputs.labels is not None
    try:
        template = load_templates().find(outputs.label_template)
    except TemplateError as exc:
        raise SalesError(str(exc)) from None
    ids = [p.contact_id for p in people if p.contact_id]
    return render_labels(ContactService().get_many(ids), template, LabelOptions(), outputs.labels)
