"""Folding text for search: case, diacritics and letters that Unicode does not decompose.

"Šarūnas" → "sarunas", "Øystein" → "oystein", "ДМИТРИЙ" → "дмитрий". Both the indexed text
and the query go through :func:`fold`, so search ignores case and accents in any script.
"""

from __future__ import annotations

import re
import unicodedata

# Letters with no Unicode decomposition that people type without the accent.
_SPECIAL = str.maketrans(
    {
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "ħ": "h",
        "ı": "i",
        "þ": "th",
    }
)
_NON_DIGIT = re.compile(r"\D+")
# The Unicode blocks of combining diacritical marks (accents, carons, breves, ogoneks...).
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(text: str) -> str:
    """Lower-case, strip combining marks and map undecomposable letters to plain ones."""
    if text.isascii():
        return text.lower()
    lowered = text.casefold().translate(_SPECIAL)
    return _MARKS.sub("", unicodedata.normalize("NFKD", lowered))


def digits(text: str) -> str:
    """Only the digits of a phone number, whatever its formatting."""
    return _NON_DIGIT.sub("", text)


def digit_suffixes(number: str, minimum: int = 4) -> list[str]:
    """Every suffix of at least ``minimum`` digits, so a prefix query finds any inner run."""
    return [number[i:] for i in range(0, max(len(number) - minimum + 1, 0))]
