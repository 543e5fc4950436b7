"""Conflicts listed for review: the same field changed on both sides keeps the local value
and is listed by ``sync conflicts`` until ``sync resolve ID --take local|remote``; taking the
server's value updates the contact and the next sync sends the merged card, keeping the local
one sends nothing. Real CLI processes, on a file and on PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from rolodex.services.contacts import ContactService
from rolodex.sync.review import open_conflicts
from tests.sync.conftest import Collection
from tests.sync.helpers import add, person, server_cards, sync
from tests.sync.test_sync_cli import _one_line
from tests.sync.test_sync_merge import _edit_local, _edit_server

ZEROS = {"uploaded": 0, "downloaded": 0, "updated_local": 0, "updated_remote": 0,
         "deleted_local": 0, "deleted_remote": 0, "conflicts": 0, "errors": 0}  # fmt: skip


def _cli(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rolodex", "--db", db, *args],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
    )  # fmt: skip


def _conflict(collection: Collection, tmp_path: Path) -> int:
    """Ann's job title changed here (Director) and on the server (Manager)."""
    cid = person("Ann", "Berg", job_title="Clerk")
    add(collection, tmp_path)
    sync()
    _edit_local(cid, job_title="Director")
    _edit_server(collection, "TITLE:Manager")
    assert sync().conflicts == 1
    return cid


def _title(cid: int) -> str:
    contact = ContactService().get(cid)
    assert contact is not None
    return contact.job_title


def test_take_theirs_updates_the_contact_and_the_next_sync_sends_it(
    any_book: str, collection: Collection, tmp_path: Path
) -> None:
    cid = _conflict(collection, tmp_path)
    listed = _cli(any_book, "sync", "conflicts", "--json")
    assert listed.returncode == 0, listed.stderr
    (row,) = json.loads(listed.stdout)
    assert {k: row[k] for k in ("account", "contact_id", "contact", "field", "local", "remote")} == {
        "account": "phone", "contact_id": cid, "contact": "Ann Berg", "field": "job_title",
        "local": "Director", "remote": "Manager",
    }  # fmt: skip
    assert "Director" in _cli(any_book, "sync", "conflicts", "phone").stdout
    taken = _cli(any_book, "sync", "resolve", str(row["id"]), "--take", "remote")
    assert taken.returncode == 0, taken.stderr
    assert _title(cid) == "Manager"
    assert json.loads(_cli(any_book, "sync", "conflicts", "--json").stdout) == []
    assert sync().counts() == ZEROS | {"updated_remote": 1}  # the merged card goes up
    (text,) = server_cards(collection).values()
    assert "TITLE:Manager" in text
    assert sync().counts() == ZEROS


def test_keep_mine_changes_nothing_and_the_next_sync_sends_nothing(
    book: object, collection: Collection, tmp_path: Path
) -> None:
    cid = _conflict(collection, tmp_path)
    db = str(book.path)  # type: ignore[attr-defined]
    (conflict,) = open_conflicts()
    kept = _cli(db, "sync", "resolve", str(conflict.id), "--take", "local")
    assert kept.returncode == 0, kept.stderr
    assert _title(cid) == "Director" and open_conflicts() == []
    assert sync().counts() == ZEROS
    again = _one_line(_cli(db, "sync", "resolve", str(conflict.id), "--take", "remote"))
    assert "resolved already" in again
    assert "No sync conflict 999" in _one_line(_cli(db, "sync", "resolve", "999", "--take", "local"))
    assert _title(cid) == "Director"


def test_the_same_field_in_conflict_again_is_listed_once(
    book: object, collection: Collection, tmp_path: Path
) -> None:
    cid = _conflict(collection, tmp_path)
    _edit_local(cid, job_title="Chief")
    _edit_server(collection, "TITLE:Boss")
    assert sync().conflicts == 1
    (conflict,) = open_conflicts("phone")
    assert (conflict.local, conflict.remote) == ("Chief", "Boss")
