"""The save-time duplicate warning: does another contact already have this email or phone?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rolodex.phones import normalise
from rolodex.records import ContactData
from rolodex.store.contacts import conflicts

if TYPE_CHECKING:
    from rolodex.services.contacts import Conflict


def find_conflicts(data: ContactData, region: str) -> list[Conflict]:
    """Conflicts for each email (case-insensitive) and normalised phone of ``data``."""
    from rolodex.services.contacts import Conflict

    emails = {e.value.strip().lower() for e in data.emails if e.value.strip()}
    phones = {normalise(p.value, region) for p in data.phones} - {""}
    return [Conflict(*found) for found in conflicts(emails, phones, data.id or 0)]
