"""What Find duplicates reads from the book, on either backend: live contacts with their
company, the cities of their addresses, and the UIDs, emails and phone numbers that more
than one live contact shares (:mod:`rolodex.services.duplicates.find` does the linking).

Peewee queries through the models, read as the driver returns them (:func:`raw_rows`): at
100,000 contacts the per-field conversion of ``.tuples()`` would cost more than the queries
(benchmarks/bench_dedupe.py). The shared-key queries keep the shape of the SQL they replace
(a subquery of live contacts, a grouping of the keys held twice), so SQLite plans them as
before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import peewee
from peewee import JOIN, fn

from rolodex.models import Address, Company, Contact, Email, Phone
from rolodex.store.rows import raw_rows

SHARED_KINDS = ("uid", "email", "phone")
EMPTY = peewee.SQL("''")
"""The empty text as a literal, not a parameter: SQLite uses the partial indexes
``contact_uid`` and ``phone_e164`` (``WHERE ... != ''``) only for a literal."""


def _live() -> peewee.ModelSelect[Any]:
    live = Contact.alias()
    return live.select(live.id).where(live.deleted_at.is_null())


def people() -> list[tuple[int, str, str, str, str]]:
    """Every live contact: (id, display name, company name key, company name, uid); the
    company fields are "" for a contact without one."""
    query = (
        Contact.select(
            Contact.id,
            Contact.display_name,
            fn.COALESCE(Company.name_key, ""),
            fn.COALESCE(Company.name, ""),
            Contact.uid,
        )
        .join(Company, JOIN.LEFT_OUTER, on=Company.id == Contact.company)
        .where(Contact.deleted_at.is_null())
    )
    return raw_rows(query)  # type: ignore[return-value]


def cities() -> list[tuple[int, str]]:
    """(contact id, city) of every address with a city, of live contacts."""
    query = Address.select(Address.contact, Address.city).where(
        (Address.city != EMPTY) & Address.contact.in_(_live())
    )
    return raw_rows(query)  # type: ignore[return-value]


def shared(kind: str) -> list[tuple[str, int]]:
    """(value, contact id) for every value of ``kind`` ("uid", "email" or "phone") that
    more than one live contact holds."""
    return raw_rows(_SHARED[kind]())  # type: ignore[return-value]


def _shared_uids() -> peewee.ModelSelect[Any]:
    held = Contact.alias()
    twice = (
        held.select(held.uid)
        .where((held.uid != EMPTY) & held.deleted_at.is_null())
        .group_by(held.uid)
        .having(fn.COUNT(peewee.SQL("*")) > 1)
    )
    return Contact.select(Contact.uid, Contact.id).where(
        (Contact.uid != EMPTY) & Contact.id.in_(_live()) & Contact.uid.in_(twice)
    )


def _shared_emails() -> peewee.ModelSelect[Any]:
    return _shared_values(Email, "value_key")


def _shared_phones() -> peewee.ModelSelect[Any]:
    return _shared_values(Phone, "e164")


def _shared_values(model: type[Email] | type[Phone], name: str) -> peewee.ModelSelect[Any]:
    held = model.alias()
    key, value = getattr(held, name), getattr(model, name)
    twice = (
        held.select(key)
        .where((key != EMPTY) & held.contact.in_(_live()))
        .group_by(key)
        .having(fn.COUNT(fn.DISTINCT(held.contact)) > 1)
    )
    return model.select(value, model.contact).where(model.contact.in_(_live()) & value.in_(twice))


_SHARED: dict[str, Callable[[], peewee.ModelSelect[Any]]] = {
    "uid": _shared_uids,
    "email": _shared_emails,
    "phone": _shared_phones,
}
