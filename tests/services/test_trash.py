"""The Trash: companies and contacts come back whole; after 30 days everything goes for good."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from rolodex.db import database
from rolodex.models import Activity, Company, Contact, FollowUp, Tombstone
from rolodex.records import CompanyData, ContactData
from rolodex.services.companies import CompanyService
from rolodex.services.contacts import ContactService
from rolodex.services.trash import purge_expired, trashed_contacts
from tests.pending import with_contacts

LONG_AGO = (datetime.now(UTC) - timedelta(days=31)).isoformat(timespec="seconds")
NOW = datetime.now(UTC).isoformat(timespec="seconds")


@pytest.fixture
def with_people(any_book: str) -> str:
    """A book on either backend, for tests that also store contacts (``@with_contacts``)."""
    return any_book


@with_contacts
def test_a_trashed_company_comes_back_with_its_people(with_people: str) -> None:
    people = ContactService()
    ona = people.create(ContactData(given="Ona", company="Ąžuolas UAB"))
    companies = CompanyService()
    company = companies.find("ąžuolas uab")
    assert company is not None
    companies.delete([company])
    assert people.get(ona).company == ""  # type: ignore[union-attr]
    assert people.ids("azuolas") == []
    assert [c.name for c in companies.trash()] == ["Ąžuolas UAB"]
    assert [c.name for c in companies.list_companies()] == []
    companies.restore([company])
    assert people.get(ona).company == "Ąžuolas UAB"  # type: ignore[union-attr]
    assert people.ids("azuolas") == [ona]


def test_contacts_return_from_the_trash_with_activities_and_tags(book) -> None:
    service = ContactService()
    cid = service.create(ContactData(given="Иван", tags=["Партнёры"]))
    database.execute_sql(
        "INSERT INTO activity(contact_id, kind, occurred_at, created_at)"
        " VALUES (?, 'call', '2026-01-01T10:00:00+00:00', '2026-01-01T10:00:00+00:00')",
        (cid,),
    )
    service.delete([cid])
    service.restore([cid])
    assert service.get(cid).tags == ["Партнёры"]  # type: ignore[union-attr]
    assert database.execute_sql("SELECT COUNT(*) FROM activity").fetchone()[0] == 1


@with_contacts
def test_purge_takes_only_what_is_older_than_thirty_days(with_people: str) -> None:
    service, companies = ContactService(), CompanyService()
    old, recent = (service.create(ContactData(given=n, company=n + " AS")) for n in ("Old", "New"))
    service.delete([old, recent])
    companies.delete([companies.find("Old AS"), companies.find("New AS")])  # type: ignore[list-item]
    Contact.update(deleted_at=LONG_AGO).where(Contact.id == old).execute()
    Company.update(deleted_at=LONG_AGO).where(Company.name == "Old AS").execute()
    purged = purge_expired()
    assert (purged.contacts, purged.companies) == (1, 1)
    assert service.get(old) is None
    assert service.ids(trash=True) == [recent]
    assert [c.name for c in companies.trash()] == ["New AS"]


def test_a_contact_restored_after_an_import_undo_gets_its_company_back(book, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rolodex.services.importing.service import run_import, undo_import
    from tests.services.transfer_helpers import vcard, write_cards

    path = write_cards(tmp_path / "in.vcf", vcard("Kari Nord", org="Fjordlys AS"))
    result = run_import([path])
    assert result.batch_id is not None
    undone = undo_import(result.batch_id)
    assert (undone.trashed, undone.companies_removed) == (1, 1)
    service = ContactService()
    (kari,) = service.ids(trash=True)
    service.restore([kari])
    restored = service.get(kari)
    assert restored is not None and restored.company == "Fjordlys AS"
    assert [c.name for c in CompanyService().list_companies()] == ["Fjordlys AS"]
    assert service.ids(query="Fjordlys") == [kari]


@with_contacts
def test_purge_of_companies_activities_and_followups(with_people: str) -> None:
    companies = CompanyService()
    old, recent = (companies.save(CompanyData(name=n)).ids[0] for n in ("Old AS", "New AS"))
    companies.delete([old, recent])
    Company.update(deleted_at=LONG_AGO).where(Company.id == old).execute()
    old_uid = Company.get_by_id(old).uid
    person = Contact.create(given="Ona", company=recent, created_at=NOW, updated_at=NOW)
    for deleted in (LONG_AGO, NOW, None):
        Activity.create(
            contact=person, kind="call", occurred_at=NOW, created_at=NOW, deleted_at=deleted
        )
        FollowUp.create(contact=person, due_at=NOW, created_at=NOW, deleted_at=deleted)

    purged = purge_expired()

    assert (purged.companies, purged.activities, purged.followups) == (1, 1, 1)
    assert [c.name for c in companies.trash()] == ["New AS"]
    assert Activity.select().count() == FollowUp.select().count() == 2
    assert [(t.entity, t.uid) for t in Tombstone.select()] == [("company", old_uid)]


def test_the_trash_lists_its_contacts_newest_deletion_first(any_book: str) -> None:
    people = ContactService()
    ona, nameless, kept = (
        people.create(ContactData(given="Ona", family="Šimkutė")),
        people.create(ContactData(notes="no name")),
        people.create(ContactData(given="Kept")),
    )
    people.delete([ona])
    Contact.update(deleted_at=LONG_AGO).where(Contact.id == ona).execute()
    people.delete([nameless])
    listed = trashed_contacts()
    assert [(t.id, t.name) for t in listed] == [
        (nameless, f"Contact #{nameless}"),
        (ona, "Ona Šimkutė"),
    ]
    assert listed[1].deleted_at == LONG_AGO and kept not in [t.id for t in listed]
