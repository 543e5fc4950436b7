"""Migration 10 builds the search index again with one-letter prefixes: an upgraded book finds
the same contacts, in the same order, for the letters typed first (now read from the prefix
index instead of merging every word that starts with the letter)."""

from __future__ import annotations

import shutil
from pathlib import Path

from rolodex.db import close_store, database, open_store
from rolodex.services.contacts import ContactService

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def names(query: str) -> list[str]:
    service = ContactService()
    return [row.name for row in service.rows(service.ids(query))]


def test_an_upgraded_book_finds_by_one_letter_as_before(tmp_path: Path) -> None:
    book = tmp_path / "book.db"
    shutil.copy(FIXTURES / "schema_v9.db", book)
    open_store(book)
    try:
        (sql,) = database.execute_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'contact_fts'"
        ).fetchone()
        assert "prefix = '1 2 3'" in sql
        assert names("o") == ["Ona Žemaitė", "Øystein Bjørnstad"]  # Ø folds to o
        assert names("И") == ["Иван Петров"]
        assert names("š") == ["Ona Žemaitė"]  # her city, Šiauliai
    finally:
        close_store()
