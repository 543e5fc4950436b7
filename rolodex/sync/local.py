"""The book's side of a sync: contacts read, created, updated, trashed and restored through
the store (the caller holds the transaction), and notes in a contact's history for what a
sync did that the user should know about (a conflict, a deleted contact that came back)."""

from __future__ import annotations

from collections.abc import Sequence

from rolodex.models.base import utc_now
from rolodex.records import ContactData
from rolodex.services import prefs
from rolodex.services.crm.records import ActivityData
from rolodex.store import activities
from rolodex.store import contacts as contact_store
from rolodex.store import sync as state
from rolodex.store.contacts_load import load_contacts
from rolodex.store.contacts_write import WriteContext, insert_contacts, update_contact

NOTE_KIND = "note"


class LocalBook:
    """Contacts as the sync engine changes them; each write returns the new revision."""

    def __init__(self) -> None:
        self.ctx = WriteContext(region=prefs.phone_region(), collation=prefs.collation_locale())

    def load(self, ids: Sequence[int]) -> dict[int, ContactData]:
        return {c.id: c for c in load_contacts(ids) if c.id is not None}

    def create(self, data: ContactData) -> tuple[int, int]:
        data.id = None
        contact_id = insert_contacts([data], self.ctx)[0]
        return contact_id, self.revision(contact_id)

    def create_many(self, contacts: Sequence[ContactData]) -> list[tuple[int, int]]:
        for data in contacts:
            data.id = None
        ids = insert_contacts(list(contacts), self.ctx)
        revisions = state.revisions(ids)
        return [(i, revisions[i]) for i in ids]

    def update(self, data: ContactData) -> int:
        assert data.id is not None
        update_contact(data, self.ctx)
        return self.revision(data.id)

    def trash(self, contact_id: int) -> bool:
        return bool(contact_store.move_to_trash([contact_id]))

    def restore(self, contact_id: int) -> int:
        contact_store.restore_from_trash([contact_id])
        return self.revision(contact_id)

    def revision(self, contact_id: int) -> int:
        return state.revisions([contact_id]).get(contact_id, 0)

    def note(self, contact_id: int, subject: str, text: str) -> None:
        """A note in the contact's history (it does not move the contact's revision)."""
        now = utc_now()
        data = ActivityData(contact_id=contact_id, kind=NOTE_KIND, subject=subject, notes=text)
        activities.insert(data, NOTE_KIND, now, now)
