"""Merging two companies: people (in the Trash too) and activities move, empty fields are
filled, the other company goes to the Trash, search finds the people under the kept name,
and undo puts everything back; on a file and on a PostgreSQL book (``any_book``)."""

from __future__ import annotations

import pytest

from rolodex.models import Contact
from rolodex.records import Address, CompanyData, ContactData
from rolodex.services.companies import CompanyService
from rolodex.services.company_merge import (
    CompanyMergeError,
    merge_companies,
    undo_company_merge,
)
from rolodex.services.contacts import ContactService
from rolodex.services.crm.activities import ActivityService
from rolodex.services.crm.records import ActivityData
from rolodex.services.search import search_ids
from rolodex.team.history import company_history


def company_of(contact_id: int) -> int | None:
    row = Contact.select(Contact.company).where(Contact.id == contact_id).tuples().get()
    return row[0]


def revision_of(contact_id: int) -> int:
    return int(Contact.get_by_id(contact_id).revision)


def test_merge_moves_people_and_activities_and_undo_puts_them_back(any_book: str) -> None:
    companies, contacts = CompanyService(), ContactService()
    ona = contacts.create(ContactData(given="Ona", company="Ąžuolas UAB"))
    jonas = contacts.create(ContactData(given="Jonas", company="Ozolas UAB"))
    rasa = contacts.create(ContactData(given="Rasa", company="Ozolas UAB"))
    keep, other = companies.find("Ąžuolas UAB"), companies.find("Ozolas UAB")
    assert keep is not None and other is not None
    companies.save(CompanyData(id=other, name="Ozolas UAB", phone="+370 5 212 3456",
                               address=Address(city="Vilnius"), notes="Old name"))  # fmt: skip
    contacts.delete([rasa])  # in the Trash: must come back to the right company
    logged = (
        ActivityService()
        .log(ActivityData(contact_id=jonas, company_id=other, kind="meeting", subject="Contract"))
        .ids[0]
    )

    before = revision_of(jonas)
    result = merge_companies(keep, other)
    assert {company_of(i) for i in (ona, jonas, rasa)} == {keep}
    merged = revision_of(jonas)
    assert merged > before  # a moved person changed: sync and export see it
    assert [a.id for a in ActivityService().timeline(company_id=keep)] == [logged]
    detail = companies.get(keep)
    assert detail is not None and detail.people == [jonas, ona]
    assert detail.data.phone == "+370 5 212 3456" and detail.data.address.city == "Vilnius"
    assert detail.data.notes == "Old name"
    assert companies.get(other) is None and [s.id for s in companies.trash()] == [other]
    assert jonas in search_ids("Ąžuolas")  # his card now reads the kept name
    assert [e.action for e in company_history(keep)][:2] == ["merged", "edited"]
    assert [e.action for e in company_history(other)][:2] == ["merged", "deleted"]

    undo_company_merge(result)
    assert company_history(keep)[0].action == company_history(other)[0].action == "merge undone"
    assert (company_of(ona), company_of(jonas), company_of(rasa)) == (keep, other, other)
    assert revision_of(jonas) > merged
    assert ActivityService().get(logged).company_id == other
    kept = companies.get(keep)
    assert kept is not None and kept.data.phone == "" and kept.data.address.city == ""
    assert companies.get(other) is not None and companies.trash() == []


def test_merging_a_company_with_itself_or_a_gone_one_is_refused(any_book: str) -> None:
    change = CompanyService().save(CompanyData(name="Fjord AS"))
    with pytest.raises(CompanyMergeError):
        merge_companies(change.ids[0], change.ids[0])
    with pytest.raises(CompanyMergeError):
        merge_companies(change.ids[0], 9999)
