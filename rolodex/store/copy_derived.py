"""What a copied book derives from its rows, rebuilt on the destination after a copy.

- On a server: the identity sequences (:mod:`rolodex.store.postgres.sequences`) and the
  ``contact_search`` index (:class:`rolodex.store.postgres.search.PostgresSearch.index`).
- On a file: every live contact's sort position
  (:func:`rolodex.services.sort_positions.renumber_all`) and the FTS5 index
  (:meth:`rolodex.services.search.Fts5Search.index`, given those positions).

What a contact is found by is decided in one place, :func:`rolodex.services.contact_write.index_row`;
the contacts are read here through the models (both backends), a chunk at a time.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, cast

import peewee

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
    from rolodex.services.search import Fts5Search
    from rolodex.services.sort_positions import renumber_all

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
            Contact.select(Contact, Company.name.alias("company_name"))
            .join(Company, peewee.JOIN.LEFT_OUTER,
                  on=(Company.id == Contact.company) & Company.deleted_at.is_null())
            .where(Contact.deleted_at.is_null(), Contact.id > last)
            .order_by(Contact.id).limit(CHUNK).objects()
        )  # fmt: skip
        found = {row.id: _contact(row) for row in query}
        if not found:
            return
        _add_children(found)
        yield list(found.values())
        last = max(found)


def _contact(row: Any) -> ContactData:
    return ContactData(
        id=row.id, prefix=row.prefix, given=row.given, additional=row.additional,
        family=row.family, suffix=row.suffix, nickname=row.nickname,
        display_name=row.display_name, company=row.company_name or "",
        department=row.department, notes=row.notes,
    )  # fmt: skip


def _add_children(found: dict[int, ContactData]) -> None:
    ids = list(found)
    for cid, value in _ordered(Email, Email.value, ids):
        found[cid].emails.append(LabeledValue(value))
    for cid, city in _ordered(Address, Address.city, ids):
        found[cid].addresses.append(AddressData(city=city))
    phones = Phone.select(Phone.contact, Phone.value, Phone.e164).where(Phone.contact.in_(ids))
    for cid, value, e164 in _tuples(phones.order_by(Phone.contact, Phone.position)):
        found[cid].phones.append(PhoneData(value, e164=e164))
    tags: dict[int, list[str]] = defaultdict(list)
    query = ContactTag.select(ContactTag.contact, Tag.name).join(Tag)
    for cid, name in _tuples(query.where(ContactTag.contact.in_(ids)).order_by(Tag.name)):
        tags[cid].append(name)
    for cid, names in tags.items():
        found[cid].tags = names


def _ordered(model: Any, column: peewee.Field, ids: list[int]) -> Iterable[tuple[Any, ...]]:
    query = model.select(model.contact, column).where(model.contact.in_(ids))
    return _tuples(query.order_by(model.contact, model.position))


def _tuples(query: Any) -> Iterable[tuple[Any, ...]]:
    """A query's rows as plain tuples (the model stubs type them as model instances)."""
    return cast(Iterable[tuple[Any, ...]], query.tuples())
