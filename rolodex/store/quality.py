"""The data-quality checks as queries of live contact ids, on either backend: each count on
the dashboard and in ``report quality`` is ``COUNT(*)`` of one of these, and the list behind
it is the same query's ids.

An email is taken as invalid when it has no ``@`` with text on both sides and a dot after it,
or holds a space; a phone does not parse when the save found no E.164 form for it (``e164``
empty); an address misses a postcode when it has a street or city but no postal code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from peewee import fn

from rolodex.models import Address, Contact, Email, Phone
from rolodex.store.rows import raw_rows

Query = Any


def _live() -> Query:
    return Contact.select(Contact.id).where(Contact.deleted_at.is_null())


def _with(model: Any, *conditions: Any) -> Any:
    """Ids of contacts having a ``model`` row that meets ``conditions``. Measured at 10,000
    contacts (benchmarks/bench_dashboard.py): scanning the child table once and looking the
    contacts up in the set it makes is 2-4× faster than an EXISTS probe per contact."""
    query = model.select(model.contact)
    return query.where(*conditions) if conditions else query


def no_way_to_reach() -> Query:
    somewhere = (Address.street != "") | (Address.city != "") | (Address.po_box != "")
    return _live().where(
        Contact.id.not_in(_with(Email)),
        Contact.id.not_in(_with(Phone)),
        Contact.id.not_in(_with(Address, somewhere)),
    )


def invalid_emails() -> Query:
    bad = ~Email.value.contains("@") | Email.value.contains(" ") | ~(Email.value ** "%_@_%._%")
    return _live().where(Contact.id.in_(_with(Email, bad)))


def unparsable_phones() -> Query:
    return _live().where(Contact.id.in_(_with(Phone, Phone.e164 == "", Phone.value != "")))


def missing_postcode() -> Query:
    used = (Address.street != "") | (Address.city != "")
    return _live().where(Contact.id.in_(_with(Address, used, Address.postal_code == "")))


def _shared(model: Any, key: Any) -> Any:
    """Contact ids holding a ``key`` value that more than one live contact has. First the
    values held twice at all (a scan of the value's index alone), then, for those few, the
    check that two live contacts hold them: about 3× faster than grouping every row joined to
    its contact (115 → 36 ms at 10,000 contacts, loaded machine; benchmarks/bench_dashboard.py)."""
    twice = model.select(key).where(key != "").group_by(key).having(fn.COUNT(model.id) > 1)
    live = (
        model.select(key)
        .join(Contact, on=Contact.id == model.contact)
        .where(key.in_(twice), Contact.deleted_at.is_null())
        .group_by(key)
        .having(fn.COUNT(fn.DISTINCT(model.contact)) > 1)
    )
    return model.select(model.contact).where(key.in_(live))


def suspected_duplicates() -> Query:
    """Contacts sharing an email or a phone number with another live contact (the shared
    values are found by one grouping each, not a lookup per contact)."""
    by_email, by_phone = _shared(Email, Email.value_key), _shared(Phone, Phone.e164)
    return _live().where(Contact.id.in_(by_email) | Contact.id.in_(by_phone))


def never_contacted() -> Query:
    return _live().where(Contact.last_contacted.is_null())


CHECKS: dict[str, Callable[[], Query]] = {
    "no_way_to_reach": no_way_to_reach,
    "invalid_emails": invalid_emails,
    "unparsable_phones": unparsable_phones,
    "missing_postcode": missing_postcode,
    "suspected_duplicates": suspected_duplicates,
    "never_contacted": never_contacted,
}


def count(check: str) -> int:
    return int(CHECKS[check]().count())


def ids(check: str, limit: int | None = None) -> list[int]:
    query = CHECKS[check]().order_by(Contact.id)
    if limit is not None:
        query = query.limit(limit)
    return [row[0] for row in raw_rows(query)]


def fingerprint() -> tuple[Any, ...]:
    """What changes whenever any check but "never contacted" could change. On a server: the
    book's change counter (migration 5), which every transaction writing contacts, emails,
    phones or addresses moves — one row read (a pass over 100,000 contacts cost 76 ms there,
    benchmarks/bench_dashboard.py); nothing is kept while this connection's own open
    transaction has moved it. On a file: the number of contacts, the sum of their revisions
    (every edit, delete and restore moves one) and the newest id, one pass over the contact
    table instead of six checks over four tables."""
    from rolodex.db import bound_database
    from rolodex.store.postgres.connection import is_postgres

    db = bound_database()
    if is_postgres(db):
        from rolodex.store.postgres.ranking import COUNTER

        row = db.execute_sql(f"SELECT {COUNTER[0]}, {COUNTER[1]}")  # type: ignore[no-untyped-call]
        changes, own = row.fetchone()
        if changes is not None and not own:
            return ("changes", int(changes))
    query = Contact.select(fn.COUNT(Contact.id), fn.SUM(Contact.revision), fn.MAX(Contact.id))
    count, revisions, newest = raw_rows(query)[0]
    return int(count), int(revisions or 0), int(newest or 0)
