"""Undoing an import works from the rows the batch owns: it never hits what it did not create,
never drops what the user did since, and undos of overlapping imports compose."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from peewee import fn

from rolodex.db import StoreInfo
from rolodex.models import Company, Contact, ImportBatch, ImportItem
from rolodex.records import ContactData, LabeledValue, Phone
from rolodex.services.contacts import ContactService
from rolodex.services.crm.activities import ActivityService
from rolodex.services.crm.cadence import set_contact_cadence
from rolodex.services.crm.followups import FollowUpService
from rolodex.services.crm.records import ActivityData, FollowUpData
from rolodex.services.duplicates.merge import MergePlan, merge
from rolodex.services.importing.service import ImportUndone, run_import, undo_import
from rolodex.services.trash import purge_expired
from tests.services.transfer_helpers import book_snapshot, vcard, write_cards

SERVICE = ContactService()


@pytest.fixture
def kari(any_book: str) -> int:
    return SERVICE.create(
        ContactData(given="Kari", family="Nordmann", emails=[LabeledValue("kari@example.no")])
    )


def _import(tmp_path: Path, name: str, *cards: str, policy: str = "skip") -> int:
    result = run_import([write_cards(tmp_path / name, *cards)], policy)
    assert result.batch_id is not None
    return result.batch_id


def _people(tmp_path: Path, *names: str) -> int:
    cards = [vcard(n, email=f"{n.split()[0].lower()}@example.com") for n in names]
    return _import(tmp_path, "people.vcf", *cards)


def _live_names() -> list[str]:
    return sorted(c.full_name() for c in SERVICE.get_many(SERVICE.ids()))


def _id_of(name: str) -> int:
    return next(c.id for c in SERVICE.get_many(SERVICE.ids()) if c.full_name() == name) or 0


def test_contacts_edited_logged_followed_up_or_given_a_cadence_since_are_kept(
    any_book: str, tmp_path: Path
) -> None:
    batch = _people(tmp_path, "Ada Lovelace", "Per Hansen", "Ida Lie", "Ola Dunk", "Eva Berg")
    edited = SERVICE.get(_id_of("Per Hansen"))
    assert edited is not None
    edited.job_title = "Carpenter"
    SERVICE.save(edited)
    now = datetime.now(UTC)
    ActivityService().log(ActivityData(contact_id=_id_of("Ida Lie"), occurred_at=now))
    FollowUpService().add(FollowUpData(contact_id=_id_of("Ola Dunk"), due_date=date.today()))
    set_contact_cadence(_id_of("Eva Berg"), 30)
    done = undo_import(batch)
    assert (done.trashed, done.kept_edited) == (1, 4)
    assert _live_names() == ["Eva Berg", "Ida Lie", "Ola Dunk", "Per Hansen"]
    kept = SERVICE.get(_id_of("Per Hansen"))
    assert kept is not None and kept.job_title == "Carpenter"


def test_undo_of_a_merge_import_takes_out_its_additions_and_keeps_later_edits(
    kari: int, tmp_path: Path
) -> None:
    card = vcard("Kari Nordmann", email="kari@example.no", phone="+4791234567", title="Nurse")
    batch = _import(tmp_path, "in.vcf", card, policy="merge")
    contact = SERVICE.get(kari)
    assert contact is not None and contact.job_title == "Nurse"
    contact.job_title = "Head nurse"  # the user corrects what the import filled in
    contact.emails.append(LabeledValue("kari@work.no"))
    SERVICE.save(contact)
    done = undo_import(batch)
    assert (done.reverted, done.kept_changes) == (1, 1)
    after = SERVICE.get(kari)
    assert after is not None
    assert after.job_title == "Head nurse"
    assert [e.value for e in after.emails] == ["kari@example.no", "kari@work.no"]
    assert after.phones == []  # the import's own addition is gone


@pytest.mark.parametrize("order", ["oldest first", "newest first"])
def test_undos_of_two_merge_imports_compose_in_either_order(
    kari: int, tmp_path: Path, order: str
) -> None:
    before = book_snapshot()
    first = _import(
        tmp_path,
        "a.vcf",
        vcard("Kari Nordmann", email="kari@example.no", phone="+4791234567", note="From A"),
        policy="merge",
    )
    second = _import(
        tmp_path,
        "b.vcf",
        vcard("Kari Nordmann", email="kari@example.no", title="Nurse", note="From B"),
        policy="merge",
    )
    one, other = (first, second) if order == "oldest first" else (second, first)
    undo_import(one)
    contact = SERVICE.get(kari)
    assert contact is not None
    if one == first:  # only A's phone and note are gone; B's title and note stay
        assert (contact.phones, contact.job_title, contact.notes) == ([], "Nurse", "From B")
    else:
        assert contact.job_title == "" and contact.notes == "From A"
        assert [p.value for p in contact.phones] == ["+4791234567"]
    undo_import(other)
    assert book_snapshot() == before


def test_undo_never_removes_an_older_contact_merged_with_the_imported_one(
    kari: int, tmp_path: Path
) -> None:
    batch = _import(tmp_path, "k.vcf", vcard("Kari Nordmann", phone="+4791234567"), policy="new")
    imported = max(SERVICE.ids())
    # Find duplicates: the imported card survives, the older Kari goes into it
    merge(MergePlan(survivor=imported, others=[kari]))
    done = undo_import(batch)
    assert (done.trashed, done.kept_edited) == (0, 1)
    survivor = SERVICE.get(imported)
    assert SERVICE.exists(imported) and survivor is not None
    assert [e.value for e in survivor.emails] == ["kari@example.no"]


def test_undo_leaves_an_older_survivor_of_a_merge_alone(kari: int, tmp_path: Path) -> None:
    batch = _import(tmp_path, "k.vcf", vcard("Kari Nordmann", phone="+4791234567"), policy="new")
    imported = max(SERVICE.ids())
    merge(MergePlan(survivor=kari, others=[imported]))
    merged = book_snapshot()
    done = undo_import(batch)
    assert (done.trashed, done.kept_edited) == (0, 0)
    assert SERVICE.exists(kari) and book_snapshot() == merged


@pytest.mark.parametrize("how", ["empty trash", "30-day purge"])
def test_undo_after_ids_were_given_out_again_trashes_nothing_it_did_not_create(
    book: StoreInfo, tmp_path: Path, how: str
) -> None:
    batch = _people(tmp_path, "Ada Lovelace", "Per Hansen", "Ida Lie")
    imported = SERVICE.ids()
    SERVICE.delete(imported)
    if how == "empty trash":
        SERVICE.empty_trash()
    else:
        purge_expired(now=datetime.now(UTC) + timedelta(days=31))
    mine = [SERVICE.create(ContactData(given=n)) for n in ("Mine1", "Mine2", "Mine3")]
    assert sorted(mine) == sorted(imported)  # SQLite handed the same ids out again
    done = undo_import(batch)
    assert done.trashed == 0 and done.change.ids == ()
    assert _live_names() == ["Mine1", "Mine2", "Mine3"]


def test_purge_drops_the_ownership_rows_of_contacts_deleted_for_good(
    any_book: str, tmp_path: Path
) -> None:
    _people(tmp_path, "Ada Lovelace", "Per Hansen")
    SERVICE.delete([_id_of("Per Hansen")])
    SERVICE.empty_trash()
    rows = ImportItem.select(ImportItem.entity_id).where(ImportItem.entity == "contact")
    assert [r.entity_id for r in rows] == [_id_of("Ada Lovelace")]


@pytest.mark.parametrize("order", ["creator first", "merger first"])
def test_a_contact_one_import_created_and_another_merged_into_goes_in_either_order(
    any_book: str, tmp_path: Path, order: str
) -> None:
    created = _import(tmp_path, "a.vcf", vcard("Per Hansen", email="per@example.no"))
    card = vcard("Per Hansen", email="per@example.no", title="Boss")
    merged = _import(tmp_path, "b.vcf", card, policy="merge")
    if order == "creator first":
        assert undo_import(created).trashed == 1  # another import's addition is no edit
        assert undo_import(merged).reverted == 1
        (per,) = SERVICE.get_many(SERVICE.ids(trash=True))
        assert per.job_title == ""  # B's title is gone from Per in the Trash too
    else:
        assert undo_import(merged).reverted == 1
        done = undo_import(created)
        assert (done.trashed, done.kept_edited) == (1, 0)
    assert SERVICE.ids() == []


def test_the_import_records_what_it_owns_with_the_ids_the_database_gave(
    kari: int, tmp_path: Path
) -> None:
    SERVICE.delete([kari])
    SERVICE.empty_trash()  # id 1 is free again: the next insert takes it
    keep = SERVICE.create(ContactData(given="Kari", emails=[LabeledValue("kari@example.no")]))
    batch = _import(
        tmp_path,
        "in.vcf",
        vcard("Per Hansen", org="Hansen Bygg"),
        vcard("Kari X", email="kari@example.no", title="Nurse"),
        policy="merge",
    )
    i = ImportItem
    rows = (
        i.select(i.entity, i.entity_id, i.action, i.revision)
        .where(i.batch == batch)
        .order_by(i.entity, i.entity_id)
    )
    per = _id_of("Per Hansen")
    company = Company.select(Company.id).scalar()
    assert list(rows.tuples()) == [
        ("company", company, "created", 1),
        *sorted([("contact", per, "created", 1), ("contact", keep, "merged", 2)]),
    ]
    added = i.select(i.added).where((i.entity_id == keep) & (i.action == "merged")).scalar()
    assert '"job_title": "Nurse"' in added


def test_a_company_the_import_created_stays_if_used_or_edited_since(
    kari: int, tmp_path: Path
) -> None:
    from rolodex.services.companies import CompanyService

    cards = [vcard("Per Hansen", org="Hansen Bygg"), vcard("Ida Lie", org="Lie AS")]
    batch = _import(tmp_path, "in.vcf", *cards, vcard("Ola Dunk", org="Dunk AS"))
    companies = CompanyService()
    ids = {c.name: c.id for c in companies.list_companies()}
    detail = companies.get(ids["Lie AS"])
    assert detail is not None
    detail.data.phone = "+47 22 33 44 55"  # edited since
    companies.save(detail.data)
    contact = SERVICE.get(kari)
    assert contact is not None
    contact.company = "Hansen Bygg"  # Kari works there now
    SERVICE.save(contact)
    done = undo_import(batch)
    assert (done.trashed, done.companies_removed, done.companies_kept) == (3, 1, 2)
    assert [c.name for c in companies.list_companies()] == ["Hansen Bygg", "Lie AS"]


def test_the_result_reports_counts(kari: int, tmp_path: Path) -> None:
    batch = _import(tmp_path, "in.vcf", vcard("Per Hansen"))
    done = undo_import(batch)
    assert isinstance(done, ImportUndone)
    assert done.summary() == {
        "batch_id": batch,
        "trashed": 1,
        "kept_edited": 0,
        "reverted": 0,
        "kept_changes": 0,
        "companies_removed": 0,
        "companies_kept": 0,
    }


def _legacy_batch(kari: int) -> tuple[int, int]:
    """A batch as the version before ownership rows left it (after migration 4): created ids
    and companies as ranges, the merged contact's state before the merge, and one
    ``import_item`` per contact carrying the batch's number. Returns (batch, created id)."""
    from dataclasses import asdict

    started = (datetime.now(UTC) - timedelta(hours=1)).isoformat(timespec="seconds")
    before = SERVICE.get(kari)
    assert before is not None
    state = asdict(before)
    state.pop("photo")
    state["had_photo"] = False
    per = SERVICE.create(ContactData(given="Per", family="Hansen"))
    merged = SERVICE.get(kari)
    assert merged is not None
    merged.phones.append(Phone("+4791234567"))
    SERVICE.save(merged)
    undo = {"format": 1, "created": [[per, per + 5]], "companies": [], "merged": {kari: state}}
    batch = ImportBatch.insert(
        created_at=started, source="old.vcf", imported=1, merged=1, undo_data=json.dumps(undo)
    ).execute()
    Contact.update(import_batch=batch, created_at=started, updated_at=started).where(
        Contact.id == per
    ).execute()
    Contact.update(created_at="2020-01-01T00:00:00+00:00", updated_at=started, revision=1).where(
        Contact.id == kari
    ).execute()
    ImportItem.insert(
        batch=batch, entity="contact", entity_id=per, action="created", revision=1
    ).execute()
    return int(batch), per


