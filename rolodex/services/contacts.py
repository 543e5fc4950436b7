"""The contact book service: what the UI and CLI call to list, find, save, delete and restore
contacts. Returns plain records and a :class:`Change` for every write; the queries are in
:mod:`rolodex.store.contacts` and its neighbours, imported on first use: the window is built
before the store is loaded (a book file's first page is read without it,
:mod:`rolodex.store.sqlite.glance`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from rolodex.contact_row import ContactRow
from rolodex.db import MAX_ID
from rolodex.services import prefs
from rolodex.services.changes import Change

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from rolodex.records import ContactData
    from rolodex.services.duplicates.check import Conflict
    from rolodex.store.book_stats import Stats
    from rolodex.store.contacts_write import WriteContext

TRASH_DAYS = 30

__all__ = ["TRASH_DAYS", "ContactService"]


def _writing() -> AbstractContextManager[None]:
    from rolodex.store.transactions import writing as transaction

    return transaction()


class ContactService:
    """Operations on the contact book bound in :mod:`rolodex.db`."""

    def context(self) -> WriteContext:
        """What a write needs to know of the book's settings (the write path, with its
        modules, is loaded by the first write: the list does not need it)."""
        from rolodex.store.contacts_write import WriteContext

        return WriteContext(
            region=prefs.phone_region(),
            collation=prefs.collation_locale(),
            family_first=prefs.family_first(),
        )

    # -- reading -------------------------------------------------------------------------
    def ids(
        self,
        query: str | None = None,
        tag: str | None = None,
        *,
        sort: str = "name",
        descending: bool = False,
        limit: int | None = None,
        trash: bool = False,
        owner: str | None = None,
        last_by: str | None = None,
    ) -> list[int]:
        """Ids of contacts matching the search and tag, sorted; the whole list is cheap.
        ``owner`` (a login, "" for nobody) and ``last_by`` (who was last in touch) narrow it
        to one account manager's contacts, or one colleague's."""
        from rolodex.store import contacts as store

        if sort == "name" and not tag and not trash and owner is None and last_by is None:
            return store.name_ordered_ids(query or "", descending=descending, limit=limit)
        return store.sorted_ids(
            query or "", tag, sort=sort, descending=descending, limit=limit, trash=trash,
            owner=owner, last_by=last_by,
        )  # fmt: skip

    def rows(self, ids: Sequence[int]) -> list[ContactRow]:
        from rolodex.store.contacts_read import list_rows

        return list_rows(ids, prefs.family_first())

    def get(self, contact_id: int) -> ContactData | None:
        if not 0 < contact_id <= MAX_ID:  # no such row, and SQLite cannot take the number
            return None
        from rolodex.store.contacts_load import load_contacts

        return next(load_contacts([contact_id]), None)

    def get_many(self, ids: Iterable[int]) -> Iterator[ContactData]:
        from rolodex.store.contacts_load import load_contacts

        return load_contacts(ids)

    def exists(self, contact_id: int) -> bool:
        from rolodex.store import contacts as store

        return store.is_live(contact_id)

    # -- writing -------------------------------------------------------------------------
    def create(self, data: ContactData) -> int:
        """Store a new contact and return its id."""
        from rolodex.store.contacts_write import insert_contacts

        with _writing():
            return insert_contacts([data], self.context())[0]

    def save(self, data: ContactData) -> Change:
        """Create or update ``data`` (by its id) in one transaction."""
        if data.id is None:
            return Change("contact", (self.create(data),), "created")
        from rolodex.store.contacts_write import update_contact
        from rolodex.team import history  # the write path only: not loaded for the first frame

        old = self.get(data.id)
        with _writing():
            update_contact(data, self.context())
            if old is not None:  # who changed which fields (issue 11)
                history.record_edit(data.id, history.contact_diff(old, data))
        return Change("contact", (data.id,), "updated")

    def delete(self, ids: Sequence[int]) -> Change:
        """Move contacts to the Trash (restorable for 30 days); the change names only those
        that were live (an unknown or already trashed id is left out)."""
        from rolodex.store import contacts as store
        from rolodex.team import history

        with _writing():
            moved = store.move_to_trash(ids)
            history.record("contact", moved, "deleted")
        return Change("contact", tuple(moved), "deleted")

    def restore(self, ids: Sequence[int]) -> Change:
        """Bring contacts back from the Trash, with everything that hangs off them, their
        company included: one in the Trash (removed with them, e.g. by an import undo) comes
        back too. The change names only those that were in the Trash."""
        from rolodex.store import contacts as store
        from rolodex.team import history

        with _writing():
            back = store.restore_from_trash(ids)
            history.record("contact", back, "restored")
        return Change("contact", tuple(back), "restored")

    def empty_trash(self) -> Change:
        """Delete for good every contact in the Trash."""
        from rolodex.models.base import utc_now

        with _writing():
            ids = self.purge(utc_now())
        return Change("contact", tuple(ids), "purged")

    def purge(self, older_than: str) -> list[int]:
        """Delete for good contacts trashed at or before the ISO time ``older_than``, with
        their activities and follow-ups, leaving tombstones (caller holds the transaction)."""
        from rolodex.store import contacts as store

        return store.purge(older_than)

    # -- checks and summaries --------------------------------------------------------------
    def conflicts(self, data: ContactData) -> list[Conflict]:
        """Other live contacts that already have one of this contact's emails or phones."""
        from rolodex.services.duplicates.check import find_conflicts

        return find_conflicts(data, self.context().region)

    def tag_counts(self) -> list[tuple[str, int]]:
        """Every tag with the number of live contacts carrying it, by name."""
        from rolodex.services.tags import TagService

        return [(t.name, t.contacts) for t in TagService().list()]

    def live_and_trashed(self) -> tuple[int, int]:
        """How many contacts are live, and how many in the Trash (the sidebar's counts)."""
        from rolodex.store import contacts as store

        return store.live_and_trashed()

    def stats(self) -> Stats:
        from rolodex.store.book_stats import stats

        return stats()
