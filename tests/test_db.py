"""The database module: creating, opening, migrating and refusing books."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rolodex.db import StoreError, close_store, database, open_store
from rolodex.migrations import LATEST_VERSION


def test_first_start_creates_book_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    info = open_store(tmp_path / "new.db")
    try:
        assert info.path.exists()
        assert info.version == LATEST_VERSION
        assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 1000
    finally:
        close_store()


def test_book_file_is_private(tmp_path: Path) -> None:
    info = open_store(tmp_path / "new.db")
    close_store()
    assert info.path.stat().st_mode & 0o777 == 0o600


def test_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a Rolodex database"):
        open_store(path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x(a)")
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        open_store(path)
    assert path.read_bytes() == before


def test_older_book_is_copied_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE legacy(note TEXT)")
    conn.execute("INSERT INTO legacy VALUES ('keep me')")
    conn.commit()
    conn.close()
    info = open_store(path)
    close_store()
    assert info.backup is not None and info.backup.exists()
    copy = sqlite3.connect(info.backup)
    assert copy.execute("SELECT note FROM legacy").fetchall() == [("keep me",)]
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 0
    copy.close()


def test_missing_folder_gives_clear_message(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "nowhere" / "book.db")
