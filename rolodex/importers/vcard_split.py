"""Splitting a vCard file into raw cards before anything parses them.

The file is read in chunks, its encoding found from the BOM or the byte pattern (UTF-16 with or
without BOM), every kind of line end (CRLF, LF, CR, the CR CR LF some iPhones write) turned into
one, and the lines grouped into cards by ``BEGIN:VCARD`` / ``END:VCARD`` with nesting counted, so
an AGENT card inside a card stays inside it, while a ``BEGIN:VCARD`` that cannot be nested ends
a card that lacks its END. Only one card's lines are held at a time, and at most
:data:`~rolodex.importers.limits.MAX_CARD_BYTES` of them.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from rolodex.importers.limits import MAX_CARD_BYTES

CHUNK = 1 << 18  # bytes read at a time: memory use is bounded by this, not by the file
MAX_LINE_BYTES = MAX_CARD_BYTES  # a longer physical line is cut (its card is refused anyway)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(slots=True)
class RawCard:
    """The undecoded lines of one card, without its outer BEGIN and END lines.

    ``unicode`` is True when the file was UTF-16, so the bytes are UTF-8 we made ourselves and
    any CHARSET parameter in the card no longer applies. ``complete`` is False when the card
    had no END:VCARD (the file or the next card began first). ``oversized`` is True (and
    ``lines`` empty) when the card is larger than :data:`MAX_CARD_BYTES`; ``nested`` when it
    holds nested (AGENT) cards.
    """

    number: int
    line: int
    lines: list[bytes]
    unicode: bool = False
    complete: bool = True
    oversized: bool = False
    nested: bool = False


def sniff_encoding(head: bytes) -> tuple[str, int]:
    """Return (encoding, BOM length) for the first bytes of a file; "" means 8-bit/UTF-8."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name, len(bom)
    sample = head[:200]
    if len(sample) >= 4:
        even = sample[0::2].count(0)
        odd = sample[1::2].count(0)
        half = len(sample) // 2
        if odd > half * 0.4 and even == 0:
            return "utf-16-le", 0
        if even > half * 0.4 and odd == 0:
            return "utf-16-be", 0
    return "", 0


def iter_chunks(stream: BinaryIO) -> tuple[Iterator[bytes], bool]:
    """Chunks of the file as bytes (UTF-16 recoded to UTF-8) and whether it was UTF-16."""
    head = stream.read(CHUNK)
    encoding, skip = sniff_encoding(head)
    while encoding in ("", "utf-8") and head[skip:].startswith(codecs.BOM_UTF8):
        skip += len(codecs.BOM_UTF8)  # some files carry the BOM twice
    if encoding.startswith("utf-16"):
        return _recoded(stream, head[skip:], encoding), True
    return _plain(stream, head[skip:]), False


def _plain(stream: BinaryIO, head: bytes) -> Iterator[bytes]:
    chunk = head
    while chunk:
        yield chunk
        chunk = stream.read(CHUNK)


def _recoded(stream: BinaryIO, head: bytes, encoding: str) -> Iterator[bytes]:
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    for chunk in _plain(stream, head):
        yield decoder.decode(chunk).lstrip("\ufeff").encode("utf-8")
    yield decoder.decode(b"", final=True).encode("utf-8")


