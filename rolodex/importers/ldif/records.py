"""Splitting LDIF text into records of (attribute, value) pairs, as RFC 2849 describes.

Lines end in LF, CRLF or CR; a line starting with one space continues the one before (the
space is dropped); ``#`` lines are comments; records are separated by blank lines. Values are
``attr: text``, ``attr:: base64`` (Thunderbird's form for anything not plain ASCII) or
``attr:< URL`` (never fetched: kept as the URL text). Attribute options (``cn;lang-ru``) are
dropped. A line that cannot be read makes its record a :class:`BadRecord`; the next record is
read as usual.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rolodex.importers.limits import MAX_CARD_BYTES, describe_bytes


@dataclass
class Record:
    """One LDIF record: its number in the file, first line, ``dn`` and attributes in order.

    Attribute names are lower-cased; values are text (UTF-8, else Windows-1252) except
    ``binary`` ones, which keep their bytes."""

    number: int
    line: int
    dn: str = ""
    attributes: list[tuple[str, str]] = field(default_factory=list)
    binary: list[tuple[str, bytes]] = field(default_factory=list)

    def values(self, name: str) -> list[str]:
        return [value for key, value in self.attributes if key == name]

    def first(self, name: str) -> str:
        return next((value for key, value in self.attributes if key == name), "")


@dataclass
class BadRecord:
    """A record that cannot be read, and why."""

    number: int
    line: int
    message: str


BOM = b"\xef\xbb\xbf"
_LINE_END = re.compile(rb"\r\n|\r|\n")
BINARY_ATTRIBUTES = frozenset({"jpegphoto", "photo", "usercertificate", "usersmimecertificate"})


def iter_lines(chunks: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    """Physical lines (number, bytes without the line end) of a stream of byte chunks."""
    number, rest = 0, b""
    for chunk in chunks:
        data = rest + chunk
        held = data.endswith(b"\r")  # its "\n" may start the next chunk
        parts = _LINE_END.split(data[:-1] if held else data)
        rest = parts.pop() + (b"\r" if held else b"")
        for line in parts:
            number += 1
            yield number, line.removeprefix(BOM) if number == 1 else line
    rest = rest.rstrip(b"\r")
    if rest:
        yield number + 1, rest


def logical_lines(lines: Iterable[tuple[int, bytes]]) -> Iterator[tuple[int, bytes]]:
    """Unfolded lines, comments dropped; an empty line (b"") ends a record."""
    current: tuple[int, bytearray] | None = None
    comment = False
    for number, line in lines:
        if line.startswith(b" ") and (current is not None or comment):
            if current is not None:
                current[1].extend(line[1:])
            continue
        if current is not None:
            yield current[0], bytes(current[1])
            current = None
        comment = line.startswith(b"#")
        if comment:
            continue
        if not line.strip():
            yield number, b""
            continue
        current = (number, bytearray(line))
    if current is not None:
        yield current[0], bytes(current[1])


def split_records(lines: Iterable[tuple[int, bytes]]) -> Iterator[Record | BadRecord]:
    """The records of unfolded lines, in file order."""
    number = 0
    block: list[tuple[int, bytes]] = []
    for line_no, line in [*logical_lines(lines), (0, b"")]:
        if line:
            block.append((line_no, line))
            continue
        if block and not _only_version(block):
            number += 1
            yield parse_record(number, block)
        block = []


def _only_version(block: list[tuple[int, bytes]]) -> bool:
    """A ``version: 1`` line standing alone before the first entry."""
    return len(block) == 1 and block[0][1].lower().startswith(b"version:")


def parse_record(number: int, block: list[tuple[int, bytes]]) -> Record | BadRecord:
    """One record from its logical lines; a ``version: 1`` line before the first dn is skipped."""
    first = block[0][0]
    if sum(len(line) for _, line in block) > MAX_CARD_BYTES:
        size = describe_bytes(MAX_CARD_BYTES)
        return BadRecord(number, first, f"the entry is larger than {size}; it was not imported")
    record = Record(number, first)
    for line_no, line in block:
        try:
            name, value = parse_line(line)
        except ValueError as exc:
            return BadRecord(number, line_no, f"line {line_no}: {exc}")
        if name == "version" and not record.dn and not record.attributes:
            continue
        if name == "dn" and not record.dn:
            record.dn = text_of(value)
        elif not record.dn:
            return BadRecord(number, first, "the entry does not start with a dn: line")
        elif name == "changetype":
            return BadRecord(number, first, "a change record (changetype:), not an entry")
        elif name in BINARY_ATTRIBUTES:
            record.binary.append((name, value))
        else:
            record.attributes.append((name, text_of(value)))
    return record


def parse_line(line: bytes) -> tuple[str, bytes]:
    """``(attribute, value bytes)`` of one logical line; ValueError when it is not one."""
    colon = line.find(b":")
    if colon <= 0:
        raise ValueError("expected 'attribute: value'")
    name = line[:colon].decode("ascii", errors="replace").strip().partition(";")[0].lower()
    rest = line[colon + 1 :]
    if rest.startswith(b":"):
        try:
            return name, base64.b64decode(b"".join(rest[1:].split()), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError(f"the base64 value of {name!r} cannot be decoded") from exc
    if rest.startswith(b"<"):
        return name, rest[1:].strip()
    return name, rest.lstrip(b" ").rstrip(b" \t")


def text_of(value: bytes) -> str:
    """Text of a value: UTF-8 as RFC 2849 says, else Windows-1252 (old exports)."""
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("cp1252", errors="replace")
