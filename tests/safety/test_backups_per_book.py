"""Backups belong to a book, not to a file name: two books called ``book.db`` in different
folders, with one data folder, never see, rotate, count or restore each other's backups."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rolodex import paths
from rolodex.db import close_store, open_store
from rolodex.identity import book_id
from rolodex.models import Contact, Setting
from rolodex.safety import backups, crypto, snapshot
from rolodex.safety.backups import backup_name
from rolodex.safety.restore import OtherBookError, restore
from tests.safety.conftest import PASSPHRASE

ALICE = [("Ada", "Lovelace"), ("Alan", "Turing")]
BOB = [("Grace", "Hopper"), ("Edsger", "Dijkstra"), ("Barbara", "Liskov")]


def fill(people: list[tuple[str, str]], created: str) -> None:
    for given, family in people:
        Contact.create(given=given, family=family, created_at=created, updated_at=created)


@pytest.fixture
def books(tmp_path: Path, app_paths: paths.AppPaths) -> tuple[Path, Path]:
    """``/a/book.db`` (2 contacts) and ``/b/book.db`` (3 contacts), closed, one data folder."""
    a, b = tmp_path / "a" / "book.db", tmp_path / "b" / "book.db"
    for path, people, created in ((a, ALICE, "2024-01-01T10:00:00"), (b, BOB, "2024-02-02")):
        path.parent.mkdir()
        open_store(path)
        fill(people, created)
        close_store()
    return a, b


def _listed(path: Path) -> list[backups.BackupInfo]:
    open_store(path)
    try:
        return backups.list_backups()
    finally:
        close_store()


def _age(info: backups.BackupInfo, days: int) -> Path:
    """Make ``info`` look ``days`` days old (its name carries its time)."""
    when = datetime.now(UTC) - timedelta(days=days)
    older = info.path.with_name(backup_name("book", when, info.reason, info.contacts))
    os.replace(info.path, older)
    return older


def test_rotation_of_one_book_never_deletes_the_other_books_backups(
    books: tuple[Path, Path],
) -> None:
    a, b = books
    open_store(b)
    kept = [_age(backups.backup_now("before-import"), days) for days in (40, 30, 20, 10, 5)]
    close_store()
    open_store(a)
    Setting.create(key="backup_keep_daily", value="1")
    Setting.create(key="backup_keep_weekly", value="1")
    backups.backup_before("import")  # rotates A's backups with keep counts of 1
    close_store()
    assert all(path.exists() for path in kept)
    assert sorted(info.path for info in _listed(b)) == sorted(kept)


def test_rotation_never_deletes_a_backup_it_cannot_prove_is_this_books(
    books: tuple[Path, Path],
) -> None:
    a, b = books
    open_store(b)
    foreign = _age(backups.backup_now("daily"), days=50)
    close_store()
    open_store(a)
    try:
        Setting.create(key="backup_keep_daily", value="1")
        Setting.create(key="backup_keep_weekly", value="1")
        mine = _age(backups.backup_now("daily"), days=40)
        misplaced = backups.backup_dir() / foreign.name  # copied into A's folder by hand
        shutil.copy(foreign, misplaced)
        backups.backup_before("import")
        assert misplaced.exists() and not mine.exists()
    finally:
        close_store()


def test_each_book_lists_only_its_own_backups(books: tuple[Path, Path]) -> None:
    a, b = books
    open_store(a)
    mine = backups.backup_now()
    close_store()
    open_store(b)
    theirs = backups.backup_now()
    listed = backups.list_backups()
    close_store()
    assert [info.path for info in listed] == [theirs.path]
    assert [info.path for info in _listed(a)] == [mine.path]
    assert listed[0].contacts == len(BOB)


def test_daily_backup_is_per_book(books: tuple[Path, Path]) -> None:
    a, b = books
    open_store(a)
    assert backups.backup_if_due_today() is not None
    close_store()
    open_store(b)
    made = backups.backup_if_due_today()  # A's daily backup is not B's
    close_store()
    assert made is not None and made.contacts == len(BOB)


def test_restoring_another_books_backup_is_refused_naming_both(books: tuple[Path, Path]) -> None:
    a, b = books
    open_store(a)
    a_id, a_backup = book_id(), backups.backup_now().path
    close_store()
    open_store(b)
    try:
        b_id = book_id()
        with pytest.raises(OtherBookError) as refused:
            restore(a_backup)
        message = str(refused.value)
        assert str(a) in message and a_id in message and str(b) in message and b_id in message
        assert sorted(c.given for c in Contact.select()) == sorted(g for g, _ in BOB)
        assert backups.list_backups() == []  # refused before anything was written
        restore(a_backup, other_book=True)
        assert sorted(c.given for c in Contact.select()) == sorted(g for g, _ in ALICE)
        assert book_id() == b_id  # the file stays book B, with B's own backups
        assert [info.reason for info in backups.list_backups()] == ["before-restore"]
    finally:
        close_store()


def test_encrypting_one_book_leaves_the_other_books_backups_alone(
    books: tuple[Path, Path],
) -> None:
    a, b = books
    open_store(b)
    b_backup = backups.backup_now().path
    close_store()
    open_store(a)
    backups.backup_now()
    close_store()
    crypto.encrypt_book(a, PASSPHRASE)
    assert snapshot.inspect(b_backup, None).contacts == len(BOB)  # still plain, still B's
    open_store(b)
    try:
        restore(b_backup)
    finally:
        close_store()


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ROLODEX_DATA_DIR": str(data), "PYTHONPATH": os.getcwd()}
    return subprocess.run(
        [sys.executable, "-m", "rolodex", *args], env=env, capture_output=True, text=True
    )


def test_cli_lists_book_ids_and_refuses_the_other_books_backup(
    books: tuple[Path, Path], app_paths: paths.AppPaths
) -> None:
    a, b = books
    data = app_paths.data_dir
    assert _cli(data, "--db", str(a), "backup").returncode == 0
    listed = json.loads(_cli(data, "--db", str(a), "backups", "list", "--json").stdout)
    assert set(listed[0]) == {"path", "created", "size", "contacts", "reason", "book_id"}
    assert json.loads(_cli(data, "--db", str(b), "backups", "list", "--json").stdout) == []
    refused = _cli(data, "--db", str(b), "restore", listed[0]["path"])
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert listed[0]["book_id"] in refused.stderr and "--other-book" in refused.stderr
    dry = _cli(data, "--db", str(b), "restore", "--other-book", "--dry-run", listed[0]["path"])
    assert dry.returncode == 0 and "2 contacts" in dry.stdout and "2024-01-01" in dry.stdout
    open_store(b)
    assert Contact.select().count() == len(BOB)
    close_store()
    done = _cli(data, "--db", str(b), "restore", "--other-book", listed[0]["path"])
    assert done.returncode == 0, done.stderr
    open_store(b)
    assert Contact.select().count() == len(ALICE)
    close_store()
