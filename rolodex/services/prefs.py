"""Book-level preferences kept in the book's ``setting`` table (they travel with the book):
the default phone region and the collation locale used for sorting names. A book that has not
set one takes the user's default from the settings file, else the system's locale
(:mod:`rolodex.locale_defaults`)."""

from __future__ import annotations

from rolodex import locale_defaults
from rolodex.collation import system_locale
from rolodex.locale_defaults import BOOK, Default

PHONE_REGION = "phone_region"
COLLATION = "collation_locale"
NAME_ORDER = "name_order"  # "given" (Given Family) or "family" (Family, Given)


def get(key: str, default: str = "") -> str:
    from rolodex.store import prefs as stored  # with the first read: not for the first frame

    value = stored.get(key)
    return default if value is None else value


def put(key: str, value: str) -> None:
    from rolodex.store import prefs as stored
    from rolodex.store.transactions import writing

    with writing():
        stored.put(key, value)


def user_default(name: str) -> str:
    """An option from the user's settings file ("" when unset or the file is unusable: a
    broken settings file must not stop the book from opening)."""
    from rolodex import settings

    try:
        return str(getattr(settings.load(), name))
    except settings.SettingsError:
        return ""


def phone_region_in_force() -> Default:
    """The region assumed for numbers typed without a country code, and where it came from:
    this book's own choice (:data:`BOOK`), else the user's, else the system locale's; when
    none says, "" (only numbers written with + and a country code are understood)."""
    own = get(PHONE_REGION)
    return Default(own, BOOK) if own else locale_defaults.phone_region()


def phone_region() -> str:
    """The region assumed for numbers typed without a country code (e.g. "NO"), never a
    guessed "US"."""
    return phone_region_in_force().value


def collation_locale() -> str:
    """The locale whose alphabet orders names (e.g. "nb_NO": Ø after Z)."""
    return get(COLLATION, user_default("sort_locale") or system_locale())


def family_first() -> bool:
    """Whether names sort and show as "Family, Given" (the View menu's Sort by)."""
    return get(NAME_ORDER, "given") == "family"
