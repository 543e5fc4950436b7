"""Content-line formatting for vCard output: parameters, and folding at 75 octets.

RFC 6350 (and 2426) limit a line to 75 octets, not characters; vobject folds by characters, so a
line of Cyrillic or Japanese comes out up to twice as long as allowed. Folding here counts UTF-8
bytes and never cuts inside a multi-byte character.
"""

from __future__ import annotations

LIMIT = 75
CRLF = b"\r\n"
_FOLD = b"\r\n "

Params = list[tuple[str, list[str]]]


def fold(line: str) -> bytes:
    """The UTF-8 bytes of one content line, folded at 75 octets, ending in CRLF."""
    data = line.encode("utf-8")
    if len(data) <= LIMIT:
        return data + CRLF
    pieces: list[bytes] = []
    start = 0
    limit = LIMIT
    while len(data) - start > limit:
        cut = start + limit
        while data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: step back to the start
            cut -= 1
        pieces.append(data[start:cut])
        start = cut
        limit = LIMIT - 1  # continuation lines begin with a space
    pieces.append(data[start:])
    return _FOLD.join(pieces) + CRLF


def quote_param(value: str) -> str:
    """A parameter value, double-quoted when it holds , ; or : (quotes themselves dropped)."""
    value = value.replace('"', "'").replace("\r", " ").replace("\n", " ")
    if "," in value or ";" in value or ":" in value:
        return f'"{value}"'
    return value


def content_line(name: str, value: str, params: Params | None = None, group: str = "") -> str:
    """``group.NAME;KEY=a,b:value`` with the value already escaped as it should be written."""
    parts = [f"{group}.{name}" if group else name]
    for key, values in params or ():
        if values:
            parts.append(key + "=" + ",".join(quote_param(v) for v in values))
        else:
            parts.append(key)
    if "\n" in value or "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return ";".join(parts) + ":" + value
