"""On a file book the team commands work with the single local user (or ``--user``)."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

from tests.team.conftest import as_json, ok, rolodex


def test_the_local_user_is_who_did_everything(tmp_path: Path) -> None:
    db = str(tmp_path / "book.db")
    me = getpass.getuser()
    cid = ok("--db", db, "add", "Eve Adams", "--private").strip()
    ok("--db", db, "log", cid, "--kind", "call", "--subject", "Intro")
    shown = as_json("--db", db, "show", cid, "--json")
    assert isinstance(shown, dict)
    assert (shown["owner"], shown["private"], shown["revision"]) == (me, True, 1)
    assert shown["last_contacted"]["kind"] == "call" and shown["last_contacted"]["by"] == me
    (item,) = as_json("--db", db, "history", cid, "--json")  # type: ignore[misc]
    assert item["by"] == me and item["subject"] == "Intro"
    users = as_json("--db", db, "users", "list", "--json")
    assert users == [{"login": me, "name": "", "role": "admin", "you": True}]


def test_user_option_and_variable_name_who_acts(tmp_path: Path) -> None:
    db = str(tmp_path / "book.db")
    cid = ok("--db", db, "add", "Eve Adams").strip()
    ok("--db", db, "--user", "bob", "log", cid, "--kind", "meeting")
    ok("--db", db, "log", cid, "--kind", "email", user="alice")
    history = as_json("--db", db, "history", cid, "--json")
    assert [(h["kind"], h["by"]) for h in history] == [("email", "alice"), ("meeting", "bob")]  # type: ignore[index, union-attr]


def test_an_edit_from_an_old_revision_exits_3_or_merges_when_asked(tmp_path: Path) -> None:
    db = str(tmp_path / "book.db")
    cid = ok("--db", db, "add", "Eve Adams", "--note", "first").strip()
    ok("--db", db, "edit", cid, "--set", "notes=alice's", "--if-revision", "1", user="alice")
    refused = rolodex("--db", db, "edit", cid, "--set", "title=CEO", "--if-revision", "1",
                      user="bob")  # fmt: skip
    assert refused.returncode == 3 and "alice" in refused.stderr
    assert json.loads(ok("--db", db, "show", cid))["job_title"] == ""  # nothing was saved
    merged = rolodex("--db", db, "edit", cid, "--set", "title=CEO", "--if-revision", "1",
                     "--merge", user="bob")  # fmt: skip
    assert merged.returncode == 0, merged.stderr
    assert "alice" in merged.stderr
    clash = rolodex("--db", db, "edit", cid, "--set", "notes=bob's", "--if-revision", "1",
                    "--merge", user="bob")  # fmt: skip
    assert clash.returncode == 3
    assert "alice" in clash.stderr and "notes" in clash.stderr
    shown = json.loads(ok("--db", db, "show", cid))
    assert (shown["notes"], shown["job_title"], shown["revision"]) == ("alice's", "CEO", 3)
    stale = rolodex("--db", db, "edit", cid, "--set", "title=CTO", "--if-revision", "2")
    assert stale.returncode == 3 and "bob" in stale.stderr  # bob set the title at revision 3


def test_edit_refuses_unknown_fields_in_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "book.db")
    cid = ok("--db", db, "add", "Eve Adams").strip()
    done = rolodex("--db", db, "edit", cid, "--set", "shoe_size=44")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    missing = rolodex("--db", db, "edit", "99", "--set", "notes=x")
    assert missing.returncode == 2 and "no contact 99" in missing.stderr.lower()


def test_the_import_history_says_who_ran_each_import(tmp_path: Path) -> None:
    db = str(tmp_path / "book.db")
    card = tmp_path / "one.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Åse Berg\r\nN:Berg;Åse;;;\r\nEND:VCARD\r\n")
    ok("--db", db, "--user", "carol", "import", str(card))
    (batch,) = as_json("--db", db, "imports", "list", "--json")  # type: ignore[misc]
    assert batch["by"] == "carol" and batch["imported"] == 1
