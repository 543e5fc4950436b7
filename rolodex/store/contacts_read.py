"""Reading contacts back as plain records: whole contacts for editing and export, and the
light rows the list shows (fetched a page at a time). Peewee queries, the same on both
backends."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

import peewee
from peewee import fn

from rolodex import models as m
from rolodex.records import (
    Address,
    ContactData,
    ContactRow,
    ExtraProperty,
    InstantMessage,
    LabeledValue,
    Phone,
)
from rolodex.store.rows import raw_rows, tuples

CHUNK = 500


def _chunks(ids: Iterable[int], size: int = CHUNK) -> Iterator[list[int]]:
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


def _with_company(query: peewee.ModelSelect[Any]) -> peewee.ModelSelect[Any]:
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
    for chunk in _chunks(ids):
        tags = _tag_lists(chunk)
        query = _with_company(
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
    for cid, name in _tag_pairs(chunk):
        tags.setdefault(cid, []).append(name)
    return tags


def _tag_pairs(chunk: list[int]) -> Iterator[tuple[int, str]]:
    query = (
        m.ContactTag.select(m.ContactTag.contact, m.Tag.name)
        .join(m.Tag)
        .where(m.ContactTag.contact.in_(chunk))
        .order_by(m.ContactTag.contact, m.Tag.name)
    )
    yield from raw_rows(query)


def load_contacts(ids: Iterable[int]) -> Iterator[ContactData]:
    """Whole contacts (children, tags, photo, extras) for ``ids``, in order, 500 at a time."""
    for chunk in _chunks(ids):
        loaded = _load_chunk(chunk)
        yield from (loaded[i] for i in chunk if i in loaded)


_BASE_FIELDS = [
    "id", "uid", "prefix", "given", "additional", "family", "suffix", "nickname",
    "display_name", "company", "department", "job_title", "role", "birthday", "anniversary",
    "notes", "do_not_mail", "rev",
]  # fmt: skip


def _load_chunk(chunk: list[int]) -> dict[int, ContactData]:
    columns = [
        live_company_name() if name == "company" else getattr(m.Contact, name)
        for name in _BASE_FIELDS
    ]
    query = _with_company(m.Contact.select(*columns)).where(m.Contact.id.in_(chunk))
    contacts: dict[int, ContactData] = {}
    for row in tuples(query):
        values = dict(zip(_BASE_FIELDS, row, strict=True))
        values["do_not_mail"] = bool(values["do_not_mail"])
        contacts[row[0]] = ContactData(**values)
    for name, loader in _CHILD_LOADERS.items():
        for cid, item in loader(chunk):
            getattr(contacts[cid], name).append(item)
    _load_photos(chunk, contacts)
    return contacts


def _select(model: Any, columns: Sequence[str], chunk: list[int]) -> Any:
    fields = [getattr(model, c) for c in columns]
    return (
        model.select(model.contact, *fields)
        .where(model.contact.in_(chunk))
        .order_by(model.contact, model.position)
        .tuples()
    )


def _emails(chunk: list[int]) -> Iterator[tuple[int, LabeledValue]]:
    for cid, value, label, pref in _select(m.Email, ("value", "label", "pref"), chunk):
        yield cid, LabeledValue(value, label, bool(pref))


def _phones(chunk: list[int]) -> Iterator[tuple[int, Phone]]:
    for cid, value, label, pref, e164 in _select(
        m.Phone, ("value", "label", "pref", "e164"), chunk
    ):
        yield cid, Phone(value, label, bool(pref), e164)


_ADDRESS = ("street", "extended", "po_box", "city", "region", "postal_code", "country", "label")


def _addresses(chunk: list[int]) -> Iterator[tuple[int, Address]]:
    for cid, *values in _select(m.Address, (*_ADDRESS, "pref"), chunk):
        values[-1] = bool(values[-1])
        yield cid, Address(*values)


def _websites(chunk: list[int]) -> Iterator[tuple[int, LabeledValue]]:
    for cid, value, label, pref in _select(m.Website, ("value", "label", "pref"), chunk):
        yield cid, LabeledValue(value, label, bool(pref))


def _ims(chunk: list[int]) -> Iterator[tuple[int, InstantMessage]]:
    for cid, value, service, label, pref in _select(
        m.Im, ("value", "service", "label", "pref"), chunk
    ):
        yield cid, InstantMessage(value, service, label, bool(pref))


def _extras(chunk: list[int]) -> Iterator[tuple[int, ExtraProperty]]:
    columns = ("name", "value", "params", "grp")
    for cid, name, value, params, grp in _select(m.ExtraProperty, columns, chunk):
        yield cid, ExtraProperty(name, value, json.loads(params), grp)


_CHILD_LOADERS = {
    "emails": _emails,
    "phones": _phones,
    "addresses": _addresses,
    "websites": _websites,
    "ims": _ims,
    "extras": _extras,
    "tags": _tag_pairs,
}


def _load_photos(chunk: list[int], contacts: dict[int, ContactData]) -> None:
    query = m.ContactPhoto.select(
        m.ContactPhoto.contact, m.ContactPhoto.mime, m.ContactPhoto.data
    ).where(m.ContactPhoto.contact.in_(chunk))
    for cid, mime, data in tuples(query):
        contacts[cid].photo = bytes(data)
        contacts[cid].photo_mime = mime
