"""Writing contacts: one path for one contact or a 100,000-card import, on either backend.

The caller holds the transaction. Ids are the ones the database assigns, read back with
``RETURNING``: nothing here predicts an id. Child rows go in in bulk, and the search index
(and, on SQLite, the sort positions) are kept in step. New contacts on a file go through
:mod:`rolodex.store.sqlite.contacts_write` (executemany on the raw connection: Peewee's
``insert_many`` costs ~25% of bench_import's throughput there); everything else is Peewee.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import peewee

from rolodex import models as m
from rolodex.collation import sort_key
from rolodex.identity import new_uid
from rolodex.models.base import BaseModel, utc_now
from rolodex.phones import normalise
from rolodex.store.backend import dialect
from rolodex.store.rows import tuples
from rolodex.store.search import index_row, search_index
from rolodex.store.tags import ids_for as tag_ids_for
from rolodex.store.tags import tag_key
from rolodex.textfold import fold

if TYPE_CHECKING:
    from rolodex.records import ContactData

CONTACT_FIELDS = [
    "uid", "prefix", "given", "additional", "family", "suffix", "nickname", "display_name",
    "sort_key", "company", "department", "job_title", "role", "birthday", "anniversary",
    "notes", "do_not_mail", "rev",
]  # fmt: skip
"""The contact columns a save writes (Peewee field names; ``company`` is company_id)."""
SORT_KEY_AT = CONTACT_FIELDS.index("sort_key")
ROWS_PER_INSERT = 500
"""Rows per INSERT statement (22 values each: well inside SQLite's 32,766 variables)."""
CHILD_COLUMNS: dict[str, tuple[type[BaseModel], tuple[str, ...]]] = {
    "email": (m.Email, ("contact", "position", "value", "value_key", "label", "pref")),
    "phone": (m.Phone, ("contact", "position", "value", "e164", "label", "pref")),
    "address": (
        m.Address,
        (
            "contact",
            "position",
            "street",
            "extended",
            "po_box",
            "city",
            "region",
            "postal_code",
            "country",
            "label",
            "pref",
        ),
    ),  # fmt: skip
    "website": (m.Website, ("contact", "position", "value", "label", "pref")),
    "im": (m.Im, ("contact", "position", "service", "value", "label", "pref")),
    "extra_property": (m.ExtraProperty, ("contact", "position", "grp", "name", "params", "value")),
}
"""Each child table's model and the columns its rows are collected in."""


@dataclass(frozen=True)
class WriteContext:
    """What the write path needs to know about the book (read once per batch)."""

    region: str
    collation: str
    family_first: bool = False  # names sort "Family Given" (the View menu's Sort by)


@dataclass
class Children:
    """The child rows of some contacts, collected for one bulk write."""

    rows: dict[str, list[tuple[Any, ...]]]
    photos: list[tuple[int | None, str, bytes]]
    tags: list[tuple[int | None, str]]


class CompanyCache:
    """Company ids by folded name, creating companies on first sight (one batch).

    Companies created here record ``batch_id`` (the import creating them, if any) and are
    listed in :attr:`created`, with the ids the database gave them."""

    def __init__(self, batch_id: int | None = None) -> None:
        self._ids: dict[str, int] = {}
        self.batch_id = batch_id
        self.created: list[int] = []

    def prefetch(self, names: Sequence[str]) -> None:
        """Look up (or create) every company named in a batch with a few statements."""
        wanted: dict[str, str] = {}
        for name in names:
            if name.strip():
                wanted.setdefault(fold(name.strip()), name.strip())  # the first spelling wins
        missing = [k for k in wanted if k and k not in self._ids]
        if not missing:
            return
        found = _company_ids(missing)
        new = [k for k in missing if k not in found]
        for start in range(0, len(new), ROWS_PER_INSERT):
            found.update(
                self._create([(wanted[k], k) for k in new[start : start + ROWS_PER_INSERT]])
            )
        self._ids.update(found)

    def id_for(self, name: str) -> int | None:
        key = fold(name.strip())
        if not key:
            return None
        if key not in self._ids:
            found = _company_ids([key])
            self._ids[key] = found[key] if found else self._create([(name.strip(), key)])[key]
        return self._ids[key]

    def _create(self, companies: Sequence[tuple[str, str]]) -> dict[str, int]:
        """Insert (name, folded name) pairs; their new ids by folded name."""
        now = utc_now()
        rows = [(new_uid(), name, key, now, now, self.batch_id) for name, key in companies]
        if dialect() == "sqlite":
            from rolodex.store.sqlite.contacts_write import insert_companies

            ids = insert_companies(rows)
        else:
            c = m.Company
            fields = [c.uid, c.name, c.name_key, c.created_at, c.updated_at, c.import_batch]
            query = c.insert_many(rows, fields=fields).returning(c.name_key, c.id)
            ids = {key: int(cid) for key, cid in tuples(query)}
        self.created.extend(ids.values())
        return ids


def _company_ids(keys: Sequence[str]) -> dict[str, int]:
    """Live companies' ids by folded name (the oldest of any namesakes)."""
    found: dict[str, int] = {}
    c = m.Company
    for chunk in peewee.chunked(keys, 500):
        query = (
            c.select(c.name_key, peewee.fn.MIN(c.id))
            .where(c.deleted_at.is_null() & c.name_key.in_(chunk))
            .group_by(c.name_key)
        )
        found.update((k, int(i)) for k, i in tuples(query))
    return found


def insert_contacts(
    contacts: Sequence[ContactData],
    ctx: WriteContext,
    *,
    batch_id: int | None = None,
    companies: CompanyCache | None = None,
) -> list[int]:
    """Insert new contacts and return the ids the database gave them, in order (also set on
    the records); the caller holds a transaction."""
    companies = companies or CompanyCache(batch_id)
    companies.prefetch([c.company for c in contacts])
    fields = []
    for data in contacts:
        if not data.uid.strip():
            data.uid = new_uid()
        _fill_phones(data, ctx.region)
        fields.append(contact_fields(data, ctx, companies.id_for(data.company)))
    if dialect() == "sqlite":
        from rolodex.store.sqlite.contacts_write import insert_new

        return insert_new(contacts, fields, batch_id)
    if dialect() == "postgres" and _copy_allowed():  # COPY: measured 2x faster
        from rolodex.store.postgres.contacts_write import insert_rows

        ids = insert_rows(fields, batch_id)
    else:
        ids = _insert_rows(fields, batch_id)
    for contact_id, data in zip(ids, contacts, strict=True):
        data.id = contact_id
    write_children(collect_children(contacts))
    search_index().index(index_row(c) for c in contacts)
    return ids


def _insert_rows(fields: Sequence[tuple[Any, ...]], batch_id: int | None) -> list[int]:
    """INSERT the contact rows, many per statement; the ids assigned, in order. RETURNING
    gives rows in no promised order, so each row carries its ordinal in ``sortpos`` (a
    column only SQLite books use) to be recognised by."""
    now = utc_now()
    columns = [getattr(m.Contact, f) for f in CONTACT_FIELDS]
    columns += [m.Contact.sortpos, m.Contact.import_batch, m.Contact.created_at]
    columns.append(m.Contact.updated_at)
    ids: list[int] = []
    for start in range(0, len(fields), ROWS_PER_INSERT):
        chunk = fields[start : start + ROWS_PER_INSERT]
        rows = [(*f, i, batch_id, now, now) for i, f in enumerate(chunk)]
        query = m.Contact.insert_many(rows, fields=columns)
        by_ordinal = dict(tuples(query.returning(m.Contact.sortpos, m.Contact.id)))
        ids.extend(int(by_ordinal[i]) for i in range(len(chunk)))
    return ids


def update_contact(
    data: ContactData, ctx: WriteContext, companies: CompanyCache | None = None
) -> None:
    """Store ``data``'s fields and child rows over the contact with its id (caller holds a
    transaction). An UPDATE, never a REPLACE: that would cascade-delete its activities."""
    assert data.id is not None
    companies = companies or CompanyCache()
    _fill_phones(data, ctx.region)
    fields = contact_fields(data, ctx, companies.id_for(data.company))
    values: dict[Any, Any] = dict(zip(CONTACT_FIELDS, fields, strict=True))
    values.update(revision=m.Contact.revision + 1, updated_at=utc_now())
    m.Contact.update(values).where(m.Contact.id == data.id).execute()
    delete_children([data.id])
    write_children(collect_children([data]))
    search_index().index([index_row(data)])


def delete_children(ids: Sequence[int]) -> None:
    """Delete the contacts' child rows, tags and photos (before rewriting or purging them)."""
    tables: list[Any] = [model for model, _ in CHILD_COLUMNS.values()]
    tables += [m.ContactTag, m.ContactPhoto]
    for chunk in peewee.chunked(ids, 500):
        for model in tables:
            model.delete().where(model.contact.in_(chunk)).execute()


def _fill_phones(data: ContactData, region: str) -> None:
    for phone in data.phones:
        phone.e164 = normalise(phone.value, region)


def sort_name(data: ContactData, family_first: bool = False) -> str:
    """What the list sorts by: the name without an honorific ("Mr.", "Dr."), so that
    "Dr. Anna Berg" files under A like the rest (``family_first``: under B, "Berg Anna")."""
    parts = (data.given, data.additional, data.family, data.suffix)
    if family_first:
        parts = (data.family, data.given, data.additional, data.suffix)
    structured = " ".join(p.strip() for p in parts if p.strip())
    return structured or data.full_name()


def contact_fields(data: ContactData, ctx: WriteContext, company_id: int | None) -> tuple[Any, ...]:
    """Values for CONTACT_FIELDS, in order (at SORT_KEY_AT the sort key)."""
    name = data.full_name()
    return (
        data.uid, data.prefix, data.given, data.additional, data.family, data.suffix,
        data.nickname, data.display_name or name, sort_key(sort_name(data, ctx.family_first), ctx.collation), company_id,
        data.department, data.job_title, data.role, data.birthday, data.anniversary, data.notes,
        int(data.do_not_mail), data.rev,
    )  # fmt: skip


def collect_children(contacts: Sequence[ContactData]) -> Children:
    """Every child row, photo and (contact, tag name) pair of ``contacts`` (ids set)."""
    found = Children({table: [] for table in CHILD_COLUMNS}, [], [])
    for c in contacts:
        _collect_rows(c, found.rows)
        if c.photo:
            found.photos.append((c.id, c.photo_mime, c.photo))
        found.tags.extend((c.id, n) for n in _distinct_tags(c.tags))
    return found


def _distinct_tags(names: Sequence[str]) -> list[str]:
    """Each tag once, whatever its letter case ("VIP" and "vip" are one tag)."""
    return list({tag_key(n): n.strip() for n in reversed(names) if n.strip()}.values())[::-1]


def _collect_rows(c: ContactData, rows: dict[str, list[tuple[Any, ...]]]) -> None:
    for i, e in enumerate(c.emails):
        rows["email"].append((c.id, i, e.value, e.value.strip().lower(), e.label, int(e.pref)))
    for i, p in enumerate(c.phones):
        rows["phone"].append((c.id, i, p.value, p.e164, p.label, int(p.pref)))
    for i, a in enumerate(c.addresses):
        rows["address"].append(
            (c.id, i, a.street, a.extended, a.po_box, a.city, a.region, a.postal_code,
             a.country, a.label, int(a.pref))
        )  # fmt: skip
    for i, w in enumerate(c.websites):
        rows["website"].append((c.id, i, w.value, w.label, int(w.pref)))
    for i, im in enumerate(c.ims):
        rows["im"].append((c.id, i, im.service, im.value, im.label, int(im.pref)))
    for i, x in enumerate(c.extras):
        params = json.dumps(x.params, ensure_ascii=False)
        rows["extra_property"].append((c.id, i, x.group, x.name, params, x.value))


def _copy_allowed() -> bool:
    from rolodex.store.postgres.contacts_write import copy_allowed

    return copy_allowed()


def write_children(children: Children) -> None:
    """Insert collected child rows (SQLite: executemany; elsewhere multi-row INSERTs)."""
    if dialect() == "sqlite":
        from rolodex.store.sqlite.contacts_write import write_children as write_fast

        write_fast(children)
        return
    if dialect() == "postgres" and _copy_allowed():
        from rolodex.store.postgres.contacts_write import copy_children

        copy_children(children)
        _insert_tags(children.tags)
        return
    for table, (model, names) in CHILD_COLUMNS.items():
        fields = [getattr(model, n) for n in names]
        for chunk in peewee.chunked(children.rows[table], ROWS_PER_INSERT):
            model.insert_many(chunk, fields=fields).execute()
    photo = m.ContactPhoto
    for chunk in peewee.chunked(children.photos, 100):
        photo.insert_many(chunk, fields=[photo.contact, photo.mime, photo.data]).execute()
    _insert_tags(children.tags)


def _insert_tags(pairs: list[tuple[int | None, str]]) -> None:
    if not pairs:
        return
    ids = tag_ids_for(n for _, n in pairs)  # "vip" joins an existing "VIP"
    links = sorted({(cid, ids[name]) for cid, name in pairs})
    ct = m.ContactTag
    for batch in peewee.chunked(links, ROWS_PER_INSERT):
        ct.insert_many(batch, fields=[ct.contact, ct.tag]).on_conflict_ignore().execute()
