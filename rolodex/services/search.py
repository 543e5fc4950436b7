"""Search as you type, behind a small interface so a PostgreSQL store can bring its own.

The SQLite implementation uses FTS5. Indexed text is folded (:mod:`rolodex.textfold`) so case
and diacritics never matter; phone numbers are indexed as every digit suffix of length >= 4, so
a prefix query on digits finds any run of 4+ digits of a number in any formatting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from rolodex.db import database
from rolodex.textfold import digit_suffixes, digits, fold

_WORD = re.compile(r"\w+", re.UNICODE)
_PHONE_QUERY = re.compile(r"^[\d\s+\-().\/]+$")
MIN_PHONE_DIGITS = 4


@dataclass(frozen=True)
class IndexRow:
    """The searchable text of one contact (raw; the backend folds it)."""

    contact_id: int
    name: str
    company: str
    emails: Sequence[str]
    cities: Sequence[str]
    tags: Sequence[str]
    notes: str
    phones: Sequence[str]


class SearchBackend(Protocol):
    def index(self, rows: Iterable[IndexRow]) -> None: ...
    def remove(self, contact_ids: Sequence[int]) -> None: ...
    def match_sql(self, query: str) -> tuple[str, list[str]] | None: ...


def phone_tokens(numbers: Iterable[str]) -> str:
    """All digit suffixes of every number (as typed and in E.164 form), space separated."""
    tokens: dict[str, None] = {}
    for number in numbers:
        for token in digit_suffixes(digits(number), MIN_PHONE_DIGITS):
            tokens[token] = None
    return " ".join(tokens)


def build_match(query: str) -> str | None:
    """The FTS5 MATCH expression for what the user typed, or None for "everything"."""
    text = query.strip()
    if not text:
        return None
    if _PHONE_QUERY.match(text) and len(digits(text)) >= MIN_PHONE_DIGITS:
        return f'phone : "{digits(text)}"*'
    words = _WORD.findall(fold(text))
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


class Fts5Search:
    """The SQLite FTS5 search index (table ``contact_fts``, rowid = contact id)."""

    def index(self, rows: Iterable[IndexRow]) -> None:
        items = [_fts_values(row) for row in rows]
        if not items:
            return
        conn = database.connection()
        conn.executemany("DELETE FROM contact_fts WHERE rowid = ?", [(i[0],) for i in items])
        conn.executemany(
            "INSERT INTO contact_fts(rowid, name, company, email, city, tags, notes, phone)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            items,
        )

    def remove(self, contact_ids: Sequence[int]) -> None:
        database.connection().executemany(
            "DELETE FROM contact_fts WHERE rowid = ?", [(i,) for i in contact_ids]
        )

    def match_sql(self, query: str) -> tuple[str, list[str]] | None:
        """SQL selecting matching contact ids (``rowid``), or None when the query is empty."""
        expression = build_match(query)
        if expression is None:
            return None
        return "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?", [expression]


def _fts_values(row: IndexRow) -> tuple[int, str, str, str, str, str, str, str]:
    return (
        row.contact_id,
        fold(row.name),
        fold(row.company),
        fold(" ".join(row.emails)),
        fold(" ".join(row.cities)),
        fold(" ".join(row.tags)),
        fold(row.notes),
        phone_tokens(row.phones),
    )


_backend: SearchBackend = Fts5Search()


def backend() -> SearchBackend:
    return _backend


def search_ids(query: str, limit: int | None = None) -> list[int]:
    """Ids of live contacts matching ``query`` in name order (all when the query is empty)."""
    from rolodex.services.contacts import ContactService

    return ContactService().ids(query=query, limit=limit)
