"""What a vCard content line may hold, and the record of a value an export had to leave out.

RFC 6350 §3.3 (and RFC 2426 §4 for 3.0): a property, parameter or group name is
``1*(ALPHA / DIGIT / "-")``; a parameter value holds no double quote and no control character
(it is double-quoted when it holds ``,`` ``;`` or ``:``); a value holds no control character
but the tab (line breaks are written escaped, as ``\\n``). A few names are the file's structure
(``BEGIN``, ``END``, ``VERSION``, and ``PROFILE``, which vobject reads as structure too) and some
properties a card may hold only once (RFC 6350 cardinality ``*1``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NAME_OK = re.compile(r"[A-Za-z0-9-]+\Z")
# C0 controls other than tab, CR and LF (CR/LF are escaped on writing), and DEL.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# What a parameter value can never hold: a double quote or any control character but the tab.
BAD_PARAM_CHAR = re.compile(r'["\x00-\x08\x0a-\x1f\x7f]')
STRUCTURAL = frozenset({"BEGIN", "END", "VERSION", "PROFILE"})
SINGLE = frozenset({"N", "UID", "REV", "BDAY", "ANNIVERSARY", "PRODID", "KIND", "GENDER"})

REASONS: dict[str, str] = {
    "structure": "{name} is part of a vCard file's structure; writing it would break the file",
    "name": "the property name {name!r} holds characters vCard does not allow",
    "duplicate": "a card may hold only one {name}; the other one is kept",
    "base64": "the {name} data is damaged (it is not valid base64)",
    "control": "the {name} value holds control characters vCard does not allow",
    "parameter": "the {name} parameter {detail} could not be written validly",
}


@dataclass(frozen=True, slots=True)
class Dropped:
    """One value (or one parameter of it) an export left out because it cannot be written
    validly. ``reason`` is one of :data:`REASONS`' keys; ``message`` says it in a sentence."""

    contact_id: int | None
    contact: str
    property_name: str
    reason: str
    detail: str = ""

    @property
    def message(self) -> str:
        return REASONS[self.reason].format(name=self.property_name, detail=self.detail)

    def as_dict(self) -> dict[str, object]:
        """The JSON form of the CLI's ``export --json`` ``warnings`` list."""
        return {
            "contact": self.contact_id,
            "name": self.contact,
            "property": self.property_name,
            "reason": self.reason,
            "message": self.message,
        }


def param_value_ok(value: str) -> bool:
    """Whether a parameter value can be written (double-quoted if need be)."""
    return BAD_PARAM_CHAR.search(value) is None
