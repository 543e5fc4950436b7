"""Guessing what a CSV column holds from its values, for columns whose header says nothing.

A column most of whose sample values are email addresses is ``email``; phone numbers (seven
digits or more, with only spaces, dashes, dots, brackets and a leading + between them) are
``phone``; postcodes (Norwegian "0150", Lithuanian "LT-01103", Russian "620014", Swedish
"114 55", British "SW1A 1AA", US "12345-6789") are ``postal_code``. "Most" is four in five of
the non-empty values, and at least two of them (one value proves nothing).
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]{2,}$")
PHONE = re.compile(r"^\+?[\d\s().\-/]{6,24}$")
POSTCODE = re.compile(
    r"^(?:[A-Z]{1,2}-\s?)?\d{4,6}$"  # 0150, 12345, 620014, LT-01103, NO-0150
    r"|^\d{3}\s\d{2}$"  # 114 55
    r"|^\d{5}-\d{4}$"  # 12345-6789
    r"|^\d{2}-\d{3}$"  # 00-950
    r"|^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$",  # SW1A 1AA
    re.IGNORECASE,
)
SHARE = 0.8
MIN_VALUES = 2


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def kind_of(value: str) -> str:
    """``email``, ``phone``, ``postal_code`` or "" for one value."""
    text = value.strip()
    if EMAIL.match(text):
        return "email"
    if POSTCODE.match(text) and _digits(text) <= 6:
        return "postal_code"
    if PHONE.match(text) and _digits(text) >= 7:
        return "phone"
    return ""


def column_kind(values: list[str]) -> str:
    """What a column's sample values are, when four in five of them agree; else ""."""
    filled = [v for v in values if v.strip()]
    if len(filled) < MIN_VALUES:
        return ""
    kinds = [kind_of(v) for v in filled]
    best = max(set(kinds), key=kinds.count)
    return best if best and kinds.count(best) >= SHARE * len(filled) else ""


def guess_by_content(rows: list[list[str]], width: int, skip: set[int]) -> dict[int, str]:
    """Column index → target field name for the columns not in ``skip`` whose values say it
    (at most one postcode column: a second run of short numbers is more likely something else)."""
    guesses: dict[int, str] = {}
    for column in range(width):
        if column in skip:
            continue
        kind = column_kind([row[column] for row in rows if column < len(row)])
        if kind == "postal_code" and "postal_code" in guesses.values():
            continue
        if kind:
            guesses[column] = kind
    return guesses
