"""The sales commands as a user runs them (real subprocesses, a real book file): the ids
printed, the JSON keys the issue names, one clear line for mistakes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(db: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ROLODEX_USER": "kari", "LC_ALL": "nb_NO.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "rolodex", "--db", str(db), *argv],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


def ok(db: Path, *argv: str) -> str:
    done = run(db, *argv)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "book.db"
    for name, tag in (("Kari Nordmann", "vip"), ("Ola Hansen", "vip"), ("Per Berg", "other")):
        ok(path, "add", name, "--tag", tag, "--email", f"{name.split()[0].lower()}@example.no")
    return path


def test_deals_stages_and_pipeline(db: Path) -> None:
    first = ok(db, "deals", "add", "Kari", "--title", "Server", "--value", "12000", "--currency",
               "NOK", "--stage", "Proposal", "--close", "2027-01-31", "--owner", "kari")  # fmt: skip
    assert first.strip() == "1"
    ok(db, "deals", "add", "2", "--title", "Licence", "--value", "2000", "--currency", "NOK")
    ok(
        db,
        "deals",
        "add",
        "2",
        "--title",
        "EU",
        "--value",
        "100",
        "--currency",
        "EUR",
        "--stage",
        "Proposal",
    )
    ok(db, "deals", "move", "2", "--stage", "Won")
    stages = json.loads(ok(db, "stages", "list", "--json"))
    assert [(s["name"], s["probability"], s["order"]) for s in stages][:2] == [
        ("Lead", 10, 1),
        ("Qualified", 25, 2),
    ]
    rows = {r["stage"]: r for r in json.loads(ok(db, "pipeline", "--json"))}
    proposal = {
        k: rows["Proposal"][k] for k in ("stage", "probability", "count", "value", "weighted")
    }
    assert proposal == {
        "stage": "Proposal",
        "probability": 50,
        "count": 1,
        "value": 12000,
        "weighted": 6000,
    }
    assert rows["Proposal"]["currency"] == "NOK"  # nb_NO: the main currency is NOK
    assert rows["Proposal"]["other_currencies"] == {
        "EUR": {"count": 1, "value": 100, "weighted": 50}
    }
    assert rows["Won"]["value"] == 2000
    mine = json.loads(ok(db, "pipeline", "--owner", "kari", "--json"))
    assert sum(r["count"] for r in mine) == 1
    won = json.loads(ok(db, "deals", "list", "--stage", "Won", "--json"))
    assert [d["title"] for d in won] == ["Licence"]
    history = json.loads(ok(db, "deals", "show", "2", "--json"))["history"]
    assert [(h["from"], h["to"], h["by"]) for h in history] == [
        (None, "Lead", "kari"),
        ("Lead", "Won", "kari"),
    ]


def test_reports_print_the_issue_keys(db: Path) -> None:
    ok(db, "deals", "add", "1", "--title", "T", "--value", "1", "--stage", "Won")
    retention = json.loads(ok(db, "report", "retention", "--year", "2025", "--json"))
    assert set(retention) == {"customers_at_start", "lost", "won", "churn_rate", "retention_rate"}
    neglected = json.loads(ok(db, "report", "neglected", "--days", "90", "--json"))
    assert [n["name"] for n in neglected] == ["Kari Nordmann"]
    quality = json.loads(ok(db, "report", "quality", "--json"))
    assert quality["never_contacted"] == 3 and quality["no_way_to_reach"] == 0


def test_a_campaign_from_adding_to_its_responses(db: Path, tmp_path: Path) -> None:
    campaign = ok(db, "campaigns", "add", "Spring", "--channel", "letter", "--tag", "vip").strip()
    assert campaign == "1"
    recipients = json.loads(ok(db, "campaigns", "recipients", "1", "--json"))
    assert [r["name"] for r in recipients] == ["Kari Nordmann", "Ola Hansen"]
    ok(db, "campaigns", "send", "1", "--csv", str(tmp_path / "list.csv"))
    assert "kari@example.no" in (tmp_path / "list.csv").read_text("utf-8-sig")
    ok(
        db,
        "campaigns",
        "respond",
        "1",
        "Kari",
        "--outcome",
        "interested",
        "--follow-up",
        "2027-01-10",
    )
    shown = json.loads(ok(db, "campaigns", "show", "1", "--json"))
    assert shown == {
        "name": "Spring",
        "recipients": 2,
        "responses": {"interested": 1},
        "response_rate": 0.5,
    }
    due = json.loads(ok(db, "followups", "list", "--json"))
    assert [f["due_date"] for f in due] == ["2027-01-10"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ("deals", "add", "1", "--title", "T", "--value", "12,345", "--currency", "NOK"),
            "more decimals",
        ),
        (("deals", "move", "9", "--stage", "Won"), "no deal #9"),
        (("deals", "add", "1", "--title", "T", "--value", "1", "--stage", "Closing"), "no stage"),
        (("campaigns", "respond", "7", "1", "--outcome", "interested"), "no campaign #7"),
    ],
)
def test_mistakes_give_one_line(db: Path, argv: tuple[str, ...], message: str) -> None:
    done = run(db, *argv)
    assert done.returncode == 2
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1
