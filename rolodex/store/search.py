"""The search interface every backend implements, and what both backends index and ask for.

A backend keeps one entry per live contact (:class:`IndexRow`, raw text: the backend folds
it) and answers :meth:`SearchIndex.matching_ids` with live contact ids in name order. Both
backends index the same words: text folded by :mod:`rolodex.textfold` and split into runs of
word characters, and every digit suffix (>= 4 digits) of each phone number, so a prefix query
on digits finds any run of digits in any formatting. What the user typed becomes
:class:`Terms`: every word as a prefix, or, for something that looks like a phone number, its
digits as a prefix of the phone suffixes only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

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
    position: int | None = None  # the sort position, when the writer has just assigned it


@dataclass(frozen=True)
class Terms:
    """A parsed query: word prefixes that must all match, or the digits of a phone number."""

    words: tuple[str, ...] = ()
    phone_digits: str = ""


class SearchIndex(Protocol):
    def index(self, rows: Iterable[IndexRow]) -> None: ...
    def remove(self, contact_ids: Sequence[int]) -> None: ...
    def matching_ids(self, query: str, *, descending: bool, limit: int | None) -> list[int]: ...


def parse_query(query: str) -> Terms | None:
    """What to look for; None when the query asks for everything."""
    text = query.strip()
    if not text:
        return None
    if _PHONE_QUERY.match(text) and len(digits(text)) >= MIN_PHONE_DIGITS:
        return Terms(phone_digits=digits(text))
    words = tuple(_WORD.findall(fold(text)))
    return Terms(words=words) if words else None


def words_of(text: str) -> list[str]:
    """The indexed words of a piece of text (folded, split as the query is)."""
    return _WORD.findall(fold(text))


def phone_suffixes(numbers: Iterable[str]) -> list[str]:
    """All digit suffixes of every number, each once, in first-seen order."""
    tokens: dict[str, None] = {}
    for number in numbers:
        for token in digit_suffixes(digits(number), MIN_PHONE_DIGITS):
            tokens[token] = None
    return list(tokens)


def text_words(row: IndexRow) -> list[str]:
    """Every word of the row's text fields (not its phones), each once."""
    fields = [row.name, row.company, *row.emails, *row.cities, *row.tags, row.notes]
    return list(dict.fromkeys(word for text in fields for word in words_of(text)))
