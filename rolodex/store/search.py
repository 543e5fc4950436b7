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
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from rolodex.textfold import digit_suffixes, digits, fold

if TYPE_CHECKING:
    import peewee

    from rolodex.records import ContactData

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
    def matching(self, query: str) -> peewee.Node | None: ...


def search_index() -> SearchIndex:
    """The search index of the bound book: FTS5 on a file, a tsvector on a server."""
    from rolodex.store.backend import dialect

    if dialect() == "postgres":
        from rolodex.store.postgres.search import PostgresSearch

        return PostgresSearch()
    from rolodex.store.sqlite.search import Fts5Search

    return Fts5Search()


def index_row(c: ContactData, position: int | None = None) -> IndexRow:
    """What the search index holds for a contact (``position``: its sort position, when the
    writer has just assigned it)."""
    assert c.id is not None
    names = [c.full_name(), c.nickname, c.given, c.family, c.additional]
    return IndexRow(
        contact_id=c.id,
        name=" ".join(dict.fromkeys(n for n in names if n)),
        company=" ".join(p for p in (c.company, c.department) if p),
        emails=[e.value for e in c.emails],
        cities=[a.city for a in c.addresses],
        tags=c.tags,
        notes=c.notes,
        phones=[p.value for p in c.phones] + [p.e164 for p in c.phones if p.e164],
        position=position,
    )


def parse_query(query: str) -> Terms | None:
    """What to look for; None when the query asks for everything."""
    text = query.strip()
    if not text:
        return None
    if _PHONE_QUERY.match(text) and len(digits(text)) >= MIN_PHONE_DIGITS:
        return Terms(phone_digits=digits(text))
    words = tuple(_WORD.findall(fold(text)))
    return Terms(words=words) if words else None


def name_first(
    ordered: Sequence[int], on_name: Sequence[int], whole: Sequence[set[int]]
) -> list[int]:
    """Matches in ``ordered`` (name order) re-ranked: those whose name holds every word (as a
    word or its start, ``on_name``) come first, the more words whole (``whole``: one set per
    word) the earlier; then the matches elsewhere (email, notes, city...). Stable: name order
    within each rank. "kari nord" puts Kari Nordmann above Anne Berg of Nordkapp."""
    if not on_name:
        return list(ordered)
    named = set(on_name)
    first = [x for x in ordered if x in named]
    score = Counter(x for words in whole for x in words if x in named)
    if score:  # few contacts have a word whole: rank only those, the rest keep their order
        best = sorted((x for x in first if x in score), key=lambda x: -score[x])
        first = best + [x for x in first if x not in score]
    return first + [x for x in ordered if x not in named]


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
