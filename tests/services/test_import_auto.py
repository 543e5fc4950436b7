"""The default import rule ("auto"): merge on UID/email/phone, add name-and-company look-alikes
as new contacts flagged for review, skip what is in the book already, and a second import of
the same file changes nothing."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from rolodex.exporters.vcard import contact_to_vcard
from rolodex.models import Contact, ImportBatch
from rolodex.records import Address, ContactData, LabeledValue, Phone
from rolodex.services.contacts import ContactService
from rolodex.services.importing.flags import possible_duplicates
from rolodex.services.importing.service import import_history, run_import, undo_import
from tests.services.transfer_helpers import book_snapshot, vcard, write_cards

CARDS = 3000
PEOPLE = 60  # name + company pairs the cards share (about 50 cards each)


def _generated_file(path: Path) -> Path:
    """3,000 cards from Faker where many share a name and company but have their own UID,
    email, phone and address (the file that lost 1,514 cards to the old rule)."""
    from faker import Faker

    fake = Faker("no_NO")
    fake.seed_instance(12)
    rng = random.Random(12)
    pairs = [(fake.first_name(), fake.last_name(), fake.company()) for _ in range(PEOPLE)]
    cards = []
    for i in range(CARDS):
        given, family, company = pairs[rng.randrange(PEOPLE)] if i % 2 else _own(fake)
        card = ContactData(
            uid=f"urn:uuid:gen-{i:05d}",
            given=given,
            family=family,
            company=company,
            emails=[LabeledValue(f"person{i}@{fake.domain_name()}", "work", True)],
            phones=[Phone(f"+47 9{i:07d}", "mobile", True)],
            addresses=[Address(street=fake.street_address(), city=fake.city(), pref=True)],
        )
        cards.append(contact_to_vcard(card))
    path.write_text("".join(cards), encoding="utf-8")
    return path


def _own(fake: object) -> tuple[str, str, str]:
    return (fake.first_name(), fake.last_name(), fake.company())  # type: ignore[attr-defined]


def _counts() -> tuple[int, int]:
    contacts = Contact.select().where(Contact.deleted_at.is_null()).count()
    return contacts, ImportBatch.select().count()


def test_three_thousand_different_people_sharing_names_are_all_kept(
    any_book: str, tmp_path: Path
) -> None:
    path = _generated_file(tmp_path / "people.vcf")
    result = run_import([path])
    assert (result.imported, result.merged, result.skipped) == (CARDS, 0, 0)
    assert result.flagged > CARDS // 3  # the look-alikes are flagged, not dropped
    flags = possible_duplicates(result.batch_id)
    assert len(flags) == result.flagged
    assert all(f.reason == "name" for f in flags)
    assert _counts() == (CARDS, 1)

    before = book_snapshot()
    again = run_import([path])
    assert (again.imported, again.merged, again.skipped) == (0, 0, CARDS)
    assert again.batch_id is None
    assert _counts() == (CARDS, 1)
    assert book_snapshot() == before


def test_a_strong_key_match_merges_without_overwriting(any_book: str, tmp_path: Path) -> None:
    anna = ContactService().create(
        ContactData(
            given="Anna",
            family="Berg",
            job_title="CEO",
            emails=[LabeledValue("anna@fjord.no", "work", True)],
        )
    )
    path = write_cards(
        tmp_path / "in.vcf",
        vcard("Anna Berg", email="ANNA@fjord.no", phone="+47 22 33 44 55", title="CTO"),
    )
    result = run_import([path])
    assert (result.imported, result.merged, result.skipped) == (0, 1, 0)
    merged = ContactService().get(anna)
    assert merged is not None
    assert merged.job_title == "CEO"
    assert [p.value for p in merged.phones] == ["+47 22 33 44 55"]
    assert "Job title: CTO" in merged.notes

    notes = merged.notes
    again = run_import([path])
    assert (again.imported, again.merged, again.skipped) == (0, 0, 1)
    assert ContactService().get(anna).notes == notes  # type: ignore[union-attr]


def test_a_name_and_company_look_alike_is_added_and_flagged_unless_identical(
    any_book: str, tmp_path: Path
) -> None:
    ola = ContactService().create(
        ContactData(given="Ola", family="Nordmann", company="Fjord AS", job_title="Sales")
    )
    path = write_cards(
        tmp_path / "in.vcf",
        vcard("Ola Nordmann", org="Fjord AS", email="ola.n@other.no"),
        vcard("Ola Nordmann", org="Fjord AS", title="Sales"),
    )
    result = run_import([path])
    assert (result.imported, result.merged, result.skipped, result.flagged) == (1, 0, 1, 1)
    assert result.skipped_cards[0].reason == "already in the book"
    (flag,) = possible_duplicates()
    assert flag.other_id == ola
    assert ContactService().get(flag.contact_id).emails[0].value == "ola.n@other.no"  # type: ignore[union-attr]


def test_undo_of_a_default_import_takes_out_merges_and_trashes_the_new(
    any_book: str, tmp_path: Path
) -> None:
    anna = ContactService().create(
        ContactData(given="Anna", family="Berg", company="Fjord AS",
                    emails=[LabeledValue("anna@fjord.no", "work", True)])
    )  # fmt: skip
    before = book_snapshot()
    path = write_cards(
        tmp_path / "in.vcf",
        vcard("Anna Berg", email="anna@fjord.no", phone="+47 22 33 44 55"),
        vcard("Anna Berg", org="Fjord AS", email="other.anna@fjord.no"),
    )
    result = run_import([path])
    assert (result.imported, result.merged, result.flagged) == (1, 1, 1)
    assert result.batch_id is not None
    done = undo_import(result.batch_id)
    assert (done.trashed, done.reverted) == (1, 1)
    assert book_snapshot() == before
    assert possible_duplicates() == []
    assert ContactService().get(anna) is not None
    assert import_history()[0].undone_at is not None


@pytest.mark.parametrize("policy", ["skip", "merge", "new"])
def test_the_old_policies_still_treat_every_match_alike(
    any_book: str, tmp_path: Path, policy: str
) -> None:
    ContactService().create(ContactData(given="Ola", family="Nordmann", company="Fjord AS"))
    path = write_cards(tmp_path / "in.vcf", vcard("Ola Nordmann", org="Fjord AS", title="X"))
    result = run_import([path], policy)
    expected = {"skip": (0, 0, 1), "merge": (0, 1, 0), "new": (1, 0, 0)}[policy]
    assert (result.imported, result.merged, result.skipped) == expected
    assert result.flagged == 0


def test_a_card_with_no_key_at_all_is_not_added_twice(any_book: str, tmp_path: Path) -> None:
    path = write_cards(tmp_path / "in.vcf", vcard("Per Hansen", title="Driver"), vcard("Kari Nord"))
    assert run_import([path]).imported == 2
    again = run_import([path])
    assert (again.imported, again.skipped) == (0, 2)
    assert _counts() == (2, 1)


def test_a_flag_survives_a_later_card_merging_into_the_flagged_contact(
    any_book: str, tmp_path: Path
) -> None:
    path = write_cards(
        tmp_path / "in.vcf",
        vcard("Ola Nordmann", org="Fjord AS", email="ola@fjord.no"),
        vcard("Ola Nordmann", org="Fjord AS", email="ola@bergen.no"),
        vcard("Ola Nordmann", email="ola@bergen.no", phone="+47 915 12 345"),
    )
    result = run_import([path])
    assert (result.imported, result.merged, result.flagged) == (2, 1, 1)
    (flag,) = possible_duplicates()
    merged = ContactService().get(flag.contact_id)
    assert merged is not None and [p.value for p in merged.phones] == ["+47 915 12 345"]
