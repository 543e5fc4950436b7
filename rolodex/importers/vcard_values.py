"""vCard value syntax shared by reading and writing: escaping, unescaping, splitting.

Values are kept in vCard 3.0/4.0 syntax (``\\n``, ``\\,``, ``\\;``, ``\\\\`` escaped) until a
field is mapped, so a property Rolodex does not model can be written back exactly as read.
"""

from __future__ import annotations

import re

_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
_NAME_PREFIX = "X-RLDX-HEX-"


def _unescape_one(match: re.Match[str]) -> str:
    char = match.group(1)
    return "\n" if char in "nN" else char


def unescape(value: str) -> str:
    """Turn a vCard 3.0 text value into plain text."""
    if "\\" not in value:
        return value
    return _ESCAPED.sub(_unescape_one, value)


def escape(text: str, structured: bool = True) -> str:
    """Escape plain text for a vCard value (``structured`` also escapes ``;``)."""
    text = text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\n", "\\n").replace(",", "\\,")
    return text.replace(";", "\\;") if structured else text


def split_raw(value: str, sep: str) -> list[str]:
    """Split an escaped value on unescaped ``sep``; the parts stay escaped."""
    if "\\" not in value:
        return value.split(sep)
    parts: list[str] = []
    current: list[str] = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            current.append(char + next(chars, ""))
        elif char == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def split_unescape(value: str, sep: str) -> list[str]:
    """Split an escaped value on unescaped ``sep`` and unescape each part."""
    return [unescape(part) for part in split_raw(value, sep)]


def encode_name(name: str) -> str:
    """Hide a property or group name vobject would reject (KDE's ``X-messaging/aim-All``)."""
    return _NAME_PREFIX + name.encode("utf-8").hex().upper()


def decode_name(name: str) -> str:
    """Undo :func:`encode_name`; other names come back unchanged."""
    if not name.upper().startswith(_NAME_PREFIX):
        return name
    try:
        return bytes.fromhex(name[len(_NAME_PREFIX) :]).decode("utf-8")
    except ValueError:
        return name
