"""Type labels for emails, phones, addresses, websites and IM handles, in both directions.

Reading: TYPE parameters (``TYPE=CELL``, 2.1's bare ``HOME``) or an Apple/Google group label
(``item1.X-ABLabel:_$!<HomePage>!$_``) become one readable label: home, work, mobile, fax,
home fax, work fax, pager, other, or the custom text. Writing turns a label back into TYPE values
when one exists, and tells the caller to use a grouped X-ABLabel otherwise.
"""

from __future__ import annotations

import re

# TYPE values that say nothing about where the value belongs.
_NEUTRAL = frozenset(
    {"voice", "internet", "pref", "x400", "dom", "intl", "postal", "parcel", "msg", "text"}
)
_PLAIN = (("home", "home"), ("work", "work"), ("cell", "mobile"), ("mobile", "mobile"))
_TEL_ONLY = (("pager", "pager"),)
_OTHER = (("other", "other"),)
_TOKEN = re.compile(r"[a-z0-9-]+\Z")
_APPLE = re.compile(r"_\$!<(.*)>!\$_\Z")
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+|\d+")

_TEL_TYPES: dict[str, list[str]] = {
    "home": ["HOME"],
    "work": ["WORK"],
    "mobile": ["CELL"],
    "fax": ["FAX"],
    "home fax": ["HOME", "FAX"],
    "work fax": ["WORK", "FAX"],
    "pager": ["PAGER"],
    "other": ["OTHER"],
}
_OTHER_TYPES: dict[str, list[str]] = {
    "home": ["HOME"],
    "work": ["WORK"],
    "mobile": ["CELL"],
    "other": ["OTHER"],
}


def label_from_types(types: set[str], is_tel: bool = False) -> str:
    """The label TYPE values describe ("" when they say nothing)."""
    known = {t for t in types if t not in _NEUTRAL}
    if is_tel and "fax" in known:
        for where in ("home", "work"):
            if where in known:
                return f"{where} fax"
        return "fax"
    table = _PLAIN + _TEL_ONLY + _OTHER if is_tel else _PLAIN + _OTHER
    for token, label in table:
        if token in known:
            return label
    rest = sorted(known)
    return rest[0] if rest else ""


def label_from_ablabel(text: str) -> str:
    """Apple's ``_$!<HomeFAX>!$_`` becomes "home fax"; custom labels stay as written."""
    text = text.strip()
    match = _APPLE.match(text)
    if match is None:
        return text
    words = _CAMEL.findall(match.group(1))
    return " ".join(w.lower() for w in words) if words else match.group(1)


def types_for_label(label: str, is_tel: bool = False) -> list[str] | None:
    """TYPE values that read back as ``label``; None means write it as a grouped X-ABLabel."""
    if not label:
        return []
    table = _TEL_TYPES if is_tel else _OTHER_TYPES
    if label in table:
        return table[label]
    if _TOKEN.match(label) and label_from_types({label}, is_tel) == label:
        return [label.upper()]
    return None
