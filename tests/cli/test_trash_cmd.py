"""``rolodex trash list|restore|empty``, ``delete`` of ids that do not exist, and ``stats``
leaving out what hangs off trashed contacts. Real processes, real books."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def rolodex(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rolodex", *args],
        capture_output=True,
        text=True,
        timeout=60,
        input=stdin if stdin is not None else "",
    )


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A book with Ada (1), Bob (2) and Cy (3); Cy has an activity and a follow-up."""
    path = str(tmp_path / "book.db")
    for name in ("Ada Lovelace", "Bob Smith", "Cy Young"):
        assert rolodex("--db", path, "add", name).returncode == 0
    assert rolodex("--db", path, "log", "3", "--kind", "call").returncode == 0
    assert rolodex("--db", path, "followups", "add", "3", "--due", "2030-01-01").returncode == 0
    return path


def trash(db: str) -> list[dict[str, object]]:
    listed = rolodex("--db", db, "trash", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    items: list[dict[str, object]] = json.loads(listed.stdout)
    return items


def test_delete_counts_only_what_moved_and_names_the_rest(db: str) -> None:
    done = rolodex("--db", db, "delete", "1", "99")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "moved 1 contact(s) to the Trash; no contact with id 99"
    none = rolodex("--db", db, "delete", "98", "99")
    assert none.returncode != 0
    assert none.stderr.strip() == "rolodex: no contact with id 98, 99"
    assert [item["id"] for item in trash(db)] == [1]


def test_trash_list_restore_and_empty(db: str) -> None:
    assert rolodex("--db", db, "delete", "1", "3").returncode == 0
    items = trash(db)
    assert {(i["id"], i["kind"], i["name"]) for i in items} == {
        (1, "contact", "Ada Lovelace"),
        (3, "contact", "Cy Young"),
    }
    assert all(str(i["deleted_at"]).startswith("20") for i in items)
    back = rolodex("--db", db, "trash", "restore", "3", "2")
    assert back.returncode == 0, back.stderr
    assert back.stdout.strip() == (
        "moved 1 contact(s) back from the Trash; no contact with id 2 in the Trash"
    )
    found = json.loads(rolodex("--db", db, "search", "cy", "--json").stdout)
    assert [hit["id"] for hit in found] == [3]
    assert rolodex("--db", db, "trash", "restore", "2").returncode != 0
    emptied = rolodex("--db", db, "trash", "empty", "--yes")
    assert emptied.returncode == 0, emptied.stderr
    assert trash(db) == []
    assert rolodex("--db", db, "show", "1").returncode != 0  # gone for good


def test_trash_empty_without_yes_refuses_when_not_on_a_terminal(db: str) -> None:
    assert rolodex("--db", db, "delete", "2").returncode == 0
    refused = rolodex("--db", db, "trash", "empty", stdin="y\n")
    assert refused.returncode != 0
    assert "--yes" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert [item["id"] for item in trash(db)] == [2]


def test_stats_leave_out_activities_and_followups_of_trashed_contacts(db: str) -> None:
    before = json.loads(rolodex("--db", db, "stats", "--json").stdout)
    assert (before["contacts"], before["activities"], before["followups"]) == (3, 1, 1)
    assert rolodex("--db", db, "delete", "3").returncode == 0
    after = json.loads(rolodex("--db", db, "stats", "--json").stdout)
    assert (after["contacts"], after["activities"], after["followups"]) == (2, 0, 0)
    assert rolodex("--db", db, "trash", "restore", "3").returncode == 0
    again = json.loads(rolodex("--db", db, "stats", "--json").stdout)
    assert (again["contacts"], again["activities"], again["followups"]) == (3, 1, 1)
