"""The save-time duplicate warning: does another contact already have this email or phone?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rolodex.db import database
from rolodex.phones import normalise
from rolodex.records import ContactData

if TYPE_CHECKING:
    from rolodex.services.contacts import Conflict

_EMAIL_SQL = (
    "SELECT DISTINCT c.id, c.display_name, e.value FROM email e JOIN contact c"
    " ON c.id = e.contact_id WHERE e.value_key = ? AND c.deleted_at IS NULL AND c.id != ?"
)
_PHONE_SQL = (
    "SELECT DISTINCT c.id, c.display_name, p.value FROM phone p JOIN contact c"
    " ON c.id = p.contact_id WHERE p.e164 = ? AND c.deleted_at IS NULL AND c.id != ?"
)


def find_conflicts(data: ContactData, region: str) -> list[Conflict]:
    """Conflicts for each email (case-insensitive) and normalised phone of ``data``."""
    from rolodex.services.contacts import Conflict

    conn = database.connection()
    own_id = data.id or 0
    found: list[Conflict] = []
    for email in {e.value.strip().lower() for e in data.emails if e.value.strip()}:
        for cid, name, value in conn.execute(_EMAIL_SQL, (email, own_id)):
            found.append(Conflict(cid, name, f"email {value}"))
    for e164 in {normalise(p.value, region) for p in data.phones} - {""}:
        for cid, name, value in conn.execute(_PHONE_SQL, (e164, own_id)):
            found.append(Conflict(cid, name, f"phone {value}"))
    return found
