"""Companies in the book, on either backend: list and search, one company and its people,
create and edit (a new UID; revision +1 on every change), Trash, restore, and the purge that
leaves a tombstone for each company deleted for good.

Plain Peewee queries through the models: nothing here is backend-specific. Callers open the
transaction (:func:`rolodex.store.transactions.writing`) around every write.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import peewee
from peewee import JOIN, fn

from rolodex.identity import new_uid
from rolodex.models import Company, Contact, Tombstone
from rolodex.models.base import utc_now
from rolodex.records import Address, CompanyData
from rolodex.store.rows import first, tuples
from rolodex.textfold import fold

ENTITY = "company"


@dataclass(frozen=True)
class CompanySummary:
    """One line of the company list."""

    id: int
    name: str
    city: str
    people: int


def summaries(name_part: str = "", *, trashed: bool = False) -> list[CompanySummary]:
    """Live companies whose folded name contains ``name_part`` (in name order), or the
    trashed ones (most recently deleted first), each with its count of live people."""
    people = fn.COUNT(Contact.id)
    query = (
        Company.select(Company.id, Company.name, Company.city, people.alias("people"))
        .join(
            Contact,
            JOIN.LEFT_OUTER,
            on=(Contact.company == Company.id) & Contact.deleted_at.is_null(),
        )
        .group_by(Company.id, Company.name, Company.city)
    )
    if trashed:
        query = query.where(Company.deleted_at.is_null(False))
        query = query.order_by(Company.deleted_at.desc(), Company.id)
    else:
        query = query.where(Company.deleted_at.is_null(), _contains(Company.name_key, name_part))
        query = query.order_by(Company.name_key, Company.id)
    return [CompanySummary(r[0], r[1], r[2], r[3]) for r in tuples(query)]


def _contains(column: peewee.Field, text: str) -> peewee.Expression:
    """``column LIKE '%text%'`` with the wildcards in ``text`` taken literally. Peewee's ILIKE
    is LIKE on SQLite (its LIKE would be GLOB); name_key is folded, so case never matters."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = peewee.NodeList((peewee.Value(f"%{escaped}%"), peewee.SQL("ESCAPE '\\'")))
    return peewee.Expression(column, peewee.OP.ILIKE, pattern)


def live(company_id: int) -> CompanyData | None:
    """The company, unless it is in the Trash or does not exist."""
    row = Company.get_or_none((Company.id == company_id) & Company.deleted_at.is_null())
    return None if row is None else _data(row)


def find(name_key: str) -> int | None:
    """The oldest live company with this folded name."""
    query = Company.select(Company.id).where(
        (Company.name_key == name_key) & Company.deleted_at.is_null()
    )
    row = first(query.order_by(Company.id))
    return None if row is None else int(row[0])


def people(*company_ids: int, ordered: bool = False) -> list[int]:
    """Ids of the live people of these companies (in name order when ``ordered``)."""
    if not company_ids:
        return []
    query = Contact.select(Contact.id).where(
        Contact.company.in_(company_ids) & Contact.deleted_at.is_null()
    )
    if ordered:
        query = query.order_by(Contact.sort_key, Contact.id)
    return [int(r[0]) for r in tuples(query)]


def insert(data: CompanyData) -> int:
    """Store a new company (a fresh UID, revision 1) and return its id."""
    now = utc_now()
    values = {**_values(data), "uid": new_uid(), "created_at": now, "updated_at": now}
    return int(Company.insert(**values).execute())


def update(data: CompanyData) -> None:
    """Overwrite the stored company ``data.id`` with ``data``; its revision goes up by one."""
    values = {**_values(data), "updated_at": utc_now(), "revision": Company.revision + 1}
    Company.update(**values).where(Company.id == data.id).execute()


def trash(ids: Sequence[int]) -> None:
    """Move live companies to the Trash (a change: revision +1)."""
    Company.update(deleted_at=utc_now(), revision=Company.revision + 1).where(
        Company.id.in_(list(ids)) & Company.deleted_at.is_null()
    ).execute()


def restore(ids: Sequence[int]) -> None:
    """Bring trashed companies back (a change: revision +1)."""
    Company.update(deleted_at=None, revision=Company.revision + 1).where(
        Company.id.in_(list(ids)) & Company.deleted_at.is_null(False)
    ).execute()


def purge(older_than: str) -> int:
    """Delete for good companies trashed at or before ``older_than`` (ISO UTC), unlinking
    their people and leaving a tombstone (UID, last revision) for each; return how many."""
    gone = tuples(
        Company.select(Company.id, Company.uid, Company.revision).where(
            Company.deleted_at.is_null(False) & (Company.deleted_at <= older_than)
        )
    )
    if not gone:
        return 0
    ids = [cid for cid, _, _ in gone]
    Contact.update(company=None).where(Contact.company.in_(ids)).execute()
    Company.delete().where(Company.id.in_(ids)).execute()
    _bury([(uid, revision) for _, uid, revision in gone if uid])
    return len(ids)


def _bury(uids: list[tuple[str, int]]) -> None:
    if not uids:
        return
    now = utc_now()
    rows = [
        {"entity": ENTITY, "uid": uid, "revision": revision, "deleted_at": now}
        for uid, revision in uids
    ]
    Tombstone.insert_many(rows).on_conflict(
        conflict_target=[Tombstone.entity, Tombstone.uid],
        update={Tombstone.revision: peewee.EXCLUDED.revision,
                Tombstone.deleted_at: peewee.EXCLUDED.deleted_at},
    ).execute()  # fmt: skip


def _values(data: CompanyData) -> dict[str, str]:
    a, name = data.address, data.name.strip()
    return {
        "name": name, "name_key": fold(name), "phone": data.phone.strip(),
        "email": data.email.strip(), "website": data.website.strip(), "street": a.street,
        "extended": a.extended, "po_box": a.po_box, "city": a.city, "region": a.region,
        "postal_code": a.postal_code, "country": a.country, "notes": data.notes,
    }  # fmt: skip


def _data(row: Company) -> CompanyData:
    address = Address(
        street=row.street, extended=row.extended, po_box=row.po_box, city=row.city,
        region=row.region, postal_code=row.postal_code, country=row.country,
    )  # fmt: skip
    return CompanyData(
        id=int(row.id), name=row.name, phone=row.phone, email=row.email,
        website=row.website, address=address, notes=row.notes,
    )  # fmt: skip
