"""One line of the contact list: just what its columns show (the whole contact is a
:class:`rolodex.records.ContactData`, read only when a contact is shown)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ContactRow:
    """One line of the contact list: just what the list columns show."""

    id: int
    name: str
    company: str
    email: str
    phone: str
    city: str
    tags: str
    last_contacted: str
