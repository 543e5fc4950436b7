"""The data-quality counts and the lists behind them, and the dashboard's numbers against the
report commands', on both backends."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from rolodex.records import ContactData, Phone
from rolodex.sales import dashboard, money, pipeline, quality, retention
from rolodex.services.contacts import ContactService
from tests.sales.helpers import clock_at, deal, log, person, utc

ROOT = Path(__file__).resolve().parents[2]


def test_each_check_counts_the_contacts_a_user_would_fix(any_book: str) -> None:
    nobody = person("Nobody")
    bad_mail = person("Bad", email="not an email")
    same_a, same_b = (
        person("Same", email="same@example.no"),
        person("Same2", email="SAME@example.no"),
    )
    no_code = person("Street", street="Storgata 1", city="Oslo")
    ContactService().create(ContactData(given="Phone", phones=[Phone("12")]))
    talked = person(
        "Talked", email="t@example.no", street="Gate 2", city="Oslo", postal_code="0150"
    )
    log(talked, utc(2026, 1, 5))
    counts = quality.counts()
    assert counts == {
        "no_way_to_reach": 1, "invalid_emails": 1, "unparsable_phones": 1,
        "missing_postcode": 1, "suspected_duplicates": 2, "never_contacted": 6,
    }  # fmt: skip
    assert counts == {check: len(quality.contacts(check)) for check in quality.CHECKS}
    assert quality.contacts("no_way_to_reach") == [nobody]
    assert quality.contacts("invalid_emails") == [bad_mail]
    assert quality.contacts("suspected_duplicates") == [same_a, same_b]
    assert quality.contacts("missing_postcode") == [no_code]


def test_the_dashboard_shows_what_the_services_report(any_book: str) -> None:
    money.set_main_currency("NOK")
    ann, bob = person("Ann"), person("Bob", email="bad mail")
    deal(ann, "Proposal", "1000", close=utc(2026, 6, 20).date())
    deal(bob, "Won", "500")
    log(ann, utc(2026, 6, 1))
    clock = clock_at(2026, 6, 10)
    shown = dashboard.load(clock)
    assert pipeline.as_json(shown.pipeline) == pipeline.as_json(pipeline.pipeline())
    assert shown.quality == quality.counts()
    assert shown.churn_this_year == retention.retention(2026)
    assert shown.neglected == len(retention.neglected(90, clock.now())) == 1  # Bob
    assert shown.closing_this_month == (1, 100000)
    assert shown.lifecycle["customer"] == 1 and shown.lifecycle["prospect"] == 1


def test_the_dashboard_numbers_equal_the_commands_output(book: object, tmp_path: Path) -> None:
    from rolodex.db import close_store, open_store

    path = Path(str(book.path))  # type: ignore[attr-defined]
    person("Ann", email="x y")
    deal(person("Bob"), "Won", "700")
    close_store()

    def cli(*argv: str) -> object:
        done = subprocess.run([sys.executable, "-m", "rolodex", "--db", str(path), *argv],
                              capture_output=True, text=True, check=True, cwd=ROOT)  # fmt: skip
        return json.loads(done.stdout)

    printed = (cli("report", "quality", "--json"), cli("report", "retention", "--year", "2026", "--json"),
               cli("pipeline", "--json"))  # fmt: skip
    open_store(path)
    from rolodex.clock import SystemClock

    shown = dashboard.load(SystemClock())
    assert printed[0] == shown.quality
    assert printed[1] == shown.churn_this_year.as_json()
    assert printed[2] == pipeline.as_json(shown.pipeline)


def test_the_counts_follow_every_edit_of_a_contact(any_book: str) -> None:
    bad = person("Bad", email="not an email")
    assert quality.counts()["invalid_emails"] == 1
    service = ContactService()
    data = service.get(bad)
    data.emails[0].value = "bad@example.no"
    service.save(data)
    assert quality.counts()["invalid_emails"] == 0
    person("Other", email="x y")
    assert quality.counts()["invalid_emails"] == 1
    service.delete([bad])
    assert quality.counts()["never_contacted"] == 1
