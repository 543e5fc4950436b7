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


def resort_all(locale_name: str) -> Change:
    """Sort the whole book by ``locale_name``'s alphabet from now on (one transaction)."""
    with writing():
        prefs.put(prefs.COLLATION, locale_name)

        def key_of(data: ContactData) -> bytes:
            return sort_key(sort_name(data), locale_name)

        rekey_all(key_of)
    return Change("contact", (), "updated")
