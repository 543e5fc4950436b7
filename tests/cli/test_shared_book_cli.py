"""The CLI on a shared book (real subprocesses, the real test server): ``--db`` and
``ROLODEX_DB`` take a postgresql:// URL; a stopped server, a wrong password, a missing database
and a URL without one each end in one clear line; a server book is backed up into a portable
Rolodex file in its own backup folder, listed, and restored from it (another book's backup
only with --other-book); imports on a server book are not preceded by a full copy."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from rolodex.db import close_store, open_store
from tests.store.test_copy_book import populate

NO_PGPASS = {"PGPASSWORD": "", "PGPASSFILE": "/nonexistent/pgpass"}


def rolodex(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PYTHONPATH": str(Path.cwd()), **NO_PGPASS, **(env or {})}
    full.pop("PGPASSWORD")
    return subprocess.run(
        [sys.executable, "-m", "rolodex", *args],
        capture_output=True, text=True, env=full, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    return done.stderr


def with_netloc(url: str, password: str | None = None, port: int | None = None) -> str:
    parts = urlsplit(url)
    secret = f":{password}" if password is not None else f":{parts.password}"
    where = f"{parts.hostname}:{port or parts.port}"
    return parts._replace(netloc=f"{parts.username}{secret}@{where}").geturl()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server_book(pg_database: str, tmp_path: Path) -> str:
    """A server book holding the copy_book test's contacts (copied from a file)."""
    original = tmp_path / "original.db"
    populate(original, tmp_path)
    done = rolodex("--db", str(original), "copy-book", pg_database)
    assert done.returncode == 0, done.stderr
    return pg_database


def test_a_stopped_server_is_one_line(pg_server_url: str) -> None:
    url = with_netloc(pg_server_url, port=free_port())
    assert "Cannot reach the PostgreSQL server" in one_line_error(
        rolodex("--db", url, "backups", "list")
    )


def test_a_wrong_password_is_one_line_and_never_shown(pg_database: str) -> None:
    url = with_netloc(pg_database, password="not-the-password")
    error = one_line_error(rolodex("--db", url, "backups", "list"))
    assert "Wrong password" in error and "~/.pgpass" in error
    assert "not-the-password" not in error


def test_no_password_and_no_terminal_says_where_one_can_come_from(pg_database: str) -> None:
    parts = urlsplit(pg_database)
    url = parts._replace(netloc=f"{parts.username}@{parts.hostname}:{parts.port}").geturl()
    error = one_line_error(rolodex("--db", url, "backups", "list"))
    assert "needs a password" in error and "no terminal" in error


def test_a_missing_database_is_one_line(pg_server_url: str) -> None:
    url = urlsplit(pg_server_url)._replace(path="/no_such_book_here").geturl()
    assert "no such database" in one_line_error(rolodex("--db", url, "backups", "list"))


def test_a_url_without_a_database_name_is_one_line(pg_server_url: str) -> None:
    url = urlsplit(pg_server_url)._replace(path="/").geturl()
    error = one_line_error(rolodex("--db", url, "backups", "list"))
    assert "names no database" in error and urlsplit(pg_server_url).password not in error


def test_rolodex_db_names_a_server_book(server_book: str, tmp_path: Path) -> None:
    out = tmp_path / "from-env.db"
    done = rolodex("copy-book", str(out), env={"ROLODEX_DB": server_book})
    assert done.returncode == 0, done.stderr
    assert "Copied 3 contacts" in done.stdout


def test_file_only_commands_refuse_a_server_book(server_book: str, tmp_path: Path) -> None:
    (tmp_path / "pass.txt").write_text("secret\n")
    done = rolodex("--db", server_book, "encrypt", "--passphrase-file", str(tmp_path / "pass.txt"))
    assert "works on book files only" in one_line_error(done)


def live_contacts(url: str) -> int:
    from rolodex.models import Contact
    from rolodex.store import open_book

    open_book(url)
    try:
        return int(Contact.select().where(Contact.deleted_at.is_null()).count())
    finally:
        close_store()


def test_backup_list_and_restore_of_a_server_book(server_book: str, tmp_path: Path) -> None:
    from rolodex.models import Contact
    from rolodex.store import open_book
    from rolodex.store.transactions import writing

    saved = tmp_path / "saved.db"
    done = rolodex("--db", server_book, "backup", "-o", str(saved))
    assert done.returncode == 0 and "Backed up 3 contacts" in done.stdout
    assert rolodex("--db", server_book, "backup").returncode == 0
    listed = json.loads(rolodex("--db", server_book, "backups", "list", "--json").stdout)
    assert [(b["reason"], b["contacts"]) for b in listed] == [("manual", 3)]
    assert Path(listed[0]["path"]).parent.name == listed[0]["book_id"]
    # The backup is a portable Rolodex file: it opens as a book anywhere.
    assert "Šarūnas Vilkas" in rolodex("--db", str(saved), "search", "sarunas").stdout
    open_book(server_book)
    with writing():
        Contact.delete().where(Contact.id == 1).execute()
    close_store()
    assert live_contacts(server_book) == 2
    done = rolodex("--db", server_book, "restore", str(saved))
    assert done.returncode == 0, done.stderr
    assert "Restored 3 contacts" in done.stdout and "before-restore" in done.stdout
    assert live_contacts(server_book) == 3


def test_another_books_backup_needs_other_book(server_book: str, tmp_path: Path) -> None:
    other = tmp_path / "other" / "other.db"
    other.parent.mkdir()
    open_store(other)
    close_store()
    error = one_line_error(rolodex("--db", server_book, "restore", str(other)))
    assert "backup of another book" in error and "--other-book" in error
    assert live_contacts(server_book) == 3
    done = rolodex("--db", server_book, "restore", str(other), "--other-book")
    assert done.returncode == 0, done.stderr
    assert live_contacts(server_book) == 0
    book_ids = sqlite3.connect(other).execute("SELECT id FROM book").fetchall()
    from rolodex.identity import book_id
    from rolodex.store import open_book

    open_book(server_book)
    try:
        assert [(book_id(),)] != book_ids  # the server book kept its own identity
    finally:
        close_store()


def test_imports_on_a_server_book_are_not_preceded_by_a_full_copy(pg_book: str) -> None:
    from rolodex.safety.backups import wanted_before

    assert not wanted_before("import") and not wanted_before("import-undo")
    assert wanted_before("restore")


def test_imports_on_a_file_are_still_backed_up_first(book: object) -> None:
    from rolodex.safety.backups import wanted_before

    assert wanted_before("import") and wanted_before("import-undo")
