"""Contacts as a whole: the sorted, filtered id lists the list view shows, the Trash
(move, restore, purge with tombstones), and the book's counts. Peewee queries, the same on
both backends; search conditions come from the backend's index (:mod:`rolodex.store.search`).
"""

from __future__ import annotations

from collections.abc import Sequence

import peewee
from peewee import fn

from rolodex import models as m
from rolodex.db import MAX_ID
from rolodex.models.base import utc_now
from rolodex.store import team
from rolodex.store.contacts_read import first_of
from rolodex.store.rows import column, tuples
from rolodex.store.search import index_row, search_index


def _sort_columns() -> dict[str, peewee.Node]:
    c = m.Contact
    company = m.Company.select(m.Company.name_key).where(
        (m.Company.id == c.company) & m.Company.deleted_at.is_null()
    )
    first_tag = (
        m.Tag.select(fn.MIN(m.Tag.name)).join(m.ContactTag).where(m.ContactTag.contact == c.id)
    )
    return {
        "name": c.sort_key,
        "company": company,
        "email": first_of(m.Email, m.Email.value_key),
        "phone": first_of(m.Phone, m.Phone.e164),
        "city": first_of(m.Address, fn.lower(m.Address.city)),
        "tags": first_tag,
        "last_contacted": c.last_contacted,
        **team.team_sort_columns(),
    }


SORT_NAMES = (
    "name", "company", "email", "phone", "city", "tags", "last_contacted",
    "owner", "last_contacted_by",
)  # fmt: skip


def sorted_ids(
    query: str,
    tag: str | None,
    *,
    sort: str,
    descending: bool,
    limit: int | None,
    trash: bool,
    owner: str | None = None,
    last_by: str | None = None,
) -> list[int]:
    """Ids of contacts matching the search and tag (live, or in the Trash), owned by ``owner``
    ("": nobody) and last contacted by ``last_by`` (None: anyone), sorted by one of
    :data:`SORT_NAMES`, then by id."""
    c = m.Contact
    where = c.deleted_at.is_null(not trash)
    match = search_index().matching(query)
    if match is not None:
        where &= match
    if tag:
        from rolodex.store import tags  # a tag's list only: not loaded for the first frame

        found = tags.find(tag)  # any letter case
        tagged = m.ContactTag.select(m.ContactTag.contact).where(
            m.ContactTag.tag == (found[0] if found else 0)
        )
        where &= c.id.in_(tagged)
    whose = team.team_condition(owner, last_by)
    if whose is not None:
        where &= whose
    key = _sort_columns()[sort]
    order = peewee.Ordering(key, "DESC" if descending else "ASC")
    select = c.select(c.id).where(where).order_by(peewee.Expression(key, "IS", None), order, c.id)
    if limit is not None:
        select = select.limit(int(limit))
    return column(select)


def name_ordered_ids(query: str, *, descending: bool, limit: int | None) -> list[int]:
    """The fast path: the search index returns live matches already in name order."""
    return search_index().matching_ids(query, descending=descending, limit=limit)


def is_live(contact_id: int) -> bool:
    if not 0 < contact_id <= MAX_ID:
        return False
    c = m.Contact
    return c.select(c.id).where((c.id == contact_id) & c.deleted_at.is_null()).exists()


def existing(ids: Sequence[int], *, trash: bool) -> list[int]:
    """Those of ``ids`` (in order, once each) that are live, or in the Trash."""
    wanted = list(dict.fromkeys(i for i in ids if 0 < i <= MAX_ID))
    found: set[int] = set()
    c = m.Contact
    for chunk in peewee.chunked(wanted, 500):
        query = c.select(c.id).where(c.id.in_(chunk) & c.deleted_at.is_null(not trash))
        found.update(column(query))
    return [i for i in wanted if i in found]


