"""Live views: a change committed by another client reaches a listener within two seconds,
as the Change the service returned, with who made it (real server, two connections)."""

from __future__ import annotations

import queue
from pathlib import Path

import pytest

from rolodex.db import StoreError
from rolodex.services.changes import Change
from rolodex.team.live import ChangeListener, LiveChange, parse
from tests.team.conftest import ok

WITHIN = 2.0  # seconds after the other client's commit


def test_changes_from_another_client_arrive_within_two_seconds(pg_book: str) -> None:
    events: queue.Queue[LiveChange] = queue.Queue()
    listener = ChangeListener(events.put)
    assert listener.start()
    try:
        cid = int(ok("--db", pg_book, "add", "Eve Adams", user="alice"))
        created = events.get(timeout=WITHIN)
        assert created.change == Change("contact", (cid,), "created")
        ok("--db", pg_book, "edit", str(cid), "--set", "notes=hello")
        assert events.get(timeout=WITHIN).change == Change("contact", (cid,), "updated")
        ok("--db", pg_book, "log", str(cid), "--kind", "call")
        seen = [events.get(timeout=WITHIN), events.get(timeout=WITHIN)]
    finally:
        listener.stop()
    # the activity, and the contact's "last contacted" (the list column) in the same commit
    assert {(e.change.entity, e.change.kind) for e in seen} == {
        ("activity", "created"), ("contact", "updated"),
    }  # fmt: skip
    assert created.by == "alice"  # ROLODEX_USER, as the History says
    assert logged_by(seen) == pg_book.split("//")[1].split(":")[0]  # no override: the login


def test_the_by_of_a_change_is_the_user_override_on_this_connection(pg_book: str) -> None:
    """Regression: "by" was always the server login, whatever --user / ROLODEX_USER said."""
    from rolodex.records import ContactData
    from rolodex.services.contacts import ContactService
    from rolodex.store.users import act_as

    events: queue.Queue[LiveChange] = queue.Queue()
    listener = ChangeListener(events.put)  # a second connection, listening
    assert listener.start()
    try:
        act_as("Rita at the front desk")  # on the bound book's open connection too
        cid = ContactService().create(ContactData(given="Eve", family="Adams"))
        assert events.get(timeout=WITHIN).by == "Rita at the front desk"
        act_as(None)  # back to the login
        ContactService().delete([cid])
        assert events.get(timeout=WITHIN).by == pg_book.split("//")[1].split(":")[0]
    finally:
        act_as(None)
        listener.stop()


def logged_by(events: list[LiveChange]) -> str:
    (who,) = {e.by for e in events}
    return who


def test_a_file_book_has_no_live_updates(book: object) -> None:
    assert ChangeListener(lambda _e: None).start() is False


def test_only_well_formed_events_are_taken() -> None:
    event = parse('{"entity": "contact", "ids": null, "kind": "created", "by": "bob"}')
    assert event is not None and event.everything and event.by == "bob"
    assert parse("not json") is None and parse('{"ids": [1]}') is None


def test_listening_on_a_file_is_refused_in_one_line(tmp_path: Path, book: object) -> None:
    from rolodex.store.postgres.notify import NotifyConnection

    with pytest.raises(StoreError):
        NotifyConnection()


def test_server_connections_run_without_jit(pg_book: str) -> None:
    """Under row-level security the planner's estimates started a JIT compile of ~1 s for
    a search of 100 ms at 100,000 contacts (benchmarks/bench_rls.py)."""
    from rolodex.db import database

    assert database.execute_sql("SHOW jit").fetchone()[0] == "off"
