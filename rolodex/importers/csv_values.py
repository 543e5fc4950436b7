"""Cleaning single CSV cell values: labels, tags, dates and countries as other programs write them.

Dates become ISO 8601 (``1980-05-17``, or ``--05-17`` without a year). Slashed dates are read
month first (``5/17/1980``), as Outlook's English export writes them; dotted dates day first
(``17.05.1980``). Outlook's empty date ``0/0/00`` is no date. A date that cannot be read is kept
as written. Countries become ISO 3166-1 alpha-2 codes when pycountry recognises the name or code,
else the text is kept.
"""

from __future__ import annotations

import datetime as dt
import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MULTI_SEPARATOR = " ::: "

_LABELS = {
    "mobile": "mobile",
    "cell": "mobile",
    "cellular": "mobile",
    "home": "home",
    "work": "work",
    "business": "work",
    "other": "other",
    "main": "main",
    "pager": "pager",
    "fax": "fax",
    "home fax": "fax",
    "work fax": "fax",
    "other fax": "fax",
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_TAG_SPLIT = re.compile(r"\s*(?::::|;|,)\s*")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_NO_YEAR = re.compile(r"^--(\d{1,2})-?(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def clean_cell(value: str) -> str:
    """Trim a cell, drop control characters, undo the ``'`` a guarded export put before ``=``."""
    value = _CONTROL.sub("", value).strip()
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_START:
        return value[1:]
    return value


def normalize_label(raw: str) -> tuple[str, bool]:
    """A type label as Google/Outlook write it → (Rolodex label, preferred?).

    Google marks the primary value with a leading ``* `` ("* Home").
    """
    text = raw.strip()
    pref = text.startswith("*")
    text = text.lstrip("* ").strip()
    return _LABELS.get(text.casefold(), text), pref


def split_multi(value: str) -> list[str]:
    """Google puts several values of one kind in one cell, separated by ``:::``."""
    return [part.strip() for part in value.split(":::") if part.strip()]


def split_tags(value: str) -> list[str]:
    """Tags from Google "Labels" (``* myContacts ::: Friends``) or Outlook "Categories"."""
    tags: list[str] = []
    for part in _TAG_SPLIT.split(value):
        tag = part.strip().lstrip("*").strip()
        if tag and tag.casefold().replace(" ", "") != "mycontacts" and tag not in tags:
            tags.append(tag)
    return tags


def normalize_date(text: str) -> str:
    """A date as ISO 8601, "" for Outlook's empty date, else the text unchanged."""
    text = text.strip()
    if text in ("0/0/00", "0/0/0000", "1/0/00"):
        return ""
    if match := _NO_YEAR.match(text):
        return _iso(None, match.group(1), match.group(2)) or text
    for pattern, order in ((_ISO, "ymd"), (_COMPACT, "ymd"), (_SLASHED, "mdy"), (_DOTTED, "dmy")):
        if match := pattern.match(text):
            parts = dict(zip(order, match.groups(), strict=True))
            return _iso(_full_year(parts["y"]), parts["m"], parts["d"]) or text
    return text


def date_from_parts(year: str, month: str, day: str) -> str:
    """Thunderbird's separate Birth Year/Month/Day columns → ISO 8601 ("" if incomplete)."""
    if not (month.strip().isdigit() and day.strip().isdigit()):
        return ""
    return _iso(year.strip() if year.strip().isdigit() else None, month, day)


def _full_year(year: str) -> str:
    if len(year) == 4:
        return year
    two = int(year)
    return str(2000 + two if two <= dt.date.today().year % 100 else 1900 + two)


def _iso(year: str | None, month: str, day: str) -> str:
    try:
        check = dt.date(int(year) if year else 2000, int(month), int(day))
    except ValueError:
        return ""
    if year is None:
        return f"--{check.month:02d}-{check.day:02d}"
    return check.isoformat()
