"""Fixtures for the safety tests: private app folders per test and books with known people."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from rolodex import paths
from rolodex.db import StoreInfo, close_store, open_store

PASSPHRASE = "correct horse battery"
PEOPLE = [("Øystein", "Bjørnstad"), ("Ona", "Žemaitė"), ("Иван", "Петров"), ("Ada", "Lovelace")]


@pytest.fixture
def app_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> paths.AppPaths:
    """``rolodex.paths`` pointed at a fresh data folder for this test only."""
    monkeypatch.setattr(paths, "_paths", None)
    return paths.init(tmp_path / "data")


def add_people(people: list[tuple[str, str]] = PEOPLE) -> None:
    """Store contacts (and their search rows) in the bound book."""
    from rolodex.db import database
    from rolodex.models import Contact

    for given, family in people:
        contact = Contact.create(
            given=given,
            family=family,
            display_name=f"{given} {family}",
            created_at="t",
            updated_at="t",
        )
        database.execute_sql(
            "INSERT INTO contact_fts(rowid, name) VALUES (?, ?)", (contact.id, f"{given} {family}")
        )


@pytest.fixture
def plain_book(tmp_path: Path, app_paths: paths.AppPaths) -> Iterator[StoreInfo]:
    """An unencrypted book holding PEOPLE, bound as the current database."""
    info = open_store(tmp_path / "book.db")
    add_people()
    yield info
    close_store()


@pytest.fixture
def secret_book(tmp_path: Path, app_paths: paths.AppPaths) -> Iterator[StoreInfo]:
    """An encrypted book holding PEOPLE, bound as the current database."""
    info = open_store(tmp_path / "secret.db", PASSPHRASE)
    add_people()
    yield info
    close_store()


def contacts_digest(conn: sqlite3.Connection) -> tuple[int, str]:
    """(count, checksum) of the contact table, for before/after comparisons."""
    rows = conn.execute(
        "SELECT id, given, family, display_name FROM contact ORDER BY id"
    ).fetchall()
    return len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.fixture(autouse=True)
def fast_key_derivation() -> Iterator[None]:
    """SQLCipher derives each key with 256,000 PBKDF2 rounds (~0.2-0.4 s here, several per
    conversion). In this process only, use far fewer so the tests stay fast; files made here are
    opened here only. Subprocess tests keep the real default."""
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(":memory:")
    conn.execute("PRAGMA cipher_default_kdf_iter = 2000")
    yield
    conn.execute("PRAGMA cipher_default_kdf_iter = 256000")
    conn.close()
