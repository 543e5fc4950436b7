"""The rows an import batch owns (``import_item``, migration 4), on either backend.

Every contact and company a batch creates (action ``created``) and every contact it merges into
(``merged``, with what it added as JSON) has a row holding the revision the batch left it at;
a created contact's row may carry a possible-duplicate flag in its ``added`` JSON. Undo works
from these rows alone, never from id ranges. Callers hold the transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

import peewee

from rolodex.models import Company, Contact, ImportItem
from rolodex.store.rows import first, raw_rows

CHUNK = 500
"""Ids per IN (...) list: well inside SQLite's variable limit."""
_TABLES: dict[str, type[Contact] | type[Company]] = {"contact": Contact, "company": Company}


def record_created(batch_id: int, entity: str, ids: Sequence[int]) -> None:
    """Own rows the batch just created (``entity``: "contact" or "company"), at the revision
    each row has now: one INSERT … SELECT per 500 ids."""
    model = _TABLES[entity]
    i = ImportItem
    fields = [i.batch, i.entity, i.entity_id, i.action, i.revision]
    for chunk in peewee.chunked(ids, CHUNK):
        rows = model.select(
            peewee.Value(batch_id), peewee.Value(entity), model.id, peewee.Value("created"),
            model.revision,
        ).where(model.id.in_(chunk))  # fmt: skip
        i.insert_from(rows, fields).execute()


def owned_contact(batch_id: int, contact_id: int) -> tuple[str, str] | None:
    """(action, added JSON) of the batch's row for a contact, or None when it owns none."""
    i = ImportItem
    query = i.select(i.action, i.added).where(
        (i.batch == batch_id) & (i.entity == "contact") & (i.entity_id == contact_id)
    )
    found = first(query)
    return None if found is None else (str(found[0]), str(found[1]))


def own_merged(batch_id: int, contact_id: int, revision: int, added: str | None) -> None:
    """Record (or move on) the batch's row for a contact it merged into: the revision it left
    it at, and (``added`` not None) what its merges added, as JSON. A row the batch has for
    the contact already keeps its action."""
    i = ImportItem
    where = (i.batch == batch_id) & (i.entity == "contact") & (i.entity_id == contact_id)
    values: dict[peewee.Field, object] = {i.revision: revision}
    if added is not None:
        values[i.added] = added
    if i.update(values).where(where).execute():
        return
    i.insert(
        batch=batch_id, entity="contact", entity_id=contact_id, action="merged",
        revision=revision, added=added or "",
    ).execute()  # fmt: skip


def revisions(contact_ids: Sequence[int]) -> dict[int, int]:
    """The current revision of each of these contacts that exists."""
    found: dict[int, int] = {}
    for chunk in peewee.chunked(contact_ids, CHUNK):
        query = Contact.select(Contact.id, Contact.revision).where(Contact.id.in_(chunk))
        found.update((int(a), int(b)) for a, b in raw_rows(query))
    return found


def carry_revision(contact_ids: Sequence[int], before: dict[int, int], batch_id: int) -> None:
    """An import or undo (``batch_id``) just wrote these contacts: the other batches that
    had them untouched at revision ``before[id]`` still do, at the new revision. One UPDATE
    per (old, new) revision pair and 500 ids."""
    moved: dict[tuple[int, int], list[int]] = {}
    now = revisions([i for i in contact_ids if i in before])
    for contact_id, revision in now.items():
        moved.setdefault((before[contact_id], revision), []).append(contact_id)
    i = ImportItem
    for (old, new), ids in moved.items():
        for chunk in peewee.chunked(ids, CHUNK):
            i.update(revision=new).where(
                (i.entity == "contact") & i.entity_id.in_(chunk) & (i.revision == old)
                & (i.batch != batch_id)
            ).execute()  # fmt: skip


def flag_created(batch_id: int, flags: Sequence[tuple[int, str]]) -> None:
    """Set the ``added`` JSON of contacts the batch created: (contact id, JSON) pairs."""
    i = ImportItem
    for contact_id, text in flags:
        i.update(added=text).where(
            (i.batch == batch_id) & (i.entity == "contact") & (i.entity_id == contact_id)
            & (i.action == "created")
        ).execute()  # fmt: skip


def flagged_rows(batch_id: int | None) -> list[tuple[int, int, str]]:
    """(batch id, contact id, added JSON) of the created rows carrying JSON whose contact is
    live, in batch and contact order (of one batch, or of every batch)."""
    i = ImportItem
    where = (i.entity == "contact") & (i.action == "created") & (i.added != "")
    if batch_id is not None:
        where &= i.batch == batch_id
    query = (
        i.select(i.batch, i.entity_id, i.added)
        .join(Contact, on=(Contact.id == i.entity_id) & Contact.deleted_at.is_null())
        .where(where)
        .order_by(i.batch, i.entity_id)
    )
    return [(int(b), int(c), str(a)) for b, c, a in raw_rows(query)]


def live_contacts(ids: Sequence[int]) -> set[int]:
    """Those of ``ids`` that are contacts in the book (not in the Trash)."""
    found: set[int] = set()
    c = Contact
    for chunk in peewee.chunked(sorted(set(ids)), CHUNK):
        query = c.select(c.id).where(c.id.in_(chunk) & c.deleted_at.is_null())
        found.update(int(row[0]) for row in raw_rows(query))
    return found


def merged_additions(batch_id: int) -> list[tuple[int, str]]:
    """(contact id, added JSON) of every contact the batch merged into, by id."""
    i = ImportItem
    query = (
        i.select(i.entity_id, i.added)
        .where((i.batch == batch_id) & (i.entity == "contact") & (i.action == "merged"))
        .order_by(i.entity_id)
    )
    return [(int(cid), str(text or "")) for cid, text in raw_rows(query)]


def drop_batch_rows(batch_id: int) -> None:
    """The batch owns nothing any more (it was undone)."""
    ImportItem.delete().where(ImportItem.batch == batch_id).execute()
