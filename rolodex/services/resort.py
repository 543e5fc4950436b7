"""Changing the alphabet names sort by: every sort key recomputed (and, on a file, every sort
position renumbered), in one transaction."""

from __future__ import annotations

from rolodex.collation import sort_key
from rolodex.records import ContactData
from rolodex.services import prefs
from rolodex.services.changes import Change
from rolodex.store.contacts_write import sort_name
from rolodex.store.sort_keys import rekey_all
from rolodex.store.transactions import writing


def resort_all(locale_name: str, family_first: bool | None = None) -> Change:
    """Sort the whole book by ``locale_name``'s alphabet from now on (one transaction); with
    ``family_first`` given, also by family name first (True) or given name first (False)."""
    with writing():
        prefs.put(prefs.COLLATION, locale_name)
        if family_first is not None:
            prefs.put(prefs.NAME_ORDER, "family" if family_first else "given")
        by_family = prefs.family_first()

        def key_of(data: ContactData) -> bytes:
            return sort_key(sort_name(data, by_family), locale_name)

        rekey_all(key_of)
    return Change("contact", (), "updated")


def sort_names_by(family_first: bool) -> Change:
    """Sort (and show) names as "Family, Given" or "Given Family" from now on."""
    return resort_all(prefs.collation_locale(), family_first)
