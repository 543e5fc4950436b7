"""Normalising one raw card into clean vCard 3.0 text that vobject parses without complaint.

What real files contain and vobject does not handle is fixed here, on the text, before vobject
sees it: 8-bit values in a declared CHARSET, QUOTED-PRINTABLE with soft line breaks (joined before
decoding, so a break inside a multi-byte character is harmless), vCard 2.1 base64 blocks whose
lines are not indented, broken base64 padding, comment lines, empty parameters, bare 2.1
parameters, property names with '/', and nested AGENT cards (kept as one escaped AGENT value).
Every value comes out in vCard 3.0 escaping (vCard 2.1 files escape the same way in practice:
Android reads backslash-semicolon and double backslashes in 2.1 as 3.0 does); the card's own
VERSION is reported beside it.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass, field

from rolodex.importers.limits import MAX_BINARY_BYTES, MAX_TEXT_CHARS, describe_bytes
from rolodex.importers.vcard_charset import CharsetPolicy
from rolodex.importers.vcard_split import RawCard
from rolodex.importers.vcard_values import encode_name, escape

_NAME_OK = re.compile(r"[A-Za-z0-9-]+\Z")
_SIMPLE_PREFIX = re.compile(
    r"(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+(?:;[A-Za-z0-9-]+=[^;:,\"=]+(?:,[^;:,\"=]+)*)*\Z"
)
_CHARSET_DECL = re.compile(rb"CHARSET=\"?([A-Z0-9_.:-]+)")
_BEGINS = frozenset({"BEGIN:VCARD", "AGENT:BEGIN:VCARD"})
_ENCODED = re.compile("QUOTED-PRINTABLE|BASE64|ENCODING=B", re.IGNORECASE)
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"})
# Names vobject treats as structure, not as properties: hidden like names with '/'.
_RESERVED = frozenset({"BEGIN", "END", "PROFILE"})
# The component name we hand vobject. A name vobject has no behaviour for keeps it from
# "decoding" values itself (it would unescape text, cut values at commas and decode base64).
CARD_NAME = "X-RLDX-CARD"


class CardError(ValueError):
    """A card that cannot be read at all; the message says why, for the user."""


@dataclass(slots=True)
class CleanCard:
    """A card as vCard 3.0 content lines ready for vobject (the first and last are the
    ``BEGIN``/``END`` of the card), the VERSION the card declared, and one warning for each
    property left out as too large."""

    lines: list[str]
    version: str
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


@dataclass(slots=True)
class _Context:
    version: str
    carrier: bytes | None  # the card's bytes when values are held as Latin-1 for re-decoding
    charsets: CharsetPolicy


def clean_card(raw: RawCard, charsets: CharsetPolicy) -> CleanCard:
    """Normalise ``raw`` into text vobject can parse; raise CardError if nothing is left."""
    lines, carrier = _decode(raw, charsets)
    logical = logical_lines(lines, bare_base64=_is_v21(lines))
    del lines
    ctx = _Context(_version(logical), carrier, charsets)
    out = ["BEGIN:" + CARD_NAME]
    warnings: list[str] = []
    logical.reverse()
    while logical:  # popped one at a time, so a huge line is not held twice
        line = logical.pop()
        problem = oversized(line)
        cleaned = None if problem else _clean_line(line, ctx)
        if problem:
            warnings.append(problem)
        if cleaned is not None:
            out.append(cleaned)
    if len(out) == 1:
        raise CardError(warnings[0] if warnings else "the card holds no properties")
    out.append("END:" + CARD_NAME)
    return CleanCard(out, ctx.version, warnings)


def oversized(line: str) -> str:
    """Why a logical line is too large to import (its value over a limit), or ""."""
    if len(line) <= MAX_TEXT_CHARS:
        return ""
    colon = _colon(line)
    name = line[: max(colon, 0)].partition(";")[0].rpartition(".")[2].upper()[:40] or "line"
    size = len(line) - colon - 1
    mode = _mode(line)
    if mode == "b64" or line.startswith(("data:", "DATA:"), colon + 1):
        decoded = size * 3 // 4
        if decoded <= MAX_BINARY_BYTES:
            return ""
        return (
            f"the {name} ({describe_bytes(decoded)}) is larger than "
            f"{describe_bytes(MAX_BINARY_BYTES)}; it was left out"
        )
    if mode == "qp":
        size -= 2 * line.count("=", colon)
    if size <= MAX_TEXT_CHARS:
        return ""
    return (
        f"the {name} ({size:,} characters) is longer than {MAX_TEXT_CHARS:,} characters; "
        "it was left out"
    )


def _decode(raw: RawCard, charsets: CharsetPolicy) -> tuple[list[str], bytes | None]:
    """The card's lines as text; 8-bit cards are held as Latin-1 so each value is decoded alone."""
    data = b"\n".join(raw.lines)
    if raw.unicode:
        return data.decode("utf-8", "replace").split("\n"), None
    legacy = False
    if b"CHARSET" in data.upper():
        for name in _CHARSET_DECL.findall(data.upper()):
            charset = name.decode("ascii")
            if charset not in ("UTF-8", "UTF8"):
                legacy = True
                charsets.note_declared(charset)
    if not legacy:
        try:
            return data.decode("utf-8").split("\n"), None
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1").split("\n"), data


