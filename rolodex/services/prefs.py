"""Book-level preferences kept in the book's ``setting`` table (they travel with the book):
the default phone region and the collation locale used for sorting names."""

from __future__ import annotations

from rolodex.collation import system_locale
from rolodex.models import Setting

PHONE_REGION = "phone_region"
COLLATION = "collation_locale"


def get(key: str, default: str = "") -> str:
    row = Setting.get_or_none(Setting.key == key)
    return str(row.value) if row is not None else default


def put(key: str, value: str) -> None:
    Setting.insert(key=key, value=value).on_conflict_replace().execute()


def phone_region() -> str:
    """The region assumed for numbers typed without a country code (e.g. "NO")."""
    fallback = system_locale().partition("_")[2][:2].upper() or "US"
    return get(PHONE_REGION, fallback)


def collation_locale() -> str:
    return get(COLLATION, system_locale())
