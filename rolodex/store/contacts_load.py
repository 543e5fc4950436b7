"""Reading whole contacts back as plain records (children, tags, photo, extras), for editing
and export, 500 at a time. Peewee queries, the same on both backends."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from rolodex import models as m
from rolodex.records import (
    Address,
    ContactData,
    ExtraProperty,
    InstantMessage,
    LabeledValue,
    Phone,
)
from rolodex.store.contacts_read import chunks, live_company_name, tag_pairs, with_company
from rolodex.store.rows import tuples


def load_contacts(ids: Iterable[int]) -> Iterator[ContactData]:
    """Whole contacts (children, tags, photo, extras) for ``ids``, in order, 500 at a time."""
    for chunk in chunks(ids):
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
    query = with_company(m.Contact.select(*columns)).where(m.Contact.id.in_(chunk))
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
    "tags": tag_pairs,
}


def _load_photos(chunk: list[int], contacts: dict[int, ContactData]) -> None:
    query = m.ContactPhoto.select(
        m.ContactPhoto.contact, m.ContactPhoto.mime, m.ContactPhoto.data
    ).where(m.ContactPhoto.contact.in_(chunk))
    for cid, mime, data in tuples(query):
        contacts[cid].photo = bytes(data)
        contacts[cid].photo_mime = mime
