"""The sales commands on a PostgreSQL book (real processes, a fresh database on the server):
a deal moved to Won, the pipeline's JSON, a campaign's responses, the reports."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any


def ok(db: str, *args: str) -> Any:
    done = subprocess.run([sys.executable, "-m", "rolodex", "--db", db, *args],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_deals_campaigns_and_reports_on_a_server(pg_database: str) -> None:
    db = pg_database
    ok(db, "add", "Šarūnas Jasikevičius", "--tag", "vip", "--email", "sj@example.lt")
    assert ok(db, "deals", "add", "1", "--title", "Arena", "--value", "12000,50", "--currency",
              "EUR", "--stage", "Proposal", "--owner", "ona").strip() == "1"  # fmt: skip
    ok(db, "deals", "move", "1", "--stage", "Won")
    rows = {r["stage"]: r for r in json.loads(ok(db, "pipeline", "--json"))}
    won = rows["Won"]
    main = {k: won[k] for k in ("count", "value", "weighted")}
    eur = won["other_currencies"].get("EUR") or main  # EUR may be the book's main currency
    assert eur == {"count": 1, "value": 12000.5, "weighted": 12000.5}
    assert json.loads(ok(db, "lifecycle", "show", "1", "--json"))[-1]["to"] == "customer"
    ok(db, "campaigns", "add", "Pavasaris", "--channel", "email", "--tag", "vip")
    ok(db, "campaigns", "send", "1")
    ok(db, "campaigns", "respond", "1", "1", "--outcome", "unsubscribed")
    shown = json.loads(ok(db, "campaigns", "show", "1", "--json"))
    assert shown == {
        "name": "Pavasaris",
        "recipients": 1,
        "responses": {"unsubscribed": 1},
        "response_rate": 1.0,
    }
    quality = json.loads(ok(db, "report", "quality", "--json"))
    assert quality["never_contacted"] == 0  # the campaign email counts as contact
    retention = json.loads(ok(db, "report", "retention", "--year", "2025", "--json"))
    assert retention["customers_at_start"] == 0
