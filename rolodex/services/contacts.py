"""The contact book service: what the UI and CLI call to list, find, save, delete and restore
contacts. Returns plain records and a :class:`Change` for every write."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from rolodex.db import MAX_ID, database, writing
from rolodex.models.base import utc_now
from rolodex.records import ContactData, ContactRow
from rolodex.services import prefs
from rolodex.services.changes import Change
from rolodex.services.contact_read import list_rows, load_contacts
from rolodex.services.contact_write import (
    WriteContext,
    delete_children,
    index_row,
    insert_contacts,
    update_contact,
)
from rolodex.services.importing_items import forget_contacts
from rolodex.services.search import backend

TRASH_DAYS = 30

SORT_COLUMNS = {
    "name": "c.sort_key",
    "company": "(SELECT name_key FROM company WHERE id = c.company_id AND deleted_at IS NULL)",
    "email": "(SELECT value_key FROM email WHERE contact_id = c.id ORDER BY pref DESC, position LIMIT 1)",
    "phone": "(SELECT e164 FROM phone WHERE contact_id = c.id ORDER BY pref DESC, position LIMIT 1)",
    "city": "(SELECT lower(city) FROM address WHERE contact_id = c.id ORDER BY pref DESC, position LIMIT 1)",
    "tags": "(SELECT min(t.name) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id)",
    "last_contacted": "c.last_contacted",
}


@dataclass(frozen=True)
class Conflict:
    """Another contact already holding an email or phone being saved."""

    contact_id: int
    name: str
    reason: str


_LIVE = (
    "{t}.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM contact c"
    " WHERE c.id = {t}.contact_id AND c.deleted_at IS NOT NULL)"
)
"""An activity or follow-up that is not deleted, and whose contact (if any) is not in the
Trash (it stays attached there, to come back with the contact)."""


@dataclass(frozen=True)
class Stats:
    contacts: int
    companies: int
    tags: int
    activities: int
    followups: int


class ContactService:
    """Operations on the contact book bound in :mod:`rolodex.db`."""

    def context(self) -> WriteContext:
        return WriteContext(region=prefs.phone_region(), collation=prefs.collation_locale())

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
    ) -> list[int]:
        """Ids of contacts matching the search and tag, sorted; the whole list is cheap."""
        if sort == "name" and not tag and not trash:
            return self._ids_by_name(query, descending, limit)
        sql, params = self._ids_sql(query, tag, trash)
        direction = "DESC" if descending else "ASC"
        sql += f" ORDER BY {SORT_COLUMNS[sort]} IS NULL, {SORT_COLUMNS[sort]} {direction}, c.id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in database.connection().execute(sql, params)]

    def _ids_by_name(self, query: str | None, descending: bool, limit: int | None) -> list[int]:
        """The fast path: the search index returns matches already in name order."""
        return backend().matching_ids(query or "", descending=descending, limit=limit)

    def _ids_sql(self, query: str | None, tag: str | None, trash: bool) -> tuple[str, list[object]]:
        where = ["c.deleted_at IS NOT NULL" if trash else "c.deleted_at IS NULL"]
        params: list[object] = []
        match = backend().match_sql(query or "")
        if match is not None:
            where.append(f"c.id IN ({match[0]})")
            params.extend(match[1])
        if tag:
            where.append(
                "c.id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t"
                " ON t.id = ct.tag_id WHERE t.name = ?)"
            )
            params.append(tag)
        return f"SELECT c.id FROM contact c WHERE {' AND '.join(where)}", params

    def rows(self, ids: Sequence[int]) -> list[ContactRow]:
        return list_rows(ids)

    def get(self, contact_id: int) -> ContactData | None:
        if not 0 < contact_id <= MAX_ID:  # no such row, and SQLite cannot take the number
            return None
        return next(load_contacts([contact_id]), None)

    def get_many(self, ids: Iterable[int]) -> Iterator[ContactData]:
        return load_contacts(ids)

    def exists(self, contact_id: int) -> bool:
        sql = "SELECT 1 FROM contact WHERE id = ? AND deleted_at IS NULL"
        return database.connection().execute(sql, (contact_id,)).fetchone() is not None

    # -- writing -------------------------------------------------------------------------
    def create(self, data: ContactData) -> int:
        """Store a new contact and return its id."""
        with writing():
            return insert_contacts([data], self.context())[0]

    def save(self, data: ContactData) -> Change:
        """Create or update ``data`` (by its id) in one transaction."""
        if data.id is None:
            return Change("contact", (self.create(data),), "created")
        with writing():
            update_contact(data, self.context())
        return Change("contact", (data.id,), "updated")

    def delete(self, ids: Sequence[int]) -> Change:
        """Move contacts to the Trash (restorable for 30 days); the change names only those
        that were live (an unknown or already trashed id is left out)."""
        with writing():
            moved = self._existing(ids, trash=False)
            database.connection().executemany(
                "UPDATE contact SET deleted_at = ?, revision = revision + 1 WHERE id = ?",
                [(utc_now(), i) for i in moved],
            )
            backend().remove(moved)
        return Change("contact", tuple(moved), "deleted")

    def restore(self, ids: Sequence[int]) -> Change:
        """Bring contacts back from the Trash, with everything that hangs off them, their
        company included: one in the Trash (removed with them, e.g. by an import undo) comes
        back too. The change names only those that were in the Trash."""
        with writing():
            back = self._existing(ids, trash=True)
            conn = database.connection()
            conn.executemany(
                "UPDATE contact SET deleted_at = NULL, revision = revision + 1 WHERE id = ?",
                [(i,) for i in back],
            )
            conn.executemany(
                "UPDATE company SET deleted_at = NULL, revision = revision + 1"
                " WHERE deleted_at IS NOT NULL"
                " AND id = (SELECT company_id FROM contact WHERE id = ?)",
                [(i,) for i in back],
            )
            backend().index(index_row(c) for c in load_contacts(back))
        return Change("contact", tuple(back), "restored")

    def _existing(self, ids: Sequence[int], *, trash: bool) -> list[int]:
        """Those of ``ids`` (in order, once each) that are live, or in the Trash."""
        state = "IS NOT NULL" if trash else "IS NULL"
        sql = f"SELECT 1 FROM contact WHERE id = ? AND deleted_at {state}"
        conn = database.connection()
        wanted = dict.fromkeys(i for i in ids if 0 < i <= MAX_ID)
        return [i for i in wanted if conn.execute(sql, (i,)).fetchone() is not None]

    def empty_trash(self) -> Change:
        """Delete for good every contact in the Trash."""
        with writing():
            ids = self.purge(utc_now())
        return Change("contact", tuple(ids), "purged")

    def purge(self, older_than: str) -> list[int]:
        """Delete for good contacts trashed at or before the ISO time ``older_than``, with
        their activities and follow-ups (caller holds the transaction). Their import
        ownership rows go too: SQLite gives the ids out again, and an undo must never take a
        new contact for one its import created."""
        conn = database.connection()
        sql = "SELECT id FROM contact WHERE deleted_at IS NOT NULL AND deleted_at <= ?"
        ids = [r[0] for r in conn.execute(sql, (older_than,))]
        delete_children(ids)
        forget_contacts(ids)
        conn.executemany("DELETE FROM contact WHERE id = ?", [(i,) for i in ids])
        return ids

    # -- checks and summaries --------------------------------------------------------------
    def conflicts(self, data: ContactData) -> list[Conflict]:
        """Other live contacts that already have one of this contact's emails or phones."""
        from rolodex.services.duplicates_check import find_conflicts

        return find_conflicts(data, self.context().region)

    def tag_counts(self) -> list[tuple[str, int]]:
        """Every tag with the number of live contacts carrying it, by name."""
        sql = (
            "SELECT t.name, COUNT(c.id) FROM tag t LEFT JOIN contact_tag ct ON ct.tag_id = t.id"
            " LEFT JOIN contact c ON c.id = ct.contact_id AND c.deleted_at IS NULL"
            " GROUP BY t.id ORDER BY t.name"
        )
        return [(r[0], r[1]) for r in database.connection().execute(sql)]

    def stats(self) -> Stats:
        conn = database.connection()

        def count(sql: str) -> int:
            return int(conn.execute(sql).fetchone()[0])

        return Stats(
            contacts=count("SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL"),
            companies=count("SELECT COUNT(*) FROM company WHERE deleted_at IS NULL"),
            tags=count("SELECT COUNT(*) FROM tag"),
            activities=count(f"SELECT COUNT(*) FROM activity a WHERE {_LIVE.format(t='a')}"),
            followups=count(
                f"SELECT COUNT(*) FROM followup f WHERE {_LIVE.format(t='f')} AND f.done_at IS NULL"
            ),
        )
