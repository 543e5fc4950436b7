"""Adding a contact with an owner (the account manager) and, if private, seen by its owner
(and the book's administrators) only."""

from __future__ import annotations

from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.store import team as store
from rolodex.store.transactions import writing
from rolodex.store.users import acting_login


def create_owned(data: ContactData, owner: str = "", private: bool = False) -> int:
    """Store a new contact owned by ``owner`` (default: whoever adds it); its id."""
    who = owner.strip() or acting_login()
    with writing():
        new_id = ContactService().create(data)
        store.set_owner(new_id, owner=who, private=private, bump=False)
    return new_id
