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


def test_side_files_take_the_book_mode_back(tmp_path: Path) -> None:
    """SQLite made -wal/-shm 0400 while the book was 0400; once the book is 0600 again they
    must follow, or the book stays read-only for ever."""
    path = tmp_path / "book.db"
    open_store(path)
    close_store()
    other = sqlite3.connect(path)  # another program keeps the side files in use
    other.execute("SELECT COUNT(*) FROM contact").fetchone()
    for side in ("book.db-wal", "book.db-shm"):
        (tmp_path / side).chmod(0o400)
    try:
        open_store(path)
        for side in ("book.db-wal", "book.db-shm"):
            assert (tmp_path / side).stat().st_mode & 0o777 == 0o600
    finally:
        close_store()
        other.close()


def test_a_read_only_book_keeps_read_only_side_files(tmp_path: Path) -> None:
    path = tmp_path / "book.db"
    open_store(path)
    close_store()
    (tmp_path / "book.db-shm").write_bytes(b"")
    (tmp_path / "book.db-shm").chmod(0o600)
    path.chmod(0o400)
    try:
        open_store(path)
        assert (tmp_path / "book.db-shm").stat().st_mode & 0o777 == 0o400
    finally:
        close_store()
        path.chmod(0o600)


@pytest.mark.parametrize("kind", ["fifo", "socket", "device"])
def test_only_a_regular_file_is_a_book(tmp_path: Path, kind: str) -> None:
    import os
    import socket
    import stat
    import threading

    target = tmp_path / kind
    sock = socket.socket(socket.AF_UNIX)
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "socket":
        sock.bind(str(target))
    else:
        target = Path(os.devnull)
    before = target.stat().st_mode
    errors: list[BaseException] = []
    opener = threading.Thread(target=_open_into, args=(target, errors), daemon=True)
    try:
        opener.start()
        opener.join(20)
        blocked = opener.is_alive()
        if blocked:  # opening a FIFO waits for a writer: be one, so the thread ends
            os.close(os.open(target, os.O_WRONLY | os.O_NONBLOCK))
        assert not blocked, f"open_store blocked on the {kind}"
        assert len(errors) == 1 and isinstance(errors[0], StoreError), errors
        assert "not a Rolodex database file" in str(errors[0])
        assert target.stat().st_mode == before
    finally:
        sock.close()
        if target.stat().st_mode != before:
            target.chmod(stat.S_IMODE(before))


def _open_into(path: Path, errors: list[BaseException]) -> None:
    try:
        open_store(path)
        close_store()
    except BaseException as exc:  # noqa: BLE001 - handed to the test thread
        errors.append(exc)
