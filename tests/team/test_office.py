"""An office of three on one real PostgreSQL book, as issue 11's tests act it out: who did
what, edits that merge or exit 3, private contacts the server hides from a colleague's own
SQL, and a reader refused on every write."""

from __future__ import annotations

import json

import psycopg

from tests.team.conftest import Office, as_json, ok, rolodex


def test_history_shows_who_did_what(office: Office) -> None:
    alice, bob = office.urls["alice"], office.urls["bob"]
    cid = ok("--db", alice, "add", "Eve Adams", "--email", "eve@example.com").strip()
    ok("--db", alice, "log", cid, "--kind", "call", "--subject", "First call",
       "--at", "2026-11-30T10:00:00+00:00")  # fmt: skip
    ok("--db", bob, "log", cid, "--kind", "meeting", "--at", "2026-12-01T09:00:00+00:00")
    history = as_json("--db", alice, "history", cid, "--json")
    assert [(h["kind"], h["by"], h["by_name"]) for h in history] == [  # type: ignore[index, union-attr]
        ("meeting", office.logins["bob"], "Bob"),
        ("call", office.logins["alice"], "Alice"),
    ]
    shown = as_json("--db", alice, "show", cid, "--json")
    assert shown["last_contacted"] == {  # type: ignore[index, call-overload]
        "at": "2026-12-01T09:00:00+00:00", "kind": "meeting", "by": office.logins["bob"],
    }  # fmt: skip
    users = as_json("--db", office.admin, "users", "list", "--json")
    assert {(u["login"], u["role"]) for u in users} == {  # type: ignore[index, union-attr]
        (office.logins["alice"], "editor"), (office.logins["bob"], "editor"),
        (office.logins["rita"], "reader"),
    }  # fmt: skip


def test_a_moved_revision_exits_3_and_merge_keeps_both(office: Office) -> None:
    alice, bob = office.urls["alice"], office.urls["bob"]
    cid = ok("--db", alice, "add", "Eve Adams").strip()
    start = str(as_json("--db", bob, "show", cid, "--json")["revision"])  # type: ignore[index, call-overload]
    ok("--db", alice, "edit", cid, "--set", "notes=Wants a quote", "--if-revision", start)
    refused = rolodex("--db", bob, "edit", cid, "--set", "title=Buyer", "--if-revision", start)
    assert refused.returncode == 3 and office.logins["alice"] in refused.stderr
    merged = rolodex("--db", bob, "edit", cid, "--set", "title=Buyer", "--if-revision", start,
                     "--merge")  # fmt: skip
    assert merged.returncode == 0, merged.stderr
    clash = rolodex("--db", bob, "edit", cid, "--set", "notes=Not interested",
                    "--if-revision", start, "--merge")  # fmt: skip
    assert clash.returncode == 3, clash.stderr
    assert office.logins["alice"] in clash.stderr
    shown = as_json("--db", alice, "show", cid, "--json")
    assert (shown["notes"], shown["job_title"]) == ("Wants a quote", "Buyer")  # type: ignore[index, call-overload]


def test_a_private_contact_is_invisible_to_a_colleagues_own_sql(office: Office) -> None:
    alice, bob = office.urls["alice"], office.urls["bob"]
    secret = ok("--db", alice, "add", "Secret Lead", "--email", "lead@example.com",
                "--private").strip()  # fmt: skip
    open_ = ok("--db", alice, "add", "Open Lead").strip()
    ok("--db", alice, "log", secret, "--kind", "call", "--notes", "pricing talk")
    with psycopg.connect(bob) as conn:
        names = [r[0] for r in conn.execute("SELECT display_name FROM contact")]
        assert names == ["Open Lead"]
        assert conn.execute("SELECT count(*) FROM email").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM activity").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM contact_search").fetchone() == (1,)
    assert json.loads(ok("--db", bob, "search", "lead", "--json"))[0]["id"] == int(open_)
    assert rolodex("--db", bob, "show", secret).returncode == 2
    with psycopg.connect(alice) as conn:  # its owner sees it
        assert conn.execute("SELECT count(*) FROM contact").fetchone() == (2,)
    ok("--db", office.admin, "users", "set", office.logins["bob"], "--role", "admin")
    with psycopg.connect(bob) as conn:  # and an administrator
        assert conn.execute("SELECT count(*) FROM contact").fetchone() == (2,)


def test_a_reader_is_refused_every_write_in_one_clear_line(office: Office) -> None:
    rita = office.urls["rita"]
    cid = ok("--db", office.urls["alice"], "add", "Eve Adams").strip()
    assert json.loads(ok("--db", rita, "search", "eve", "--json"))[0]["id"] == int(cid)
    writes = [
        ["add", "Someone New"],
        ["log", cid, "--kind", "call"],
        ["edit", cid, "--set", "notes=x"],
        ["delete", cid],
        ["followups", "add", cid, "--due", "2030-01-01"],
        ["users", "add", office.logins["rita"], "--role", "admin"],
    ]
    for args in writes:
        done = rolodex("--db", rita, *args)
        assert done.returncode == 2, (args, done.stdout)
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert "may not change this book" in done.stderr, done.stderr
    shown = as_json("--db", rita, "show", cid, "--json")
    assert shown["notes"] == "" and shown["revision"] == 1  # type: ignore[index, call-overload]