def _normalise_eol(data: bytes) -> bytes:
    if b"\r" not in data:
        return data
    return data.replace(b"\r\r\n", b"\n").replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def iter_lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Lines without their line ends, whatever mix of CR, LF and CRLF the file uses.

    A line longer than :data:`MAX_LINE_BYTES` is cut there (its card is over the card limit
    anyway), so one endless line never fills the memory; a long line is gathered in pieces,
    never by copying what came so far at each chunk."""
    carry: list[bytes] = []
    size = 0
    for chunk in chunks:
        if b"\n" not in chunk and b"\r" not in chunk:
            if size <= MAX_LINE_BYTES:
                carry.append(chunk)
                size += len(chunk)
            continue
        data = b"".join([*carry, chunk])
        cut = len(data)
        while cut and data[cut - 1] == 13:  # a CR at the end may be half of a CRLF
            cut -= 1
        parts = _normalise_eol(data[:cut]).split(b"\n")
        last = parts.pop() + data[cut:]
        carry, size = [last], len(last)
        yield from (part[: MAX_LINE_BYTES + 1] for part in parts)
    rest = b"".join(carry)
    if rest:
        parts = _normalise_eol(rest).split(b"\n")
        if not parts[-1]:  # the file ended with a line end (a lone CR held back above)
            parts.pop()
        yield from (part[: MAX_LINE_BYTES + 1] for part in parts)


_MARKER_START = frozenset(b"BbEeAa \t")


def _marker(line: bytes) -> bytes:
    """The line upper-cased and stripped if it may be BEGIN/END:VCARD, else b""."""
    if len(line) > 40 or not line or line[0] not in _MARKER_START:
        return b""
    return line.strip().upper()


def _is_begin(line: bytes) -> bool:
    return _marker(line) in (b"BEGIN:VCARD", b"AGENT:BEGIN:VCARD")


def _is_end(line: bytes) -> bool:
    return _marker(line) == b"END:VCARD"


def _opens_agent(line: bytes) -> bool:
    """``AGENT:`` (or ``item1.AGENT;TYPE=x:``) with an empty value: a 2.1 nested card follows."""
    text = line.strip().upper()
    if len(text) > 80 or not text.endswith(b":"):
        return False
    return text[:-1].split(b";")[0].rpartition(b".")[2] == b"AGENT"


class _Bounds:
    """Where cards begin and end, line by line, with AGENT cards nested.

    A ``BEGIN:VCARD`` inside an open card nests only where a nested card can be: after an
    empty ``AGENT:`` line, as ``AGENT:BEGIN:VCARD``, or in a vCard 2.1 card (which may nest
    cards bare). Anywhere else it begins a new card, and the open one had no ``END:VCARD``.
    """

    def __init__(self, bare_nesting: bool = True) -> None:
        self.depth = 0
        self.version21 = False
        self.bare_nesting = bare_nesting
        self.previous = b""

    def step(self, line: bytes) -> str:
        """ "begin" (a new top-level card; any open one is cut off), "end" (the card is
        complete), "inside" (a line of the open card) or "outside" (between cards)."""
        marker, previous = _marker(line), self.previous
        self.previous = line
        if marker in (b"BEGIN:VCARD", b"AGENT:BEGIN:VCARD"):
            nests = marker.startswith(b"AGENT") or self.version21 or _opens_agent(previous)
            if self.depth and nests:
                self.depth += 1
                return "inside"
            self.depth, self.version21 = 1, False
            return "begin"
        if not self.depth:
            return "outside"
        if marker == b"END:VCARD":
            self.depth -= 1
            return "end" if self.depth == 0 else "inside"
        if self.depth == 1 and line[:8].upper() == b"VERSION:":
            self.version21 = self.bare_nesting and line[8:].strip() == b"2.1"
        return "inside"


def split_cards(lines: Iterable[bytes], unicode: bool = False, first: int = 1) -> Iterator[RawCard]:
    """Group lines into cards; ``first`` is the line number of the first line.

    A card without ``END:VCARD`` ends where the next card begins (``complete`` False). A card
    over :data:`MAX_CARD_BYTES` keeps no more lines (``oversized`` True) but is still delimited.
    """
    source: Iterable[tuple[int, bytes]] = enumerate(lines, first)
    number = 0
    bare_nesting = True
    while source:
        tail: list[tuple[int, bytes]] = []
        for card in _split(source, _Bounds(bare_nesting), unicode, number):
            number = card.number
            if card.complete or card.oversized:
                yield card
                continue
            head, tail = _cut_unterminated(card)
            yield head
        source = tail
        bare_nesting = False  # in what an unclosed 2.1 card held, cards lack END, not nest


def _split(
    source: Iterable[tuple[int, bytes]], bounds: _Bounds, unicode: bool, number: int
) -> Iterator[RawCard]:
    card: RawCard | None = None
    size = 0
    for lineno, line in source:
        state = bounds.step(line)
        if state == "begin":
            if card is not None:  # cut off by a card that could not nest: no END:VCARD
                card.complete, card.nested = False, False  # its nested cards were closed
                yield card
            number += 1
            card, size = RawCard(number, lineno, [], unicode), 0
        elif state == "end" and card is not None:
            yield card
            card = None
        elif state == "inside" and card is not None:
            size += len(line) + 1
            if size > MAX_CARD_BYTES:
                card.oversized, card.lines = True, []
            elif not card.oversized:
                card.lines.append(line)
                card.nested = card.nested or bounds.depth > 1
    if card is not None:
        card.complete = False
        yield card


def _cut_unterminated(card: RawCard) -> tuple[RawCard, list[tuple[int, bytes]]]:
    """A card the file never closed, holding nested cards that were never closed either:
    keep its own lines, and give back what followed its first nested BEGIN to be split again
    (without this, one missing END:VCARD would swallow every later card as a nested one)."""
    if not card.nested:
        return card, []
    cut = next((i for i, line in enumerate(card.lines) if _is_begin(line)), len(card.lines))
    rest = [(card.line + 1 + i, line) for i, line in enumerate(card.lines[cut:], cut)]
    head = RawCard(card.number, card.line, card.lines[:cut], card.unicode, complete=False)
    return head, rest


def read_raw_cards(path: Path) -> Iterator[RawCard]:
    """Stream the raw cards of a file, one at a time."""
    with path.open("rb") as stream:
        chunks, unicode = iter_chunks(stream)
        yield from split_cards(iter_lines(chunks), unicode)


def count_cards(path: Path) -> int:
    """How many top-level cards the file holds, counted without parsing them (for progress)."""
    with path.open("rb") as stream:
        chunks, _unicode = iter_chunks(stream)
        bounds = _Bounds()
        return sum(bounds.step(line) == "begin" for line in iter_lines(chunks))
