"""Someone is already on it: a colleague's recent activity, and their open follow-up, on a
contact (both backends)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from rolodex.clock import FixedClock
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.services.crm.activities import ActivityService
from rolodex.services.crm.followups import FollowUpService
from rolodex.services.crm.records import ActivityData, FollowUpData
from rolodex.store.transactions import writing
from rolodex.store.users import act_as, put_user
from rolodex.team import on_it
from rolodex.team.records import User
from tests.team.conftest import ok, rolodex

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def test_a_colleagues_call_within_the_window_is_shown(any_book: str) -> None:
    clock = FixedClock(NOW)
    cid = ContactService().create(ContactData(given="Eve", family="Adams"))
    with writing():  # the book's list of users (granting a server login is tested elsewhere)
        put_user(User("bob", "Bob Stone"))
    try:
        act_as("bob")
        ActivityService(clock).log(ActivityData(contact_id=cid, kind="call",
                                                occurred_at=NOW - timedelta(days=1)))  # fmt: skip
        ActivityService(clock).log(ActivityData(contact_id=cid, kind="email",
                                                occurred_at=NOW - timedelta(days=9)))  # fmt: skip
        assert on_it.colleagues_on_it(cid, clock) == []  # bob's own activity is not news to him
        act_as("alice")
        (seen,) = on_it.colleagues_on_it(cid, clock)
        assert (seen.name, seen.kind, seen.at) == ("Bob Stone", "call", NOW - timedelta(days=1))
        on_it.set_on_it_days(10)
        assert [s.kind for s in on_it.colleagues_on_it(cid, clock)] == ["call"]  # latest only
        assert on_it.colleagues_on_it(cid, FixedClock(NOW + timedelta(days=12))) == []
    finally:
        act_as(None)


def test_a_followup_assigned_to_a_colleague_is_named(any_book: str) -> None:
    cid = ContactService().create(ContactData(given="Eve", family="Adams"))
    try:
        act_as("alice")
        FollowUpService().add(FollowUpData(contact_id=cid, due_date=date(2030, 1, 1),
                                           subject="Send quote", assignee="bob"))  # fmt: skip
        FollowUpService().add(FollowUpData(contact_id=cid, due_date=date(2030, 1, 2)))
        (theirs,) = on_it.others_followups(cid)
        assert (theirs.login, theirs.subject) == ("bob", "Send quote")
        act_as("bob")
        assert [f.login for f in on_it.others_followups(cid)] == ["alice"]
    finally:
        act_as(None)


def test_logging_a_call_warns_of_a_colleagues_followup(tmp_path: Path) -> None:
    db = str(tmp_path / "book.db")
    cid = ok("--db", db, "add", "Eve Adams").strip()
    ok("--db", db, "followups", "add", cid, "--due", "2030-01-01", "--subject", "Quote",
       user="bob")  # fmt: skip
    done = rolodex("--db", db, "log", cid, "--kind", "call", user="alice")
    assert done.returncode == 0 and "bob has an open follow-up" in done.stderr, done.stderr
    told = rolodex("--db", db, "log", cid, "--kind", "call", user="bob")
    assert told.returncode == 0 and "alice logged a call on" in told.stderr, told.stderr
    assert "follow-up" not in told.stderr  # his own follow-up is no news to him
