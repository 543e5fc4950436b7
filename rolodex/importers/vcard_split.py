"""Splitting a vCard file into raw cards before anything parses them.

The file is read in chunks, its encoding found from the BOM or the byte pattern (UTF-16 with or
without BOM), every kind of line end (CRLF, LF, CR, the CR CR LF some iPhones write) turned into
one, and the lines grouped into cards by ``BEGIN:VCARD`` / ``END:VCARD`` with nesting counted, so
an AGENT card inside a card stays inside it. Only one card's lines are held at a time.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 18  # bytes read at a time: memory use is bounded by this, not by the file
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(slots=True)
class RawCard:
    """The undecoded lines of one card, without its outer BEGIN and END lines.

    ``unicode`` is True when the file was UTF-16, so the bytes are UTF-8 we made ourselves and
    any CHARSET parameter in the card no longer applies. ``complete`` is False when the file
    ended before the card's END:VCARD.
    """

    number: int
    line: int
    lines: list[bytes]
    unicode: bool = False
    complete: bool = True


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
    """Lines without their line ends, whatever mix of CR, LF and CRLF the file uses."""
    carry = b""
    for chunk in chunks:
        data = carry + chunk
        cut = len(data)
        while cut and data[cut - 1] == 13:  # a CR at the end may be half of a CRLF
            cut -= 1
        parts = _normalise_eol(data[:cut]).split(b"\n")
        carry = parts.pop() + data[cut:]
        yield from parts
    if carry:
        parts = _normalise_eol(carry).split(b"\n")
        if not parts[-1]:  # the file ended with a line end (a lone CR held back above)
            parts.pop()
        yield from parts


_MARKER_START = frozenset(b"BbEeAa \t")


def _is_begin(line: bytes) -> bool:
    if len(line) > 40 or not line or line[0] not in _MARKER_START:
        return False
    text = line.strip().upper()
    return text == b"BEGIN:VCARD" or text == b"AGENT:BEGIN:VCARD"


def _is_end(line: bytes) -> bool:
    if len(line) > 40 or not line or line[0] not in _MARKER_START:
        return False
    return line.strip().upper() == b"END:VCARD"


def split_cards(lines: Iterable[bytes], unicode: bool = False, first: int = 1) -> Iterator[RawCard]:
    """Group lines into cards; ``first`` is the line number of the first line."""
    number = 0
    depth = 0
    card: RawCard | None = None
    for lineno, line in enumerate(lines, first):
        if card is None:
            if _is_begin(line):
                number += 1
                card = RawCard(number, lineno, [], unicode)
                depth = 1
            continue
        if _is_begin(line):
            depth += 1
        elif _is_end(line):
            depth -= 1
            if depth == 0:
                yield card
                card = None
                continue
        card.lines.append(line)
    if card is not None:
        yield from _recover_unterminated(card)


def _recover_unterminated(card: RawCard) -> Iterator[RawCard]:
    """A card the file never closed: keep its own lines, re-split what followed its first BEGIN.

    Without this, one missing END:VCARD would swallow every later card as a nested one.
    """
    cut = next((i for i, line in enumerate(card.lines) if _is_begin(line)), len(card.lines))
    rest = card.lines[cut:]
    yield RawCard(card.number, card.line, card.lines[:cut], card.unicode, complete=False)
    for later in split_cards(rest, card.unicode, card.line + 1 + cut):
        later.number += card.number
        yield later


def read_raw_cards(path: Path) -> Iterator[RawCard]:
    """Stream the raw cards of a file, one at a time."""
    with path.open("rb") as stream:
        chunks, unicode = iter_chunks(stream)
        yield from split_cards(iter_lines(chunks), unicode)


def count_cards(path: Path) -> int:
    """How many top-level cards the file holds, counted without parsing them (for progress)."""
    with path.open("rb") as stream:
        chunks, _unicode = iter_chunks(stream)
        depth = 0
        count = 0
        for line in iter_lines(chunks):
            if _is_begin(line):
                depth += 1
                count += depth == 1
            elif _is_end(line) and depth:
                depth -= 1
        return count
