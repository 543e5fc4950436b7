"""Restore accepts only a Rolodex book: an empty file, another program's database or a file that
claims an old schema without its tables is refused, and the book stays exactly as it was."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from rolodex.db import StoreError, StoreInfo, close_store, open_store
from rolodex.identity import book_id
from rolodex.migrations import LATEST_VERSION
from rolodex.models import Contact
from rolodex.safety import backups
from rolodex.safety.restore import preview, restore
from tests.safety.conftest import PEOPLE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _empty(folder: Path) -> Path:
    path = folder / "empty.db"
    path.write_bytes(b"")
    return path


def _browser_history(folder: Path) -> Path:
    path = folder / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT, title TEXT)")
    conn.execute("INSERT INTO moz_places(url, title) VALUES ('https://example.org', 'Example')")
    conn.commit()
    conn.close()
    return path


def _fake_old_version(folder: Path) -> Path:
    path = folder / "fake-v2.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contact(id INTEGER PRIMARY KEY, given TEXT)")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    return path


def _fingerprint(book: Path) -> tuple[str, ...]:
    """The bytes of the book and its WAL: any write would change one of them."""
    files = [book, book.with_name(book.name + "-wal")]
    return tuple(hashlib.sha256(f.read_bytes()).hexdigest() for f in files if f.exists())


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_empty, "empty"),
        (_browser_history, "not a Rolodex book (it holds moz_places)"),
        (_fake_old_version, "claims to be a Rolodex book of schema 2 but lacks"),
    ],
)
def test_a_file_that_is_not_a_book_is_refused_and_the_book_is_untouched(
    plain_book: StoreInfo, tmp_path: Path, make: object, reason: str
) -> None:
    undo = backups.backup_now()  # the documented way back must still work afterwards
    Contact.create(given="Nina", created_at="t", updated_at="t")
    before = _fingerprint(plain_book.path)
    bad = make(tmp_path)  # type: ignore[operator]
    bad_bytes = bad.read_bytes()
    with pytest.raises(StoreError, match=re.escape(reason)):
        restore(bad)
    assert _fingerprint(plain_book.path) == before
    assert bad.read_bytes() == bad_bytes
    assert [b.path for b in backups.list_backups()] == [undo.path]  # nothing else was written
    restore(undo.path)
    assert Contact.select().count() == len(PEOPLE)


def test_preview_shows_contacts_and_last_change_without_writing(plain_book: StoreInfo) -> None:
    Contact.update(updated_at="2023-01-01T00:00:00").execute()
    Contact.update(updated_at="2024-05-06T07:08:09").where(Contact.given == "Ada").execute()
    saved = backups.backup_now()
    before = _fingerprint(plain_book.path)
    facts = preview(saved.path)
    assert (facts.contacts, facts.last_change) == (len(PEOPLE), "2024-05-06T07:08:09")
    assert facts.book_id == book_id()
    assert _fingerprint(plain_book.path) == before


@pytest.mark.parametrize("version", range(1, LATEST_VERSION + 1))
def test_every_schema_versions_backup_restores_and_keeps_the_books_identity(
    tmp_path: Path, app_paths: object, version: int
) -> None:
    book = tmp_path / "book.db"
    shutil.copy(FIXTURES / f"schema_v{version}.db", book)
    old_copy = tmp_path / "old-copy.db"
    shutil.copy(FIXTURES / f"schema_v{version}.db", old_copy)  # made by that version
    open_store(book)
    try:
        mine = book_id()
        Contact.update(deleted_at="2024-06-01").execute()  # moved to the Trash
        result = restore(old_copy)
        assert result.from_version == version
        assert Contact.select().where(Contact.deleted_at.is_null()).count() == 3
        assert book_id() == mine
        assert not list(book.parent.glob("*.pre-migration"))
    finally:
        close_store()
    conn = sqlite3.connect(book)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
