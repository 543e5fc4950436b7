"""Restore: the book gets the backup's contents, can be undone, and bad backups change nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from rolodex.db import StoreError, StoreInfo, close_store, open_store
from rolodex.models import Contact
from rolodex.safety import backups
from rolodex.safety.restore import restore
from tests.safety.conftest import PASSPHRASE, PEOPLE, contacts_digest


def _names() -> list[str]:
    return sorted(c.given for c in Contact.select())


def test_restore_brings_back_the_backup_and_can_be_undone(plain_book: StoreInfo) -> None:
    saved = backups.backup_now()
    Contact.delete().where(Contact.given == "Ona").execute()
    Contact.create(given="Nina", created_at="t", updated_at="t")
    after_edits = _names()
    result = restore(saved.path)
    assert _names() == sorted(g for g, _ in PEOPLE)
    assert result.contacts == len(PEOPLE)
    restore(result.undo.path)
    assert _names() == after_edits


def test_other_connections_see_the_restored_book(plain_book: StoreInfo) -> None:
    saved = backups.backup_now()
    Contact.delete().execute()
    other = sqlite3.connect(plain_book.path)  # e.g. the command line next to the app
    assert other.execute("SELECT count(*) FROM contact").fetchone()[0] == 0
    restore(saved.path)
    assert other.execute("SELECT count(*) FROM contact").fetchone()[0] == len(PEOPLE)
    other.close()


def test_restore_of_encrypted_book(secret_book: StoreInfo) -> None:
    saved = backups.backup_now()
    Contact.delete().execute()
    restore(saved.path)
    assert len(_names()) == len(PEOPLE)


def _digest(path: Path) -> tuple[int, str]:
    conn = sqlite3.connect(path)
    try:
        return contacts_digest(conn)
    finally:
        conn.close()


def test_newer_backup_is_refused_and_nothing_changes(plain_book: StoreInfo, tmp_path: Path) -> None:
    newer = backups.backup_now(target=tmp_path / "newer.db").path
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    Contact.create(given="Nina", created_at="t", updated_at="t")
    before = _names()
    with pytest.raises(StoreError, match="newer version"):
        restore(newer)
    assert _names() == before
    assert backups.list_backups() == []  # refused before the undo backup was even needed


def test_damaged_or_foreign_file_is_refused(plain_book: StoreInfo, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.db"
    shutil.copy(backups.backup_now(target=tmp_path / "ok.db").path, damaged)
    data = bytearray(damaged.read_bytes())
    data[4096 * 2 : 4096 * 3] = b"\xff" * 4096  # smash a page
    damaged.write_bytes(bytes(data))
    text = tmp_path / "notes.txt"
    text.write_text("not a book")
    for bad in (damaged, text, tmp_path / "missing.db"):
        with pytest.raises(StoreError):
            restore(bad)
    assert len(_names()) == len(PEOPLE)


def test_encrypted_backup_cannot_go_into_a_plain_book(tmp_path: Path, app_paths: object) -> None:
    open_store(tmp_path / "secret.db", PASSPHRASE)
    secret_copy = backups.backup_now(target=tmp_path / "secret-copy.db").path
    close_store()
    open_store(tmp_path / "plain.db")
    try:
        with pytest.raises(StoreError, match="encrypted backup"):
            restore(secret_copy)
    finally:
        close_store()
    assert _digest(tmp_path / "plain.db")[0] == 0
