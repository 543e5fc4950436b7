"""``rolodex tags list|rename|delete``: tags are case-insensitive, renaming onto another tag's
name merges, deleting takes the tag off everyone. Real processes, a real book."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def rolodex(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rolodex", *args], capture_output=True, text=True, timeout=60
    )


def listed(db: str) -> list[dict[str, object]]:
    done = rolodex("--db", db, "tags", "list", "--json")
    assert done.returncode == 0, done.stderr
    rows: list[dict[str, object]] = json.loads(done.stdout)
    return rows


def test_list_rename_merge_delete(tmp_path: Path) -> None:
    db = str(tmp_path / "book.db")
    assert rolodex("--db", db, "add", "Ada Lovelace", "--tag", "VIP").returncode == 0
    assert rolodex("--db", db, "add", "Bob Smith", "--tag", "vip", "--tag", "Oslo").returncode == 0
    assert listed(db) == [{"name": "Oslo", "contacts": 1}, {"name": "VIP", "contacts": 2}]

    done = rolodex("--db", db, "tags", "rename", "vip", "Key accounts")
    assert done.returncode == 0 and done.stdout == "Renamed 'VIP' to 'Key accounts' (2 contacts).\n"
    done = rolodex("--db", db, "tags", "rename", "oslo", "KEY ACCOUNTS")
    assert done.stdout == "Merged 'Oslo' into 'Key accounts' (2 contacts now carry it).\n"
    assert listed(db) == [{"name": "Key accounts", "contacts": 2}]

    done = rolodex("--db", db, "tags", "delete", "key accounts")
    assert done.stdout == "Deleted the tag 'Key accounts' (2 contacts).\n"
    assert listed(db) == []
    shown = json.loads(rolodex("--db", db, "show", "2").stdout)
    assert shown["tags"] == []


def test_an_unknown_tag_is_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "book.db")
    assert rolodex("--db", db, "add", "Ada Lovelace").returncode == 0
    done = rolodex("--db", db, "tags", "delete", "Nope")
    assert done.returncode == 2 and done.stderr == "rolodex: There is no tag 'Nope'.\n"
    assert rolodex("--db", db, "tags", "list").stdout == "No tags.\n"