def test_a_legacy_batch_trashes_only_its_own_contacts_and_restores_unchanged_merges(
    kari: int,
) -> None:
    before = book_snapshot()
    batch, per = _legacy_batch(kari)
    mine = SERVICE.create(ContactData(given="Mine"))  # inside the old id range
    assert per < mine <= per + 5
    done = undo_import(batch)
    assert (done.trashed, done.reverted, done.kept_changes) == (1, 1, 0)
    assert SERVICE.ids(trash=True) == [per]
    assert SERVICE.exists(mine)
    assert [c for c in book_snapshot() if c["given"] != "Mine"] == before


def test_a_legacy_batch_keeps_a_merged_contact_edited_since(kari: int) -> None:
    batch, _per = _legacy_batch(kari)
    contact = SERVICE.get(kari)
    assert contact is not None
    contact.job_title = "Nurse"
    SERVICE.save(contact)
    done = undo_import(batch)
    assert (done.reverted, done.kept_changes) == (0, 1)
    after = SERVICE.get(kari)
    assert after is not None and after.job_title == "Nurse" and len(after.phones) == 1


def test_a_card_merged_into_one_created_earlier_in_the_same_import_goes_with_it(
    any_book: str, tmp_path: Path
) -> None:
    same = [vcard("Per Hansen", email="per@example.no"), vcard("Per H", email="per@example.no")]
    batch = _import(tmp_path, "dup.vcf", *same, vcard("Ida Lie"), policy="merge")
    i = ImportItem
    actions = i.select(i.action, fn.COUNT(i.entity_id)).where(i.entity == "contact")
    assert list(actions.group_by(i.action).tuples()) == [("created", 2)]
    done = undo_import(batch)
    assert (done.trashed, done.kept_edited) == (2, 0)
    assert SERVICE.ids() == []