def _version(logical: list[str]) -> str:
    for line in logical:
        if line[:8].upper() == "VERSION:":
            return line[8:].strip() or "3.0"
    return "3.0"


def _mode(line: str) -> str:
    colon = line.find(":")
    if colon < 0 or line.find(";", 0, colon) < 0:  # no parameters, so no encoding
        return ""
    match = _ENCODED.search(line, 0, colon)
    if match is None:
        return ""
    return "qp" if match.group().upper() == "QUOTED-PRINTABLE" else "b64"


def _is_v21(lines: list[str]) -> bool:
    """False when the card declares version 3.0 or 4.0 (whose base64 is always folded)."""
    for line in lines:
        if line[:8].upper() == "VERSION:":
            return line[8:].strip() not in ("3.0", "4.0")
    return True


def logical_lines(lines: list[str], *, bare_base64: bool = True) -> list[str]:
    """Join folded, soft-broken and base64 continuation lines; drop comments and blank lines.
    ``bare_base64``: unindented lines without a colon after an encoded line continue its
    base64 (vCard 2.1 writers do this); in 3.0 and 4.0 such a line is a property of its own."""
    out: list[str] = []
    pieces: list[str] = []
    mode = ""
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if mode == "qp" and pieces and pieces[-1].endswith("="):
            pieces[-1] = pieces[-1][:-1]
            pieces.append(line)
        elif not line or line.isspace():
            mode = "" if mode == "b64" else mode
        elif line[0] in " \t":
            if pieces:
                pieces.append(line[1:])
        elif mode == "b64" and bare_base64 and ":" not in line:
            pieces.append(line.strip())
        elif line[0] != "#":
            _flush(out, pieces)
            if line[0] in "BbAa" and len(line) <= 40 and line.strip().upper() in _BEGINS:
                index = _take_nested(lines, index, out)
                pieces, mode = [], ""
            else:
                pieces, mode = [line], _mode(line)
    _flush(out, pieces)
    return out


def _flush(out: list[str], pieces: list[str]) -> None:
    if pieces:
        out.append("".join(pieces))


def _take_nested(lines: list[str], index: int, out: list[str]) -> int:
    """Collect the nested card before ``index`` into one AGENT line; return the next index."""
    nested = ["BEGIN:VCARD"]
    depth = 1
    while index < len(lines) and depth:
        line = lines[index]
        index += 1
        key = line.strip().upper() if len(line) <= 40 else ""
        depth += (key in _BEGINS) - (key == "END:VCARD")
        nested.append(line.strip() if depth == 0 else line)
    prefix = "AGENT"
    if out and out[-1].upper().startswith("AGENT") and out[-1].endswith(":"):
        prefix = out.pop()[:-1]
    out.append(prefix + ":" + escape("\n".join(nested)))
    return index


