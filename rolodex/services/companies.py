"""The company service: companies as records of their own, each listing its people.

People point at a company by id (``contact.company_id``). Renaming a company re-indexes its
people so search by company name keeps working; deleting one moves it to the Trash for 30 days
(its people keep the link and get it back when the company is restored). The SQL lives in
:mod:`rolodex.store.companies`, so all of this works on a file and on a server alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rolodex.records import CompanyData
from rolodex.services.changes import Change
from rolodex.services.contact_read import load_contacts
from rolodex.services.contact_write import index_row
from rolodex.services.search import backend
from rolodex.store import companies as stored
from rolodex.store.companies import CompanySummary
from rolodex.store.transactions import writing
from rolodex.textfold import fold

__all__ = ["CompanyDetail", "CompanyService", "CompanySummary"]


@dataclass(frozen=True)

class CompanyDetail:
    """A company and the ids of its (live) people, in name order."""

    data: CompanyData
    people: list[int]


class CompanyService:
    """Operations on the companies of the bound book."""

    def list_companies(self, query: str = "") -> list[CompanySummary]:
        """Companies (optionally those whose name contains ``query``) with people counts."""
        return stored.summaries(fold(query.strip()))

    def get(self, company_id: int) -> CompanyDetail | None:
        """The company with its people's ids, or None when there is no such company."""
        data = stored.live(company_id)
        if data is None:
            return None
        return CompanyDetail(data, stored.people(company_id, ordered=True))

    def find(self, name: str) -> int | None:
        """The id of the company with this name (ignoring case and accents), if any."""
        return stored.find(fold(name.strip()))

    def save(self, data: CompanyData) -> Change:
        """Create or update a company; renaming re-indexes its people for search."""
        if not data.name.strip():
            raise ValueError("A company needs a name.")
        from rolodex.team import history  # the write path only: not loaded for the first frame

        with writing():
            if data.id is None:
                data.id = stored.insert(data)
                history.record("company", [data.id], "created")
                return Change("company", (data.id,), "created")
            old = stored.live(data.id)
            stored.update(data)
            if old is not None:  # who changed which fields (issue 11)
                history.record_edit(data.id, history.company_diff(old, data), "company")
            _reindex_people(data.id)
        return Change("company", (data.id,), "updated")

    def delete(self, ids: Sequence[int]) -> Change:
        """Move companies to the Trash; their people stay linked, shown without a company,
        until the company is restored (or purged after 30 days)."""
        from rolodex.team import history  # the write path only: not loaded for the first frame

        with writing():
            stored.trash(ids)
            history.record("company", ids, "deleted")
            _reindex_people(*ids)
        return Change("company", tuple(ids), "deleted")

    def restore(self, ids: Sequence[int]) -> Change:
        """Bring companies back from the Trash, with their people."""
        from rolodex.team import history  # the write path only: not loaded for the first frame

        with writing():
            stored.restore(ids)
            history.record("company", ids, "restored")
            _reindex_people(*ids)
        return Change("company", tuple(ids), "restored")

    def trash(self) -> list[CompanySummary]:
        """Companies in the Trash, most recently deleted first."""
        return stored.summaries(trashed=True)

    def purge(self, older_than: str) -> int:
        """Delete for good companies trashed at or before the ISO time ``older_than``
        (each leaves a tombstone); their people stay, without a company."""
        with writing():
            return stored.purge(older_than)


def _reindex_people(*company_ids: int) -> None:
    """Index the companies' people again (the company name is part of their search text).

    Through the search backend of :mod:`rolodex.services.search` until the contact store
    brings its own index function."""
    people = stored.people(*company_ids)
    if people:
        backend().index(index_row(c) for c in load_contacts(people))
