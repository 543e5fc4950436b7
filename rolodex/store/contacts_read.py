"""Reading contacts back: the light rows the list shows (fetched a page at a time). Whole
contacts for editing and export are in :mod:`rolodex.store.contacts_load` (their records are
not needed for the list's first page). Peewee queries, the same on both backends."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

import peewee
from peewee import fn

from rolodex import models as m
from rolodex.contact_row import ContactRow
from rolodex.store.rows import raw_rows

CHUNK = 500


def chunks(ids: Iterable[int], size: int = CHUNK) -> Iterator[list[int]]:
    it = iter(ids)
    while chunk := list(islice(it, size)):
        yield chunk


def first_of(model: Any, column: Any) -> Any:
    """The contact's first ``column`` of a child table (preferred first, then by position),
    as a subquery correlated with the outer ``Contact``."""
    return (
        model.select(column)
        .where(model.contact == m.Contact.id)
        .order_by(model.pref.desc(), model.position)
        .limit(1)
    )


def live_company_name() -> peewee.Node:
    return fn.COALESCE(m.Company.name, "")


def with_company(query: peewee.ModelSelect[Any]) -> peewee.ModelSelect[Any]:
    on = (m.Company.id == m.Contact.company) & m.Company.deleted_at.is_null()
    return query.join(m.Company, peewee.JOIN.LEFT_OUTER, on=on)


def list_rows(ids: Sequence[int], family_first: bool = False) -> list[ContactRow]:
    """The list columns for ``ids``, in the order given (missing ids are left out); with
    ``family_first`` names read "Family, Given"."""
    found: dict[int, ContactRow] = {}
    c = m.Contact
    name: Any = c.display_name
    if family_first:
        given = fn.TRIM(c.given.concat(" ").concat(c.additional))
        both = (c.family != "") & (given != "")
        name = peewee.Case(None, [(both, c.family.concat(", ").concat(given))], c.display_name)
    for chunk in chunks(ids):
        tags = _tag_lists(chunk)
        query = with_company(
            m.Contact.select(
                m.Contact.id,
                name,
                live_company_name(),
                fn.COALESCE(first_of(m.Email, m.Email.value), ""),
                fn.COALESCE(first_of(m.Phone, m.Phone.value), ""),
                fn.COALESCE(first_of(m.Address, m.Address.city), ""),
                fn.COALESCE(m.Contact.last_contacted, ""),
            )
        ).where(m.Contact.id.in_(chunk))
        # Text and integer columns only: the driver's values as they are (no per-field
        # conversion, a third of a page's read at start-up).
        for cid, name, company, email, phone, city, last in raw_rows(query):
            found[cid] = ContactRow(
                cid, name, company, email, phone, city, ", ".join(tags.get(cid, ())), last
            )
    return [found[i] for i in ids if i in found]


def _tag_lists(chunk: list[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = {}
    for cid, name in tag_pairs(chunk):
        tags.setdefault(cid, []).append(name)
    return tags


def tag_pairs(chunk: list[int]) -> Iterator[tuple[int, str]]:
    query = (
        m.ContactTag.select(m.ContactTag.contact, m.Tag.name)
        .join(m.Tag)
        .where(m.ContactTag.contact.in_(chunk))
        .order_by(m.ContactTag.contact, m.Tag.name)
    )
    yield from raw_rows(query)
