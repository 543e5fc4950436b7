"""Schema versions: every past version's fixture book upgrades intact; a newer one is refused
without a single byte changing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from rolodex.db import StoreError, close_store, database, open_store
from rolodex.migrations import LATEST_VERSION
from rolodex.safety import snapshot
from tests.safety.conftest import PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAST_VERSIONS = range(1, LATEST_VERSION + 1)


def test_every_schema_version_has_a_fixture_book() -> None:
    missing = [v for v in PAST_VERSIONS if not (FIXTURES / f"schema_v{v}.db").exists()]
    assert missing == [], "add a fixture with tests/fixtures/build_fixtures.py"


def _rows(sql: str) -> list[tuple[object, ...]]:
    return [tuple(row) for row in database.execute_sql(sql).fetchall()]


@pytest.mark.parametrize("version", PAST_VERSIONS)
def test_fixture_book_opens_with_its_data_intact(version: int, tmp_path: Path) -> None:
    book = tmp_path / "book.db"
    shutil.copy(FIXTURES / f"schema_v{version}.db", book)
    info = open_store(book)
    try:
        assert info.version == LATEST_VERSION
        assert (info.backup is not None) == (version < LATEST_VERSION)
        people = _rows(
            "SELECT c.given, c.family, c.notes, e.value, a.city, a.country FROM contact c"
            " JOIN email e ON e.contact_id = c.id JOIN address a ON a.contact_id = c.id"
            " ORDER BY c.id"
        )
        assert people == [
            ("Øystein", "Bjørnstad", "Særlig æ ø å", "oystein@eksempel.no", "Tromsø", "NO"),
            ("Ona", "Žemaitė", "Ąžuolas, ėglė, ūsai", "ona@pavyzdys.lt", "Šiauliai", "LT"),
            ("Иван", "Петров", "Ёлка и щука", "ivan@primer.ru", "Санкт-Петербург", "RU"),
        ]
        found = _rows("SELECT name FROM contact_fts WHERE contact_fts MATCH 'siauliai'")
        assert found == [("Ona Žemaitė",)]
    finally:
        close_store()


def _set_version(path: Path, version: int, passphrase: str | None = None) -> None:
    conn = snapshot.connect(path, passphrase)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def _refused_untouched(path: Path, passphrase: str | None) -> None:
    before = path.read_bytes()
    lock_file = f".{path.name}.lock"  # the book lock (rolodex.safety.lock), empty
    files_before = sorted(p.name for p in path.parent.iterdir() if p.name != lock_file)
    with pytest.raises(StoreError, match="newer version of Rolodex"):
        open_store(path, passphrase)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir() if p.name != lock_file) == files_before


def test_newer_book_is_refused_untouched(tmp_path: Path) -> None:
    book = tmp_path / "newer.db"
    shutil.copy(FIXTURES / "schema_v1.db", book)
    _set_version(book, 999)
    _refused_untouched(book, None)


def test_newer_encrypted_book_is_refused_untouched(tmp_path: Path) -> None:
    book = tmp_path / "newer-secret.db"
    open_store(book, PASSPHRASE)
    close_store()
    _set_version(book, 999, PASSPHRASE)
    _refused_untouched(book, PASSPHRASE)


def test_schema_zero_file_with_foreign_tables_keeps_its_copy(tmp_path: Path) -> None:
    book = tmp_path / "old.db"
    conn = sqlite3.connect(book)
    conn.execute("CREATE TABLE legacy(x)")
    conn.execute("INSERT INTO legacy VALUES ('keep me')")
    conn.commit()
    conn.close()
    info = open_store(book)
    close_store()
    assert info.backup is not None
    copy = sqlite3.connect(info.backup)
    assert copy.execute("SELECT x FROM legacy").fetchall() == [("keep me",)]
    copy.close()
