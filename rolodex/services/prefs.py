"""Book-level preferences kept in the book's ``setting`` table (they travel with the book):
the default phone region and the collation locale used for sorting names. A book that has not
set one takes the user's default from the settings file, else the system's locale."""

from __future__ import annotations

from rolodex.collation import system_locale
from rolodex.db import writing
from rolodex.models import Setting

PHONE_REGION = "phone_region"
COLLATION = "collation_locale"


def get(key: str, default: str = "") -> str:
    row = Setting.get_or_none(Setting.key == key)
    return str(row.value) if row is not None else default


def put(key: str, value: str) -> None:
    with writing():
        Setting.insert(key=key, value=value).on_conflict_replace().execute()


def user_default(name: str) -> str:
    """An option from the user's settings file ("" when unset or the file is unusable: a
    broken settings file must not stop the book from opening)."""
    from rolodex import settings

    try:
        return str(getattr(settings.load(), name))
    except settings.SettingsError:
        return ""


def phone_region() -> str:
    """The region assumed for numbers typed without a country code (e.g. "NO")."""
    fallback = user_default("phone_region") or system_locale().partition("_")[2][:2].upper()
    return get(PHONE_REGION, fallback or "US")


def collation_locale() -> str:
    """The locale whose alphabet orders names (e.g. "nb_NO": Ø after Z)."""
    return get(COLLATION, user_default("sort_locale") or system_locale())
