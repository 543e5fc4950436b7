"""Encryption at rest: encrypt, change passphrase, decrypt; FTS5 works; backups follow."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rolodex.db import (
    SQLITE_MAGIC,
    StoreError,
    StoreInfo,
    WrongPassphraseError,
    close_store,
    database,
    looks_encrypted,
    open_store,
)
from rolodex.models import Contact
from rolodex.safety import backups, crypto, snapshot
from tests.safety.conftest import PASSPHRASE, PEOPLE, add_people

NEW = "a brand new passphrase"


def _search(word: str) -> list[str]:
    rows = database.execute_sql(
        "SELECT name FROM contact_fts WHERE contact_fts MATCH ? ORDER BY rowid", (word,)
    ).fetchall()
    return [row[0] for row in rows]


def test_encrypted_book_works_with_full_text_search(secret_book: StoreInfo) -> None:
    assert looks_encrypted(secret_book.path)
    assert _search("zemaite") == ["Ona Žemaitė"]  # diacritics folded inside SQLCipher too
    assert _search("петров") == ["Иван Петров"]


def test_wrong_passphrase_is_refused_plainly(secret_book: StoreInfo) -> None:
    close_store()
    with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
        open_store(secret_book.path, "guess")
    with pytest.raises(StoreError, match="encrypted book"):
        open_store(secret_book.path)


def test_encrypt_change_and_decrypt_round_trip(plain_book: StoreInfo) -> None:
    made = backups.backup_now()  # an old plaintext backup: it gets encrypted too
    close_store()
    result = crypto.encrypt_book(plain_book.path, PASSPHRASE)
    assert made.path in result.converted and not result.failed
    assert looks_encrypted(plain_book.path) and looks_encrypted(made.path)
    assert snapshot.inspect(result.undo.path, PASSPHRASE).contacts == len(PEOPLE)

    crypto.change_passphrase(plain_book.path, PASSPHRASE, NEW)
    with pytest.raises(WrongPassphraseError):
        open_store(plain_book.path, PASSPHRASE)
    open_store(plain_book.path, NEW)
    assert _search("bjørnstad") == ["Øystein Bjørnstad"]
    assert all(
        snapshot.inspect(b.path, NEW).contacts == len(PEOPLE) for b in backups.list_backups()
    )
    close_store()

    crypto.decrypt_book(plain_book.path, NEW)
    assert plain_book.path.read_bytes()[:16] == SQLITE_MAGIC
    open_store(plain_book.path)
    assert Contact.select().count() == len(PEOPLE)
    assert not any(looks_encrypted(b.path) for b in backups.list_backups())


def test_conversions_refuse_the_wrong_state(plain_book: StoreInfo) -> None:
    close_store()
    with pytest.raises(StoreError, match="not encrypted"):
        crypto.decrypt_book(plain_book.path, PASSPHRASE)
    with pytest.raises(StoreError, match="at least"):
        crypto.encrypt_book(plain_book.path, "short")
    crypto.encrypt_book(plain_book.path, PASSPHRASE)
    with pytest.raises(StoreError, match="already encrypted"):
        crypto.encrypt_book(plain_book.path, NEW)
    with pytest.raises(WrongPassphraseError):
        crypto.change_passphrase(plain_book.path, "wrong guess", NEW)


def test_pre_migration_copy_of_an_encrypted_book_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = snapshot.connect(path, PASSPHRASE)
    conn.execute("CREATE TABLE legacy(x)")  # a schema-0 book: it will be migrated
    conn.close()
    info = open_store(path, PASSPHRASE)
    close_store()
    assert info.backup is not None and looks_encrypted(info.backup)
    assert snapshot.inspect(info.backup, PASSPHRASE).version == 0


HOLD_OPEN = """
import sys
from rolodex.db import open_store
open_store(sys.argv[1], sys.argv[2] or None)
print("open", flush=True)
sys.stdin.read()
"""


def test_book_open_in_another_program_is_not_converted(
    plain_book: StoreInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rolodex import db

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 300)  # how long the conversion waits for it
    close_store()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(plain_book.path), ""],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="in use by another program"):
            crypto.encrypt_book(plain_book.path, PASSPHRASE)
    finally:
        holder.communicate("")
    assert not looks_encrypted(plain_book.path)
    open_store(plain_book.path)
    add_people([("Still", "Works")])
    assert Contact.select().count() == len(PEOPLE) + 1
