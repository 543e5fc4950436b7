"""Locale-aware sort keys (ICU): Ø after Z in Norwegian, Š after S in Lithuanian.

Keys are computed once when a contact is saved and stored in ``contact.sort_key`` so the list
sorts in SQL with an index, whatever its size.
"""

from __future__ import annotations

import locale
from functools import lru_cache
from typing import Any


def system_locale() -> str:
    """The user's locale name (e.g. "nb_NO"), or "en_US" when none is set."""
    name = locale.getlocale(locale.LC_COLLATE)[0] or locale.getlocale()[0]
    return name or "en_US"


@lru_cache(maxsize=8)
def _collator(locale_name: str) -> Any:
    import icu

    collator = icu.Collator.createInstance(icu.Locale(locale_name))
    collator.setStrength(icu.Collator.TERTIARY)
    return collator


def sort_key(text: str, locale_name: str) -> bytes:
    """The binary ICU sort key of ``text`` for ``locale_name`` (compare with plain bytes)."""
    return bytes(_collator(locale_name).getSortKey(text))
