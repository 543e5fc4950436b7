"""The save-time duplicate warning: does another contact already have this email or phone?"""

from __future__ import annotations

from dataclasses import dataclass

from rolodex.phones import normalise
from rolodex.records import ContactData
from rolodex.store.contacts import conflicts


@dataclass(frozen=True)
class Conflict:
    """Another contact already holding an email or phone being saved."""

    contact_id: int
    name: str
    reason: str


def find_conflicts(data: ContactData, region: str) -> list[Conflict]:
    """Conflicts for each email (case-insensitive) and normalised phone of ``data``."""
    emails = {e.value.strip().lower() for e in data.emails if e.value.strip()}
    phones = {normalise(p.value, region) for p in data.phones} - {""}
    return [Conflict(*found) for found in conflicts(emails, phones, data.id or 0)]
