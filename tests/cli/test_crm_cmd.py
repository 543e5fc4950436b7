"""The ``log`` and ``followups`` commands, run in-process on a real book."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from rolodex.cli import crm_cmd
from rolodex.cli.main import run
from rolodex.clock import FixedClock
from rolodex.db import close_store, open_store
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService

NOW = datetime(2026, 6, 10, 12, 0, tzinfo=ZoneInfo("Europe/Oslo"))


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A book holding Ada Lovelace (1), Ada Byron (2) and Bob Stone (3); clock at NOW."""
    path = tmp_path / "book.db"
    open_store(path)
    service = ContactService()
    for given, family in (("Ada", "Lovelace"), ("Ada", "Byron"), ("Bob", "Stone")):
        service.create(ContactData(given=given, family=family))
    close_store()
    monkeypatch.setattr(crm_cmd, "make_clock", lambda: FixedClock(NOW, "Europe/Oslo"))
    return str(path)


def cli(db: str, *argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = run(["--db", db, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_log_by_unique_search_prints_the_new_id(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = cli(
        db,
        "log",
        "lovelace",
        "--kind",
        "call",
        "--subject",
        "Intro",
        "--at",
        "2026-06-09T15:00",
        capsys=capsys,
    )
    assert (code, out) == (0, "1\n")
    code, out, _ = cli(db, "log", "3", "--kind", "meeting", capsys=capsys)
    assert (code, out) == (0, "2\n")
    from rolodex.services.crm.activities import ActivityService

    open_store(db)
    try:
        logged = ActivityService().timeline(1)
        assert [(a.kind, a.subject) for a in logged] == [("call", "Intro")]
        assert logged[0].occurred_at == datetime(2026, 6, 9, 13, 0, tzinfo=ZoneInfo("UTC"))
    finally:
        close_store()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["log", "ada", "--kind", "call"], "matches several contacts: Ada"),
        (["log", "zelda", "--kind", "call"], "No contact matches 'zelda'"),
        (["log", "bob", "--kind", "call", "--at", "yesterday"], "not an ISO date"),
        (["followups", "add", "bob", "--due", "soon"], "not a date like 2026-03-30"),
        (["followups", "add", "bob", "--due", "2026-07-01", "--repeat", "often"], "repeat"),
        (["followups", "done", "99"], "no follow-up 99"),
    ],
)
def test_user_mistakes_are_one_line_and_exit_2(
    db: str, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = cli(db, *argv, capsys=capsys)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1


def test_add_list_done_and_export(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        cli(
            db,
            "followups",
            "add",
            "bob",
            "--due",
            "2026-06-01",
            "--subject",
            "Invoice",
            capsys=capsys,
        )[1]
        == "1\n"
    )
    assert cli(db, "followups", "add", "1", "--due", "2026-06-10T18:00", capsys=capsys)[1] == "2\n"
    assert (
        cli(
            db,
            "followups",
            "add",
            "2",
            "--due",
            "2026-06-14T09:00",
            "--repeat",
            "weekly",
            capsys=capsys,
        )[1]
        == "3\n"
    )

    def ids(*flags: str) -> list[int]:
        out = cli(db, "followups", "list", *flags, "--json", capsys=capsys)[1]
        return [item["id"] for item in json.loads(out)]

    assert ids() == [1, 2, 3]
    assert ids("--overdue") == [1]
    assert ids("--today") == [2]
    assert ids("--upcoming", "7") == [3]
    code, text, _ = cli(db, "followups", "list", capsys=capsys)
    assert "Bob Stone — Invoice" in text.splitlines()[0] and "!" in text.splitlines()[0]

    code, out, _ = cli(db, "followups", "done", "3", "--log", "call", capsys=capsys)
    assert code == 0 and "Next: follow-up 4 due 2026-06-21" in out
    assert ids() == [1, 2, 4]

    target = tmp_path / "due.ics"
    code, out, _ = cli(db, "followups", "export", "-o", str(target), capsys=capsys)
    assert code == 0 and out == f"Wrote 3 follow-ups to {target}.\n"
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert sorted(str(e["uid"]) for e in events) == [
        f"rolodex-followup-{i}@rolodex" for i in (1, 2, 4)
    ]


def test_snooze_and_unwritable_export(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli(db, "followups", "add", "bob", "--due", "2026-06-01T10:00", capsys=capsys)
    code, out, _ = cli(db, "followups", "snooze", "1", "--until", "tomorrow", capsys=capsys)
    assert out == "Follow-up 1 now due 2026-06-11 10:00.\n"
    code, out, _ = cli(db, "followups", "snooze", "1", "--until", "2026-07-01", capsys=capsys)
    assert out == "Follow-up 1 now due 2026-07-01.\n"
    code, out, err = cli(
        db, "followups", "export", "-o", str(tmp_path / "no" / "x.ics"), capsys=capsys
    )
    assert code == 2 and "Cannot write" in err
