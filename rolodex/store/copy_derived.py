"""What a copied book derives from its rows, rebuilt on the destination after a copy.

- On a server: the identity sequences (:mod:`rolodex.store.postgres.sequences`) and the
  ``contact_search`` index (:class:`rolodex.store.postgres.search.PostgresSearch.index`).
- On a file: every live contact's sort position
  (:func:`rolodex.store.sqlite.sort_positions.renumber_all`) and the FTS5 index
  (:meth:`rolodex.services.search.Fts5Search.index`, given those positions).

What a contact is found by is decided in one place, :func:`rolodex.services.contact_write.index_row`;
the contacts are read here through the models (both backends), a chunk at a time.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, cast

import peewee

from rolodex.db import database
from rolodex.models import Address, Company, Contact, ContactTag, Email, Phone, Tag
from rolodex.records import Address as AddressData
from rolodex.records import ContactData, LabeledValue
from rolodex.records import Phone as PhoneData
from rolodex.store.postgres.connection import is_postgres

CHUNK = 2000


def rebuild(dest: peewee.Database, tables: Sequence[str]) -> None:
    """Rebuild the destination's derived data (it is bound, inside the copy's transaction)."""
    from rolodex.services.contact_write import index_row

    if is_postgres(dest):
        from rolodex.store.postgres.search import PostgresSearch
        from rolodex.store.postgres.sequences import reset_identities
        from rolodex.store.search import IndexRow

        reset_identities(dest, [t for t in tables if _has_identity(t)])
        search = PostgresSearch(dest)
        for chunk in live_contacts():
            rows = [IndexRow(**dataclasses.asdict(index_row(c))) for c in chunk]
            search.index(rows)
        return
    from rolodex.store.sqlite.search import Fts5Search
    from rolodex.store.sqlite.sort_positions import renumber_all

    renumber_all(dest.connection())  # type: ignore[no-untyped-call]
    live = Contact.select(Contact.id, Contact.sortpos).where(Contact.deleted_at.is_null())
    positions: dict[int, int] = {int(cid): int(pos) for cid, pos in _tuples(live)}
    fts = Fts5Search()
    for chunk in live_contacts():
        fts.index([index_row(c, positions[c.id]) for c in chunk if c.id is not None])


def _has_identity(table: str) -> bool:
    from rolodex.store.copy import MODELS

    model = next(m for m in MODELS if m._meta.table_name == table)
    return isinstance(model._meta.primary_key, peewee.AutoField)


def live_contacts() -> Iterator[list[ContactData]]:
    """Every live contact of the bound book with what the index needs, CHUNK at a time."""
    last = 0
    while True:
        query = (
            Contact.select(*NAME_FIELDS, Company.name)
            .join(Company, peewee.JOIN.LEFT_OUTER,
                  on=(Company.id == Contact.company) & Company.deleted_at.is_null())
            .where(Contact.deleted_at.is_null(), Contact.id > last)
            .order_by(Contact.id).limit(CHUNK)
        )  # fmt: skip
        found = {row[0]: _contact(row) for row in _tuples(query)}
        if not found:
            return
        _add_children(found)
        yield list(found.values())
        last = max(found)


NAME_FIELDS = (
    Contact.id, Contact.prefix, Contact.given, Contact.additional, Contact.family,
    Contact.suffix, Contact.nickname, Contact.display_name, Contact.department, Contact.notes,
)  # fmt: skip


def _contact(row: tuple[Any, ...]) -> ContactData:
    cid, prefix, given, additional, family, suffix, nickname, display, dept, notes, co = row
    return ContactData(
        id=cid, prefix=prefix, given=given, additional=additional, family=family,
        suffix=suffix, nickname=nickname, display_name=display, company=co or "",
        department=dept, notes=notes,
    )  # fmt: skip


def _add_children(found: dict[int, ContactData]) -> None:
    """Fill in what the index reads of each contact's children. The chunk is a run of ids, so
    children are asked for by id range (a 2,000-id IN list cost seconds of SQL building);
    those of trashed contacts in the range are skipped here."""
    span = (min(found), max(found))
    for cid, value in _ordered(Email, Email.value, span):
        if cid in found:
            found[cid].emails.append(LabeledValue(value))
    for cid, city in _ordered(Address, Address.city, span):
        if cid in found:
            found[cid].addresses.append(AddressData(city=city))
    phones = Phone.select(Phone.contact, Phone.value, Phone.e164)
    for cid, value, e164 in _tuples(_within(phones, Phone, span).order_by(Phone.position)):
        if cid in found:
            found[cid].phones.append(PhoneData(value, e164=e164))
    query = ContactTag.select(ContactTag.contact, Tag.name).join(Tag)
    for cid, name in _tuples(_within(query, ContactTag, span).order_by(Tag.name)):
        if cid in found:
            found[cid].tags.append(name)


def _within(query: Any, model: Any, span: tuple[int, int]) -> Any:
    return query.where(model.contact.between(*span))


def _ordered(model: Any, column: peewee.Field, span: tuple[int, int]) -> Iterable[tuple[Any, ...]]:
    query = _within(model.select(model.contact, column), model, span)
    return _tuples(query.order_by(model.contact, model.position))


def _tuples(query: Any) -> Iterable[tuple[Any, ...]]:
    """A query's rows as the driver gives them (no conversion through the fields: these are
    text and numbers)."""
    return cast(Iterable[tuple[Any, ...]], database.execute(query).fetchall())
