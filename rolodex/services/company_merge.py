"""Merging two companies into one, undoably.

``merge_companies(keep_id, merged_id)`` moves every person (those in the Trash too, so they
come back to the right company) and every activity logged on ``merged_id`` to ``keep_id``,
fills the kept company's empty fields (phone, email, website, address parts) from the other
and adds its notes, then moves the merged company to the company Trash — all in one
transaction. :func:`undo_company_merge` puts everything back as it was: the people and
activities return, the merged company is restored and the kept one gets its old fields.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from rolodex.records import Address, CompanyData
from rolodex.services.changes import Change
from rolodex.services.companies import CompanyService
from rolodex.store import company_merge as rows
from rolodex.store.transactions import writing
from rolodex.team import history

TEXT_FIELDS = ("phone", "email", "website")
ADDRESS_FIELDS = ("street", "extended", "po_box", "postal_code", "city", "region", "country")


class CompanyMergeError(Exception):
    """A merge the book cannot do (the same company twice, one that is gone): shown as-is."""


@dataclass(frozen=True)
class CompanyMergeResult:
    """What a merge did, which is what undoing it needs."""

    kept_id: int
    merged_id: int
    kept_before: CompanyData
    people: tuple[int, ...]
    activities: tuple[int, ...]
    changes: tuple[Change, ...]


def merged_data(keep: CompanyData, other: CompanyData) -> CompanyData:
    """``keep`` with its empty fields filled from ``other`` and ``other``'s notes added."""
    result = copy.deepcopy(keep)
    for name in TEXT_FIELDS:
        if not getattr(result, name).strip():
            setattr(result, name, getattr(other, name))
    if not _has_address(result.address):
        result.address = copy.deepcopy(other.address)
    notes = [n.strip() for n in (keep.notes, other.notes) if n.strip()]
    if len(notes) == 2 and notes[0] != notes[1]:
        result.notes = notes[0] + "\n\n" + notes[1]
    elif notes:
        result.notes = notes[0]
    return result


def merge_companies(keep_id: int, merged_id: int) -> CompanyMergeResult:
    """Merge company ``merged_id`` into ``keep_id`` (see the module docstring)."""
    service = CompanyService()
    keep, other = _live(service, keep_id), _live(service, merged_id)
    if keep_id == merged_id:
        raise CompanyMergeError("Pick two different companies to merge.")
    with writing():
        people = rows.people_of(merged_id)
        activities = rows.activities_of(merged_id)
        rows.move_people(people, keep_id)
        rows.move_activities(activities, keep_id)
        service.save(merged_data(keep, other))  # re-indexes the kept company's people
        service.delete([merged_id])
        history.record("company", [keep_id, merged_id], "merged")  # the Changes tab says so
    changes = (
        Change("company", (keep_id, merged_id), "updated"),
        Change("contact", people, "updated"),
    )
    return CompanyMergeResult(keep_id, merged_id, keep, people, activities, changes)


def undo_company_merge(result: CompanyMergeResult) -> tuple[Change, ...]:
    """Put back what :func:`merge_companies` did; returns the changes for the views."""
    service = CompanyService()
    with writing():
        rows.move_people(result.people, result.merged_id, only_from=result.kept_id)
        rows.move_activities(result.activities, result.merged_id, only_from=result.kept_id)
        service.restore([result.merged_id])  # re-indexes the people who came back
        service.save(copy.deepcopy(result.kept_before))
        history.record("company", [result.kept_id, result.merged_id], "merge undone")
    return (
        Change("company", (result.kept_id, result.merged_id), "updated"),
        Change("contact", result.people, "updated"),
    )


def _live(service: CompanyService, company_id: int) -> CompanyData:
    detail = service.get(company_id)
    if detail is None:
        raise CompanyMergeError(f"There is no company {company_id} (deleted or merged already).")
    return detail.data


def _has_address(address: Address) -> bool:
    return any(getattr(address, name).strip() for name in ADDRESS_FIELDS)
