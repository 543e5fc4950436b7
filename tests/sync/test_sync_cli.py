"""``rolodex sync add|list|remove|run`` in real processes against the Radicale test server:
the JSON keys of ``sync run --json``, and one clear line (no traceback) for a wrong password,
no such address book, a server that is not there, and an untrusted certificate."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from tests.sync.conftest import Collection
from tests.sync.helpers import card, put_card, server_uids

KEYS = [
    "uploaded", "downloaded", "updated_local", "updated_remote", "deleted_local",
    "deleted_remote", "conflicts", "errors",
]  # fmt: skip


def rolodex(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rolodex", "--db", str(db), *args],
        capture_output=True, text=True, timeout=120, input="",
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
    )  # fmt: skip


def _password_file(tmp_path: Path, password: str) -> str:
    path = tmp_path / "password"
    path.write_text(password + "\n", encoding="utf-8")
    return str(path)


def _add(db: Path, url: str, user: str, password_file: str, *more: str) -> subprocess.CompletedProcess[str]:
    return rolodex(db, "sync", "add", "phone", "--url", url, "--username", user,
                   "--password-file", password_file, *more)  # fmt: skip


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_add_list_run_remove(collection: Collection, tmp_path: Path) -> None:
    db = tmp_path / "book.db"
    added = rolodex(db, "add", "Ann Berg", "--email", "ann@example.no", "--tag", "phone")
    assert added.returncode == 0, added.stderr
    assert rolodex(db, "add", "Cy Young").returncode == 0
    put_card(collection, "bob.vcf", card("bob-1", "Bob", "Dale"))
    pw = _password_file(tmp_path, collection.password)
    # (Discovery from the bare server URL: test_sync_certificates, on a server of its own.)
    added = _add(db, collection.url, collection.user, pw, "--tag", "phone")
    assert added.returncode == 0, added.stderr
    assert collection.url in added.stdout
    listed = json.loads(rolodex(db, "sync", "list", "--json").stdout)
    assert [(a["name"], a["tag"], a["collection"]) for a in listed] == [
        ("phone", "phone", collection.url)
    ]
    run = rolodex(db, "sync", "run", "--json")
    assert run.returncode == 0, run.stderr
    counts = json.loads(run.stdout)
    assert list(counts) == KEYS
    assert (counts["uploaded"], counts["downloaded"]) == (1, 1)  # Cy is not tagged
    assert len(server_uids(collection)) == 2
    again = json.loads(rolodex(db, "sync", "run", "phone", "--json").stdout)
    assert again == dict.fromkeys(KEYS, 0)
    assert rolodex(db, "sync", "remove", "phone").returncode == 0
    assert json.loads(rolodex(db, "sync", "list", "--json").stdout) == []


def test_a_wrong_password_is_one_line(collection: Collection, tmp_path: Path) -> None:
    db = tmp_path / "book.db"
    line = _one_line(_add(db, collection.url, collection.user, _password_file(tmp_path, "nope")))
    assert "401" in line and "password" in line
    assert json.loads(rolodex(db, "sync", "list", "--json").stdout) == []


def test_no_such_address_book_is_one_line(collection: Collection, tmp_path: Path) -> None:
    db = tmp_path / "book.db"
    url = collection.url.rstrip("/") + "-missing/"
    line = _one_line(_add(db, url, collection.user, _password_file(tmp_path, collection.password)))
    assert "No such address book" in line


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_server_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "book.db"
    url = f"http://127.0.0.1:{_free_port()}/dav/"
    line = _one_line(_add(db, url, "me", _password_file(tmp_path, "x")))
    assert line.startswith("rolodex: Cannot reach the server at 127.0.0.1:")


def test_a_run_that_fails_says_so_and_counts_the_error(collection: Collection, tmp_path: Path) -> None:
    db = tmp_path / "book.db"
    pw = tmp_path / "password"
    pw.write_text(collection.password, encoding="utf-8")
    assert _add(db, collection.url, collection.user, str(pw)).returncode == 0
    pw.write_text("changed since", encoding="utf-8")  # read again at every sync
    run = rolodex(db, "sync", "run", "--json")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert json.loads(run.stdout)["errors"] == 1
    assert "401" in run.stderr
