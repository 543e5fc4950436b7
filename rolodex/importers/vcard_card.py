"""The one place that touches vobject: a typed view of a parsed card.

vobject parses the normalised text (see :mod:`rolodex.importers.vcard_text`); this wrapper hands
out its content lines as :class:`VProperty` records in file order, with the value still in vCard
3.0 escaping, so the mapping code never sees vobject's dynamic objects. vobject's own value
transformation is switched off: Rolodex decodes values itself, with rules for vCard 2.1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rolodex.importers.vcard_values import decode_name


@dataclass(slots=True)
class VProperty:
    """One content line: ``name`` upper-case, ``params`` keys upper-case, ``value`` escaped."""

    name: str
    value: str
    params: dict[str, list[str]] = field(default_factory=dict)
    group: str = ""

    def param(self, key: str) -> list[str]:
        """The values of one parameter (empty list when absent)."""
        return self.params.get(key, [])

    def types(self) -> set[str]:
        """TYPE values, lower-case, split on commas."""
        return {t.strip().lower() for v in self.param("TYPE") for t in v.split(",") if t.strip()}


class VCardError(ValueError):
    """vobject could not parse a normalised card."""


@dataclass(slots=True)
class VCard:
    """A parsed card: its declared version and its properties in file order."""

    version: str
    properties: list[VProperty]

    @classmethod
    def parse(cls, text: str, version: str) -> VCard:
        """Parse one card of clean vCard text (as made by ``clean_card``)."""
        return cls.from_lines(text.rstrip("\n").split("\n"), version)

    @classmethod
    def from_lines(cls, lines: list[str], version: str) -> VCard:
        """Parse the content lines of one clean card (``clean_card``'s ``lines``).

        Each line is parsed by vobject's own content-line parser. vobject's reader is not
        used: it first splits the text into logical lines with a regular expression whose
        backtracking state costs about 150 bytes per character of a long line (a 20 MB NOTE
        took 3 GB); the lines here are already unfolded, one property each."""
        from vobject.base import textLineToContentLine  # lazily: not needed at start-up

        properties = []
        for number, line in enumerate(lines[1:-1], 2):
            try:
                content = textLineToContentLine(line, number)
            except Exception as exc:  # vobject raises many types for bad input
                raise VCardError(_message(exc)) from exc
            properties.append(_to_property(content))
        return cls(version, properties)


def _message(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def _to_property(line: Any) -> VProperty:
    params: dict[str, list[str]] = {
        str(key).upper(): [str(v) for v in values] for key, values in line.params.items()
    }
    singles = [str(v) for v in line.singletonparams]
    if singles:
        params.setdefault("TYPE", []).extend(singles)
    name = decode_name(str(line.name))
    name = name if name != str(line.name) else name.upper()
    group = decode_name(str(line.group)) if line.group else ""
    return VProperty(name, str(line.value), params, group)
