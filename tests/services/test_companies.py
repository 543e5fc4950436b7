"""The company service: companies with people counts, editing, renaming and deleting, on a
file and on a PostgreSQL book (``any_book``)."""

from __future__ import annotations

import pytest

from rolodex.models import Company, Tombstone
from rolodex.records import Address, CompanyData, ContactData
from rolodex.services.companies import CompanyService
from rolodex.services.contacts import ContactService
from tests.pending import with_contacts


@pytest.fixture
def with_people(any_book: str) -> str:
    """A book on either backend, for tests that also store contacts (``@with_contacts``)."""
    return any_book


def _person(given: str, family: str, company: str) -> int:
    return ContactService().create(ContactData(given=given, family=family, company=company))


@with_contacts
def test_companies_are_listed_with_their_people_counts(with_people: str) -> None:
    _person("Øystein", "Hansen", "Fjord AS")
    _person("Kari", "Nordmann", "fjord as")
    _person("Šarūnas", "Jonaitis", "Baltic UAB")
    gone = _person("Ivan", "Petrov", "Baltic UAB")
    ContactService().delete([gone])

    summaries = {s.name: s.people for s in CompanyService().list_companies()}

    assert summaries == {"Baltic UAB": 1, "Fjord AS": 2}


@with_contacts
def test_company_list_filters_by_name_ignoring_case_and_accents(with_people: str) -> None:
    _person("Anna", "Berg", "Ærø Fisk")
    _person("Jonas", "Lee", "100% Juice_Co")

    service = CompanyService()

    assert [s.name for s in service.list_companies("aero")] == ["Ærø Fisk"]
    assert [s.name for s in service.list_companies("100%")] == ["100% Juice_Co"]
    assert service.list_companies("_x") == []


@with_contacts
def test_get_returns_details_and_people_in_name_order(with_people: str) -> None:
    zed = _person("Zed", "Zulu", "Acme")
    amy = _person("Amy", "Alpha", "Acme")
    company_id = CompanyService().find("ACME")
    assert company_id is not None

    detail = CompanyService().get(company_id)

    assert detail is not None
    assert detail.data.name == "Acme"
    assert detail.people == [amy, zed]


def test_saved_company_details_survive_reload(any_book: str) -> None:
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


@with_contacts
def test_renaming_a_company_renames_it_for_its_people_and_search(with_people: str) -> None:
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


@with_contacts
def test_deleting_a_company_keeps_its_people(with_people: str) -> None:
    person = _person("Kari", "Nordmann", "Doomed AS")
    service = CompanyService()
    company_id = service.find("Doomed AS")
    assert company_id is not None

    service.delete([company_id])

    assert service.get(company_id) is None
    assert ContactService().rows([person])[0].company == ""
    assert ContactService().ids(query="doomed") == []
    assert ContactService().ids(query="kari") == [person]


def test_a_company_needs_a_name(any_book: str) -> None:
    with pytest.raises(ValueError, match="needs a name"):
        CompanyService().save(CompanyData(name="  "))


LONG_AGO = "2020-01-01T00:00:00+00:00"
CUTOFF = "2021-01-01T00:00:00+00:00"


def _company(name: str, city: str = "") -> int:
    return CompanyService().save(CompanyData(name=name, address=Address(city=city))).ids[0]


def test_companies_alone_are_listed_and_searched_by_folded_name(any_book: str) -> None:
    for name in ("Ærø Fisk", "100% Juice_Co", "Zeta AS", "Åsen Bygg"):
        _company(name, city="Oslo")
    service = CompanyService()

    assert [s.name for s in service.list_companies()] == [
        "100% Juice_Co",
        "Ærø Fisk",
        "Åsen Bygg",
        "Zeta AS",
    ]  # fmt: skip  (by folded name: "aero fisk" < "asen bygg")
    assert [s.name for s in service.list_companies("AERO")] == ["Ærø Fisk"]
    assert [s.name for s in service.list_companies("100%")] == ["100% Juice_Co"]
    assert [s.name for s in service.list_companies("e_c")] == ["100% Juice_Co"]
    assert service.list_companies("_x") == []
    assert {(s.city, s.people) for s in service.list_companies()} == {("Oslo", 0)}
    assert service.find(" ZETA as ") == service.list_companies("zeta")[0].id


def test_a_new_company_gets_a_uid_and_every_edit_a_new_revision(any_book: str) -> None:
    service = CompanyService()
    first = _company("Fjord AS")
    second = _company("Fjell AS")
    stored = Company.get_by_id(first)
    assert stored.revision == 1
    assert len(stored.uid) >= 32 and stored.uid != Company.get_by_id(second).uid

    detail = service.get(first)
    assert detail is not None
    detail.data.notes = "Ny kunde"
    service.save(detail.data)
    service.delete([first])
    service.restore([first])

    assert Company.get_by_id(first).revision == 4
    assert Company.get_by_id(first).uid == stored.uid
    assert Company.get_by_id(second).revision == 1


def test_a_company_alone_goes_to_the_trash_and_back(any_book: str) -> None:
    service = CompanyService()
    kept, gone = _company("Kept AS"), _company("Gone AS")

    service.delete([gone])

    assert service.get(gone) is None and service.find("gone as") is None
    assert [s.name for s in service.list_companies()] == ["Kept AS"]
    assert [(s.id, s.name) for s in service.trash()] == [(gone, "Gone AS")]
    service.restore([gone])
    assert [s.name for s in service.list_companies()] == ["Gone AS", "Kept AS"]
    assert service.trash() == [] and kept != gone


def test_purging_a_company_leaves_a_tombstone_with_its_uid_and_revision(any_book: str) -> None:
    service = CompanyService()
    old, recent = _company("Old AS"), _company("New AS")
    service.delete([old, recent])
    Company.update(deleted_at=LONG_AGO).where(Company.id == old).execute()
    uid, revision = Company.get_by_id(old).uid, Company.get_by_id(old).revision

    assert service.purge(older_than=CUTOFF) == 1

    assert Company.get_or_none(Company.id == old) is None
    assert [s.name for s in service.trash()] == ["New AS"]
    assert [(t.entity, t.uid, t.revision) for t in Tombstone.select()] == [
        ("company", uid, revision)
    ]


@with_contacts
def test_a_purged_companys_people_stay_without_it(with_people: str) -> None:
    person = _person("Ona", "Jonaitė", "Senas UAB")
    service = CompanyService()
    company = service.find("senas uab")
    assert company is not None
    service.delete([company])
    Company.update(deleted_at=LONG_AGO).where(Company.id == company).execute()

    assert service.purge(older_than=CUTOFF) == 1

    assert ContactService().get(person).company == ""  # type: ignore[union-attr]
    assert ContactService().ids(query="jonaite") == [person]