def move_to_trash(ids: Sequence[int]) -> list[int]:
    """Move the live ones of ``ids`` to the Trash (caller holds the transaction)."""
    moved = existing(ids, trash=False)
    c = m.Contact
    now = utc_now()
    for chunk in peewee.chunked(moved, 500):
        c.update(deleted_at=now, revision=c.revision + 1).where(c.id.in_(chunk)).execute()
    search_index().remove(moved)
    return moved


def restore_from_trash(ids: Sequence[int]) -> list[int]:
    """Bring the trashed ones of ``ids`` back, into the search index too, with their company
    when it is in the Trash (removed with them, e.g. by an import undo)."""
    from rolodex.store.contacts_load import load_contacts

    back = existing(ids, trash=True)
    c, co = m.Contact, m.Company
    for chunk in peewee.chunked(back, 500):
        c.update(deleted_at=None, revision=c.revision + 1).where(c.id.in_(chunk)).execute()
        theirs = c.select(c.company).where(c.id.in_(chunk) & c.company.is_null(False))
        co.update(deleted_at=None, revision=co.revision + 1).where(
            co.deleted_at.is_null(False) & co.id.in_(theirs)
        ).execute()
    search_index().index(index_row(data) for data in load_contacts(back))
    return back


def purge(older_than: str) -> list[int]:
    """Delete for good contacts trashed at or before the ISO time ``older_than``, with their
    activities and follow-ups (the foreign keys cascade), leaving a tombstone for each
    (caller holds the transaction). Their import ownership rows go too: SQLite gives the ids
    out again, and an undo must never take a new contact for one its import created."""
    from rolodex.store.contacts_write import delete_children

    c = m.Contact
    gone = c.deleted_at.is_null(False) & (c.deleted_at <= older_than)
    rows = list(tuples(c.select(c.id, c.uid, c.revision).where(gone)))
    ids = [row[0] for row in rows]
    delete_children(ids)
    _bury(rows, utc_now())
    item = m.ImportItem
    for chunk in peewee.chunked(ids, 500):
        item.delete().where((item.entity == "contact") & item.entity_id.in_(chunk)).execute()
        c.delete().where(c.id.in_(chunk)).execute()
    return ids


def _bury(rows: Sequence[tuple[int, str, int]], now: str) -> None:
    """Tombstones for contacts deleted for good (one per UID, the latest wins); the purge is
    a change too, so the tombstone's revision is one past the contact's last."""
    t = m.Tombstone
    stones = {uid: ("contact", uid, revision + 1, now) for _, uid, revision in rows if uid}
    fields = [t.entity, t.uid, t.revision, t.deleted_at]
    for chunk in peewee.chunked(list(stones.values()), 500):
        t.insert_many(chunk, fields=fields).on_conflict(
            conflict_target=[t.entity, t.uid], preserve=[t.revision, t.deleted_at]
        ).execute()


def live_and_trashed() -> tuple[int, int]:
    """How many contacts are live and how many in the Trash (from the index of deleted_at)."""
    c = m.Contact
    live = c.select().where(c.deleted_at.is_null()).count()
    return live, c.select().where(c.deleted_at.is_null(False)).count()


def conflicts(emails: set[str], phones: set[str], own_id: int) -> list[tuple[int, str, str]]:
    """(id, name, "email …"/"phone …") for other live contacts holding one of the folded
    ``emails`` or normalised ``phones``."""
    c = m.Contact
    found: list[tuple[int, str, str]] = []
    for model, value_of, key, kind in (
        (m.Email, m.Email.value, m.Email.value_key, "email"),
        (m.Phone, m.Phone.value, m.Phone.e164, "phone"),
    ):
        for wanted in sorted(emails if kind == "email" else phones):
            query = (
                model.select(c.id, c.display_name, value_of)
                .join(c, on=(c.id == model.contact))
                .where((key == wanted) & c.deleted_at.is_null() & (c.id != own_id))
                .distinct()
            )
            found.extend((cid, name, f"{kind} {value}") for cid, name, value in tuples(query))
    return found
