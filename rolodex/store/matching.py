"""What the import-time match reads from the book: every live contact's UID, emails, E.164
numbers and name with company, on either backend.

Four queries per import (:class:`rolodex.services.importing.matching.MatchIndex` builds its lookup
dictionaries from them), read with :func:`~rolodex.store.rows.raw_rows`: they select text and
integer columns only, which both drivers return as Python values already, and skipping Peewee's
per-field conversion keeps the load of a 100,000-contact book cheap.
"""

from __future__ import annotations

from peewee import JOIN, fn

from rolodex.models import Company, Contact, Email, Phone
from rolodex.store.rows import raw_rows


def live_uids() -> list[tuple[str, int]]:
    """(uid, contact id) of every live contact with a UID, oldest first."""
    c = Contact
    query = c.select(c.uid, c.id).where(c.deleted_at.is_null() & (c.uid != "")).order_by(c.id)
    return [(str(uid), int(cid)) for uid, cid in raw_rows(query)]


def live_emails() -> list[tuple[str, int]]:
    """(folded email, contact id) of every live contact's emails, oldest contact first."""
    query = (
        Email.select(Email.value_key, Email.contact)
        .join(Contact, on=Contact.id == Email.contact)
        .where(Contact.deleted_at.is_null())
        .order_by(Email.contact)
    )
    return [(str(key), int(cid)) for key, cid in raw_rows(query)]


def live_phones() -> list[tuple[str, int]]:
    """(E.164 number, contact id) of every live contact's parsed numbers, oldest first."""
    query = (
        Phone.select(Phone.e164, Phone.contact)
        .join(Contact, on=Contact.id == Phone.contact)
        .where(Contact.deleted_at.is_null() & (Phone.e164 != ""))
        .order_by(Phone.contact)
    )
    return [(str(e164), int(cid)) for e164, cid in raw_rows(query)]


def live_names() -> list[tuple[str, str, int]]:
    """(display name, company name or "", contact id) of every live contact, oldest first."""
    query = (
        Contact.select(Contact.display_name, fn.COALESCE(Company.name, ""), Contact.id)
        .join(Company, JOIN.LEFT_OUTER, on=Company.id == Contact.company)
        .where(Contact.deleted_at.is_null())
        .order_by(Contact.id)
    )
    return [(str(name), str(firm), int(cid)) for name, firm, cid in raw_rows(query)]
