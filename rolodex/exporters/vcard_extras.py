"""Unmodelled properties (:class:`ExtraProperty`) checked before they are written back.

An extra is written as it was read whenever that gives a valid content line. What cannot be
written validly is left out and recorded as a :class:`Dropped` value, never written broken:

- a property named ``BEGIN``, ``END``, ``VERSION`` or ``PROFILE`` (it would end the card early
  or confuse the reader), or one whose name has characters RFC 6350 §3.3 does not allow;
- a second copy of a property a card may hold only once (``N``, ``UID``, ``PRODID``...), also
  when Rolodex writes that property itself;
- a value with control characters, or binary data (``ENCODING=b`` or a ``data:`` URI) whose
  base64 does not decode; binary data that decodes is written as the version wants it;
- a parameter with a bad name, a value holding a double quote or a control character, or an
  ENCODING other than ``b`` (the property is kept without it). ``CHARSET`` goes without a
  warning: the file is always UTF-8.

A group name with characters that are not allowed is replaced by a free ``itemN`` group, the
same one for every property of that group, so a label stays with the property it labels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from rolodex.exporters.vcard_binary import (
    BINARY_ENCODINGS,
    Params,
    data_uri_ok,
    encoded_value,
)
from rolodex.exporters.vcard_check import (
    CONTROL,
    NAME_OK,
    SINGLE,
    STRUCTURAL,
    Dropped,
    param_value_ok,
)
from rolodex.records import ContactData, ExtraProperty

Line = tuple[str, str, Params, str]  # name, value, params, group


@dataclass
class ExtrasCheck:
    """The state of one card's check: what it already holds and what was left out."""

    v4: bool
    contact: ContactData
    new_group: Callable[[], str]
    written: set[str] = field(default_factory=set)  # the SINGLE names the card already holds
    dropped: list[Dropped] = field(default_factory=list)
    _groups: dict[str, str] = field(default_factory=dict)

    def drop(self, name: str, reason: str, detail: str = "") -> None:
        who = self.contact.full_name()
        self.dropped.append(Dropped(self.contact.id, who, name, reason, detail))

    def group(self, group: str) -> str:
        if not group or NAME_OK.match(group):
            return group
        if group not in self._groups:
            self._groups[group] = self.new_group()
        return self._groups[group]


def checked_extras(extras: list[ExtraProperty], check: ExtrasCheck) -> Iterator[Line]:
    """The content lines of the extras that can be written validly, in order."""
    for extra in extras:
        line = _checked(extra, check)
        if line is not None:
            yield line


def _checked(extra: ExtraProperty, check: ExtrasCheck) -> Line | None:
    name, value = extra.name, extra.value
    upper = name.upper()
    if upper in STRUCTURAL:
        check.drop(name, "structure")
        return None
    if not NAME_OK.match(name):
        check.drop(name, "name")
        return None
    if CONTROL.search(value):
        check.drop(name, "control")
        return None
    params, binary, bad_params = _params(extra.params)
    if binary or value[:5].lower() == "data:":
        written = _binary(value, params, binary, check.v4)
        if written is None:
            check.drop(name, "base64")
            return None
        value, params = written
    if upper in SINGLE:
        if upper in check.written:
            check.drop(name, "duplicate")
            return None
        check.written.add(upper)
    for detail in bad_params:
        check.drop(name, "parameter", detail)
    return name, value, params, check.group(extra.group)


def _binary(value: str, params: Params, encoded: bool, v4: bool) -> tuple[str, Params] | None:
    if encoded:
        return encoded_value(value, params, v4)
    return (value, params) if data_uri_ok(value) else None


def _params(raw: dict[str, list[str]]) -> tuple[Params, bool, list[str]]:
    """The parameters that can be written, whether the value is base64 (ENCODING=b), and the
    parameters (or values of them) that had to be left out."""
    params: Params = []
    binary = False
    bad: list[str] = []
    for key, values in raw.items():
        upper = key.upper()
        if upper == "CHARSET":
            continue
        if upper == "ENCODING":
            if values and {v.strip().lower() for v in values} <= BINARY_ENCODINGS:
                binary = True
            else:
                bad.append(f"ENCODING={','.join(values)}")
            continue
        if not NAME_OK.match(key):
            bad.append(repr(key))
            continue
        kept = [v for v in values if param_value_ok(v)]
        if len(kept) < len(values) or not values:
            bad.append(key)
        if kept:
            params.append((key, kept))
    return params, binary, bad