def _colon(line: str) -> int:
    colon = line.find(":")
    if colon < 0 or '"' not in line[:colon]:
        return colon
    quoted = False
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return i
    return -1


def _clean_line(line: str, ctx: _Context) -> str | None:
    colon = _colon(line)
    if colon <= 0:
        return None
    prefix = line[:colon]
    if ctx.carrier is None and _SIMPLE_PREFIX.match(prefix):
        upper = prefix.upper()
        name = upper.partition(";")[0].rpartition(".")[2]
        if "ENCODING" not in upper and "CHARSET" not in upper and name not in _RESERVED:
            return None if name == "VERSION" else line
    return _rebuild(prefix, line[colon + 1 :], ctx)


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    if '"' not in text:
        return text.split(sep)
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _parse_params(raw_params: list[str]) -> tuple[list[tuple[str, list[str]]], str, str]:
    """(params, encoding, charset) from raw ``KEY=a,b`` or bare 2.1 ``HOME`` parameters."""
    params: list[tuple[str, list[str]]] = []
    encoding = charset = ""
    for raw in raw_params:
        key, eq, val = raw.strip().partition("=")
        key = key.strip().upper()
        if not eq:
            if key in _BARE_ENCODINGS:
                encoding = key
                continue
            key, val = "TYPE", raw.strip()
        values = [v.strip().strip('"').strip() for v in _split_outside_quotes(val, ",")]
        values = [v for v in values if v]
        if key == "ENCODING":
            encoding = values[0].upper() if values else ""
        elif key == "CHARSET":
            charset = values[0] if values else ""
        elif values and _NAME_OK.match(key):
            params.append((key, values))
    return params, encoding, charset


def _rebuild(prefix: str, value: str, ctx: _Context) -> str | None:
    if ctx.carrier is not None:
        prefix = ctx.charsets.decode(prefix.encode("latin-1"), "", ctx.carrier)
    head, *raw_params = _split_outside_quotes(prefix, ";")
    group, _dot, name = head.strip().rpartition(".")
    if not name or name.upper() == "VERSION":
        return None
    params, encoding, charset = _parse_params(raw_params)
    if encoding in ("BASE64", "B"):
        params.insert(0, ("ENCODING", ["b"]))
        value = clean_base64(value)
    else:
        value = _decode_text(value, encoding, charset, ctx)
    return _format(group, name, params, value)


def _decode_text(value: str, encoding: str, charset: str, ctx: _Context) -> str:
    if encoding in ("QUOTED-PRINTABLE", "QP"):
        carrier = "latin-1" if ctx.carrier is not None else "utf-8"
        data = binascii.a2b_qp(value.encode(carrier, "replace"))
        value = ctx.charsets.decode(data, charset, ctx.carrier or b"")
    elif ctx.carrier is not None:
        value = ctx.charsets.decode(value.encode("latin-1"), charset, ctx.carrier)
    if "\n" in value or "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return value


def clean_base64(value: str) -> str:
    """Base64 without whitespace and with its padding repaired (data: URIs left alone)."""
    value = "".join(value.split())
    if value[:5].lower() == "data:":
        return value
    stripped = value.rstrip("=")
    if len(stripped) % 4 == 1:  # no padding can fix this: leave it as the file had it
        return value
    return stripped + "=" * (-len(stripped) % 4)


def _quote(value: str) -> str:
    value = value.replace('"', "").replace("\n", " ").replace("\r", " ")
    return f'"{value}"' if any(c in value for c in ",;:") else value


def _format(group: str, name: str, params: list[tuple[str, list[str]]], value: str) -> str:
    name = name if _NAME_OK.match(name) and name.upper() not in _RESERVED else encode_name(name)
    if group:
        group = group if _NAME_OK.match(group) else encode_name(group)
        name = group + "." + name
    parts = [name]
    for key, values in params:
        parts.append(key + "=" + ",".join(_quote(v) for v in values))
    return ";".join(parts) + ":" + value
