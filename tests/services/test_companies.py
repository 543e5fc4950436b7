"""The company service: companies with people counts, editing, renaming and deleting."""

from __future__ import annotations

import pytest

from rolodex.db import StoreInfo
from rolodex.records import Address, CompanyData, ContactData
from rolodex.services.companies import CompanyService
from rolodex.services.contacts import ContactService


def _person(given: str, family: str, company: str) -> int:
    return ContactService().create(ContactData(given=given, family=family, company=company))


def test_companies_are_listed_with_their_people_counts(book: StoreInfo) -> None:
    _person("Øystein", "Hansen", "Fjord AS")
    _person("Kari", "Nordmann", "fjord as")
    _person("Šarūnas", "Jonaitis", "Baltic UAB")
    gone = _person("Ivan", "Petrov", "Baltic UAB")
    ContactService().delete([gone])

    summaries = {s.name: s.people for s in CompanyService().list_companies()}

    assert summaries == {"Baltic UAB": 1, "Fjord AS": 2}


def test_company_list_filters_by_name_ignoring_case_and_accents(book: StoreInfo) -> None:
    _person("Anna", "Berg", "Ærø Fisk")
    _person("Jonas", "Lee", "100% Juice_Co")

    service = CompanyService()

    assert [s.name for s in service.list_companies("aero")] == ["Ærø Fisk"]
    assert [s.name for s in service.list_companies("100%")] == ["100% Juice_Co"]
    assert service.list_companies("_x") == []


def test_get_returns_details_and_people_in_name_order(book: StoreInfo) -> None:
    zed = _person("Zed", "Zulu", "Acme")
    amy = _person("Amy", "Alpha", "Acme")
    company_id = CompanyService().find("ACME")
    assert company_id is not None

    detail = CompanyService().get(company_id)

    assert detail is not None
    assert detail.data.name == "Acme"
    assert detail.people == [amy, zed]


def test_saved_company_details_survive_reload(book: StoreInfo) -> None:
    service = CompanyService()
    data = CompanyData(
        name="Vilniaus Šviesa",
        phone="+370 5 212 3456",
        website="https://sviesa.lt",
        address=Address(street="Gedimino pr. 1", city="Vilnius", country="LT"),
        notes="Klientas nuo 2020",
    )

    change = service.save(data)
    detail = service.get(change.ids[0])

    assert change.kind == "created"
    assert detail is not None
    assert detail.data == data


def test_renaming_a_company_renames_it_for_its_people_and_search(book: StoreInfo) -> None:
    person = _person("Kari", "Nordmann", "Old Name")
    service = CompanyService()
    company_id = service.find("Old Name")
    assert company_id is not None
    detail = service.get(company_id)
    assert detail is not None
    detail.data.name = "Nytt Navn"

    change = service.save(detail.data)

    assert change.kind == "updated"
    assert ContactService().rows([person])[0].company == "Nytt Navn"
    assert ContactService().ids(query="nytt") == [person]
    assert ContactService().ids(query="old") == []


def test_deleting_a_company_keeps_its_people(book: StoreInfo) -> None:
    person = _person("Kari", "Nordmann", "Doomed AS")
    service = CompanyService()
    company_id = service.find("Doomed AS")
    assert company_id is not None

    service.delete([company_id])

    assert service.get(company_id) is None
    assert ContactService().rows([person])[0].company == ""
    assert ContactService().ids(query="doomed") == []
    assert ContactService().ids(query="kari") == [person]


def test_a_company_needs_a_name(book: StoreInfo) -> None:
    with pytest.raises(ValueError, match="needs a name"):
        CompanyService().save(CompanyData(name="  "))
