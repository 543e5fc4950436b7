"""Splitting CSV text into records so that one broken row never swallows the rest of the file.

Python's :mod:`csv` reader follows quotes across line ends, which is right for a multi-line
note but means a single stray ``"`` turns every following row into one huge field. This module
feeds the reader physical lines itself, notices a record that went wrong (a quote never closed,
a record of more than :data:`MAX_RECORD_LINES` lines, more fields than the header, or a
continuation line that is plainly a row of its own), reports it, and starts again from the line
after the bad record's first line. Each record carries the number of its first physical line.
"""

from __future__ import annotations

import csv
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

from rolodex.importers.limits import MAX_TEXT_CHARS

MAX_RECORD_LINES = 200
FIELD_LIMIT = 4 * MAX_TEXT_CHARS  # csv's own limit (128 KB) would drop a row for a long note


@dataclass
class RawRecord:
    """The fields of one record, or ``None`` with the reason it could not be read."""

    cells: list[str] | None
    line: int
    message: str = ""


class _LineFeed:
    """An iterator of lines for csv.reader that remembers what the current record used."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._source = lines
        self._pending: deque[tuple[int, str]] = deque()
        self._next_no = 1
        self._exhausted = False
        self.taken: list[tuple[int, str]] = []
        self.starved = False

    def __iter__(self) -> _LineFeed:
        return self

    def __next__(self) -> str:
        if len(self.taken) >= MAX_RECORD_LINES:
            self.starved = True
            raise StopIteration
        if self._pending:
            item = self._pending.popleft()
        else:
            line = next(self._source, None) if not self._exhausted else None
            if line is None:
                self._exhausted = True
                self.starved = bool(self.taken)
                raise StopIteration
            item = (self._next_no, line)
            self._next_no += 1
        self.taken.append(item)
        return item[1]

    def done(self) -> bool:
        return self._exhausted and not self._pending and not self.taken

    def take(self) -> list[tuple[int, str]]:
        taken, self.taken, self.starved = self.taken, [], False
        return taken

    def push_back(self, items: list[tuple[int, str]]) -> None:
        self._pending.extendleft(reversed(items))


def split_records(
    lines: Iterator[str], delimiter: str, header_width: int, row_width: int
) -> Iterator[RawRecord]:
    """Records of ``lines``; blank lines are left out.

    ``header_width`` (0 when there is no header) flags records with more non-empty fields;
    ``row_width`` is the usual number of fields, used to spot a row swallowed by a stray quote.
    """
    feed = _LineFeed(lines)
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)  # longer cells are left out, with a warning
    while not feed.done():
        reader = csv.reader(feed, delimiter=delimiter)
        try:
            for cells in reader:
                starved = feed.starved
                taken = feed.take()
                problem = _problem(cells, taken, starved, delimiter, header_width, row_width)
                if problem:
                    yield RawRecord(None, taken[0][0], problem)
                    feed.push_back(taken[1:])
                    break
                if cells:
                    yield RawRecord(cells, taken[0][0])
        except csv.Error as exc:
            taken = feed.take()
            if not taken:
                return
            yield RawRecord(None, taken[0][0], f"Unreadable row: {exc}")
            feed.push_back(taken[1:])


def _problem(
    cells: list[str],
    taken: list[tuple[int, str]],
    starved: bool,
    delimiter: str,
    header_width: int,
    row_width: int,
) -> str:
    """Why this record cannot be trusted, or "" when it is fine."""
    first = taken[0][0]
    if starved and len(taken) >= MAX_RECORD_LINES:
        return f"A quoted field starting on line {first} runs on for over {MAX_RECORD_LINES} lines"
    if starved:
        return f"A quoted field starting on line {first} is never closed"
    extra = [cell for cell in cells[header_width:] if cell.strip()] if header_width else []
    if extra:
        return (
            f"The row has {len(cells)} fields but the header has {header_width}; "
            "a delimiter or quote is probably out of place"
        )
    if len(taken) > 1 and row_width >= 3:
        for number, line in taken[1:]:
            if _is_row_of_its_own(line, delimiter, row_width):
                return (
                    f"A quote opened on line {first} swallows line {number}, "
                    "which looks like a row of its own"
                )
    return ""


def _is_row_of_its_own(line: str, delimiter: str, row_width: int) -> bool:
    if line.count('"') % 2:
        return False
    try:
        fields = next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return False
    return len(fields) == row_width
