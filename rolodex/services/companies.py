"""The company service: companies as records of their own, each listing its people.

People point at a company by id (``contact.company_id``). Renaming a company re-indexes its
people so search by company name keeps working; deleting one moves it to the Trash for 30 days
(its people keep the link and get it back when the company is restored).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rolodex.db import database, writing
from rolodex.identity import new_uid
from rolodex.models.base import utc_now
from rolodex.records import Address, CompanyData
from rolodex.services.changes import Change
from rolodex.services.contact_read import load_contacts
from rolodex.services.contact_write import index_row
from rolodex.services.search import backend
from rolodex.textfold import fold

_COLUMNS = (
    "name, phone, email, website, street, extended, po_box, city, region, postal_code,"
    " country, notes"
)
_LIVE_PEOPLE = "SELECT id FROM contact WHERE company_id = ? AND deleted_at IS NULL"


@dataclass(frozen=True)
class CompanySummary:
    """One line of the company list."""

    id: int
    name: str
    city: str
    people: int


@dataclass(frozen=True)
class CompanyDetail:
    """A company and the ids of its (live) people, in name order."""

    data: CompanyData
    people: list[int]


class CompanyService:
    """Operations on the companies of the book bound in :mod:`rolodex.db`."""

    def list_companies(self, query: str = "") -> list[CompanySummary]:
        """Companies (optionally those whose name contains ``query``) with people counts."""
        sql = (
            "SELECT co.id, co.name, co.city, COUNT(c.id) FROM company co"
            " LEFT JOIN contact c ON c.company_id = co.id AND c.deleted_at IS NULL"
            " WHERE co.deleted_at IS NULL AND co.name_key LIKE ? ESCAPE '\\'"
            " GROUP BY co.id ORDER BY co.name_key, co.id"
        )
        pattern = "%" + _escape_like(fold(query.strip())) + "%"
        rows = database.connection().execute(sql, (pattern,))
        return [CompanySummary(r[0], r[1], r[2], r[3]) for r in rows]

    def get(self, company_id: int) -> CompanyDetail | None:
        """The company with its people's ids, or None when there is no such company."""
        conn = database.connection()
        row = conn.execute(
            f"SELECT id, {_COLUMNS} FROM company WHERE id = ? AND deleted_at IS NULL",
            (company_id,),
        ).fetchone()
        if row is None:
            return None
        people = conn.execute(_LIVE_PEOPLE + " ORDER BY sort_key, id", (company_id,))
        return CompanyDetail(_company_from_row(row), [r[0] for r in people])

    def find(self, name: str) -> int | None:
        """The id of the company with this name (ignoring case and accents), if any."""
        row = (
            database.connection()
            .execute(
                "SELECT id FROM company WHERE name_key = ? AND deleted_at IS NULL ORDER BY id",
                (fold(name.strip()),),
            )
            .fetchone()
        )
        return int(row[0]) if row else None

    def save(self, data: CompanyData) -> Change:
        """Create or update a company; renaming re-indexes its people for search."""
        name = data.name.strip()
        if not name:
            raise ValueError("A company needs a name.")
        values = _values(data, name)
        conn = database.connection()
        with writing():
            if data.id is None:
                now = utc_now()
                cur = conn.execute(
                    f"INSERT INTO company({_COLUMNS}, uid, name_key, created_at, updated_at)"
                    f" VALUES ({', '.join('?' * 16)})",
                    (*values, new_uid(), fold(name), now, now),
                )
                data.id = int(cur.lastrowid)
                return Change("company", (data.id,), "created")
            assignments = ", ".join(f"{col.strip()} = ?" for col in _COLUMNS.split(","))
            conn.execute(
                f"UPDATE company SET {assignments}, name_key = ?, updated_at = ?,"
                " revision = revision + 1 WHERE id = ?",
                (*values, fold(name), utc_now(), data.id),
            )
            _reindex_people(data.id)
        return Change("company", (data.id,), "updated")

    def delete(self, ids: Sequence[int]) -> Change:
        """Move companies to the Trash; their people stay linked, shown without a company,
        until the company is restored (or purged after 30 days)."""
        with writing():
            database.connection().executemany(
                "UPDATE company SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                [(utc_now(), i) for i in ids],
            )
            _reindex_people(*ids)
        return Change("company", tuple(ids), "deleted")

    def restore(self, ids: Sequence[int]) -> Change:
        """Bring companies back from the Trash, with their people."""
        with writing():
            database.connection().executemany(
                "UPDATE company SET deleted_at = NULL WHERE id = ?", [(i,) for i in ids]
            )
            _reindex_people(*ids)
        return Change("company", tuple(ids), "restored")

    def trash(self) -> list[CompanySummary]:
        """Companies in the Trash, most recently deleted first."""
        sql = (
            "SELECT co.id, co.name, co.city, COUNT(c.id) FROM company co"
            " LEFT JOIN contact c ON c.company_id = co.id AND c.deleted_at IS NULL"
            " WHERE co.deleted_at IS NOT NULL GROUP BY co.id ORDER BY co.deleted_at DESC, co.id"
        )
        return [CompanySummary(*r) for r in database.connection().execute(sql)]

    def purge(self, older_than: str) -> int:
        """Delete for good companies trashed at or before the ISO time ``older_than``."""
        conn = database.connection()
        sql = "SELECT id FROM company WHERE deleted_at IS NOT NULL AND deleted_at <= ?"
        ids = [(r[0],) for r in conn.execute(sql, (older_than,))]
        conn.executemany("UPDATE contact SET company_id = NULL WHERE company_id = ?", ids)
        conn.executemany("DELETE FROM company WHERE id = ?", ids)
        return len(ids)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _values(data: CompanyData, name: str) -> tuple[str, ...]:
    a = data.address
    return (
        name, data.phone.strip(), data.email.strip(), data.website.strip(), a.street,
        a.extended, a.po_box, a.city, a.region, a.postal_code, a.country, data.notes,
    )  # fmt: skip


def _company_from_row(row: tuple[object, ...]) -> CompanyData:
    (cid, name, phone, email, website, street, extended, po_box, city, region, postal_code,
     country, notes) = row  # fmt: skip
    address = Address(
        street=str(street), extended=str(extended), po_box=str(po_box), city=str(city),
        region=str(region), postal_code=str(postal_code), country=str(country),
    )  # fmt: skip
    return CompanyData(
        id=int(str(cid)), name=str(name), phone=str(phone), email=str(email),
        website=str(website), address=address, notes=str(notes),
    )  # fmt: skip


def _reindex_people(*company_ids: int) -> None:
    conn = database.connection()
    for company_id in company_ids:
        people = [r[0] for r in conn.execute(_LIVE_PEOPLE, (company_id,))]
        backend().index(index_row(c) for c in load_contacts(people))
