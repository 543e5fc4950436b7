"""Campaigns on both backends: recipients frozen at sending, an activity per recipient,
responses counted, unsubscribing opting the contact out; letters and the CSV written."""

from __future__ import annotations

from pathlib import Path

import pytest

from rolodex.models import Contact
from rolodex.sales.campaigns import CampaignService, Selection
from rolodex.sales.records import SalesError
from rolodex.services.contacts import ContactService
from rolodex.services.crm.activities import ActivityService
from tests.sales.helpers import clock_at, person


def _retag(contact_id: int, tags: list[str]) -> None:
    service = ContactService()
    data = service.get(contact_id)
    data.tags = tags
    service.save(data)


def test_recipients_are_frozen_when_the_campaign_is_sent(any_book: str) -> None:
    ann = person(
        "Ann", "Berg", tags=("spring",), street="Storgata 1", city="Oslo", postal_code="0155"
    )
    bob = person("Bob", tags=("spring",), email="bob@example.no")
    service = CampaignService(clock_at(2026, 3, 1))
    cid = service.add("Spring letter", "letter", Selection(tag="spring")).ids[0]
    service.send(cid)
    _retag(bob, [])  # tags change after sending...
    late = person("Cat", tags=("spring",))  # ...and someone new gets the tag
    frozen = service.recipients(cid)
    assert [r.contact_id for r in frozen] == [ann, bob]
    assert "Storgata 1" in frozen[0].address and late not in [r.contact_id for r in frozen]
    logged = ActivityService().timeline(ann)
    assert [(a.kind, a.subject) for a in logged] == [("letter", "Campaign: Spring letter")]
    with pytest.raises(SalesError, match="was sent"):
        service.send(cid)


def test_responses_are_counted_and_unsubscribing_opts_out(any_book: str) -> None:
    people = [person(name, tags=("fair",)) for name in ("Ann", "Bob", "Cat", "Dan")]
    service = CampaignService(clock_at(2026, 3, 1))
    cid = service.add("Fair", "letter", Selection(tag="fair")).ids[0]
    service.send(cid)
    service.respond(cid, people[0], "interested")
    service.respond(cid, people[1], "Not interested")
    service.respond(cid, people[2], "unsubscribed")
    service.respond(cid, people[3], "no answer")
    service.respond(cid, people[0], "interested")  # recorded once
    summary = service.summary(cid)
    assert summary.recipients == 4
    assert summary.responses == {
        "interested": 1,
        "no_answer": 1,
        "not_interested": 1,
        "unsubscribed": 1,
    }
    assert summary.response_rate == 0.75
    flags = Contact.get_by_id(people[2])
    assert (bool(flags.do_not_mail), bool(flags.do_not_email)) == (True, True)
    again = service.add("Fair 2", "letter", Selection(tag="fair")).ids[0]
    assert people[2] not in [r.contact_id for r in service.recipients(again)]
    stranger = person("Eve")
    with pytest.raises(SalesError, match="not a recipient"):
        service.respond(cid, stranger, "interested")


def test_letters_and_the_mailing_list_are_written(any_book: str, tmp_path: Path) -> None:
    from rolodex.sales import letters

    person("Øystein", "Bjørnstad", tags=("x",), street="Storgata 1", city="Tromsø", postal_code="9008",
           email="=cmd@example.no")  # fmt: skip
    person("Иван", tags=("x",), email="ivan@primer.ru")
    service = CampaignService(clock_at(2026, 3, 1))
    cid = service.add("Autumn", "email", Selection(tag="x")).ids[0]
    people = service.recipients(cid)
    pdf, csv_file = tmp_path / "letters.pdf", tmp_path / "list.csv"
    assert letters.write_letters(people, "Dear {given} at {company},", "2026-03-01", pdf) == 1
    assert pdf.read_bytes().startswith(b"%PDF")
    assert letters.write_csv(people, csv_file) == 2
    text = csv_file.read_text("utf-8-sig")
    assert "'=cmd@example.no" in text and "Иван" in text
    with pytest.raises(SalesError, match="{surname}"):
        letters.check_template("Dear {surname}")
