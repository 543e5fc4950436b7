"""Changing the alphabet names sort by: every sort key recomputed, every position renumbered."""

from __future__ import annotations

from rolodex.collation import sort_key
from rolodex.db import database, writing
from rolodex.records import ContactData
from rolodex.services import prefs
from rolodex.services.changes import Change
from rolodex.services.contact_write import sort_name
from rolodex.services.sort_positions import renumber_all

_SQL = "SELECT id, prefix, given, additional, family, suffix, display_name, company_id FROM contact"


def resort_all(locale_name: str) -> Change:
    """Sort the whole book by ``locale_name``'s alphabet from now on (one transaction)."""
    conn = database.connection()
    with writing():
        prefs.put(prefs.COLLATION, locale_name)
        keys = []
        for cid, prefix, given, additional, family, suffix, display in (
            row[:7] for row in conn.execute(_SQL)
        ):
            data = ContactData(prefix=prefix, given=given, additional=additional, family=family,
                               suffix=suffix, display_name=display)  # fmt: skip
            keys.append((sort_key(sort_name(data), locale_name), cid))
        conn.executemany("UPDATE contact SET sort_key = ? WHERE id = ?", keys)
        renumber_all(conn)
    return Change("contact", (), "updated")
