"""The import service: preview, the three duplicate policies, reports and unreadable input."""

from __future__ import annotations

from pathlib import Path

import pytest

from rolodex.records import ContactData, LabeledValue, Phone
from rolodex.services.contacts import ContactService
from rolodex.services.importing.service import preview_import, run_import
from tests.services.transfer_helpers import TRANSFER_DATA, names, vcard, write_cards


@pytest.fixture
def anna(any_book: str) -> int:
    """A contact already in the book."""
    return ContactService().create(
        ContactData(
            given="Anna",
            family="Berg",
            company="Fjord AS",
            emails=[LabeledValue("anna@fjord.no", "work", pref=True)],
            phones=[Phone("+47 22 33 44 55", "work")],
        )
    )


def test_preview_counts_new_matching_and_unreadable_without_writing(
    anna: int, tmp_path: Path
) -> None:
    path = write_cards(
        tmp_path / "in.vcf",
        vcard("Anna B", email="ANNA@fjord.no"),
        vcard("Ola Nordmann", email="ola@example.no"),
        "BEGIN:VCARD\r\nVERSION:3.0\r\nthis line is no property\r\nEND:VCARD\r\n",
    )
    preview = preview_import([path, tmp_path / "missing.vcf"])
    assert (preview.new, preview.matching) == (1, 1)
    match = preview.matches[0]
    assert (match.contact_id, match.contact_name, match.reason) == (anna, "Anna Berg", "same email")
    assert [(Path(i.file).name, i.card) for i in preview.issues] == [
        ("in.vcf", 3),
        ("missing.vcf", 0),
    ]
    assert names() == ["Anna Berg"]


def test_skip_leaves_matching_contacts_alone_and_reports_why(anna: int, tmp_path: Path) -> None:
    path = write_cards(
        tmp_path / "in.vcf",
        vcard("Anna Berg", phone="+4722334455", title="CEO"),
        vcard("Anna Berg", org="Fjord AS"),
        vcard("Per Hansen"),
    )
    report = tmp_path / "report.txt"
    result = run_import([path], "skip", report_path=report)
    assert (result.imported, result.merged, result.skipped) == (1, 0, 2)
    assert [m.reason for m in result.skipped_cards] == [
        "same phone number",
        "same name and company",
    ]
    assert names() == ["Anna Berg", "Per Hansen"]
    assert ContactService().get(anna).job_title == ""  # type: ignore[union-attr]
    text = report.read_text(encoding="utf-8")
    assert "Skipped: 2" in text and "same phone number as Anna Berg" in text


def test_same_uid_matches_before_anything_else(any_book: str, tmp_path: Path) -> None:
    first = write_cards(tmp_path / "a.vcf", vcard("Old Name", uid="urn:uuid:1234"))
    run_import([first])
    second = write_cards(tmp_path / "b.vcf", vcard("New Name", uid="urn:uuid:1234"))
    result = run_import([second], "skip")
    assert result.skipped_cards[0].reason == "same UID"


def test_merge_fills_empty_fields_adds_values_and_keeps_conflicts_in_notes(
    anna: int, tmp_path: Path
) -> None:
    path = write_cards(
        tmp_path / "in.vcf",
        vcard("Anna Berg", email="anna@fjord.no", phone="+4791234567", title="CEO", org="Other AS"),
    )
    result = run_import([path], "merge")
    assert (result.imported, result.merged) == (0, 1)
    merged = ContactService().get(anna)
    assert merged is not None
    assert merged.job_title == "CEO"
    assert merged.company == "Fjord AS"  # kept, not overwritten
    assert "Company: Other AS" in merged.notes
    assert [e.value for e in merged.emails] == ["anna@fjord.no"]
    assert [p.e164 for p in merged.phones] == ["+4722334455", "+4791234567"]
    assert [(c.field, c.kept, c.incoming) for c in result.conflicts] == [
        ("company", "Fjord AS", "Other AS")
    ]


def test_merge_keeps_logged_activities_and_last_contacted(anna: int, tmp_path: Path) -> None:
    from rolodex.models import Activity, Contact

    at = "2026-01-01T10:00:00+00:00"
    Activity.insert(contact=anna, kind="call", occurred_at=at, created_at=at).execute()
    Contact.update(last_contacted="2026-01-01").where(Contact.id == anna).execute()
    run_import(
        [write_cards(tmp_path / "in.vcf", vcard("Anna Berg", org="Fjord AS", title="CTO"))], "merge"
    )
    assert Activity.select().count() == 1
    assert Contact.get_by_id(anna).last_contacted == "2026-01-01"


def test_new_policy_adds_duplicates_anyway(anna: int, tmp_path: Path) -> None:
    path = write_cards(tmp_path / "in.vcf", vcard("Anna Berg", email="anna@fjord.no"))
    result = run_import([path], "new")
    assert result.imported == 1
    assert names() == ["Anna Berg", "Anna Berg"]


def test_the_same_person_twice_in_one_file_is_matched_against_itself(
    any_book: str, tmp_path: Path
) -> None:
    path = write_cards(
        tmp_path / "in.vcf",
        vcard("Ola Nordmann", email="ola@example.no"),
        vcard("Ola Nordmann", email="ola@example.no", title="Driver"),
    )
    result = run_import([path], "merge")
    assert (result.imported, result.merged) == (1, 1)
    (ola,) = ContactService().get_many(ContactService().ids())
    assert ola.job_title == "Driver"


def test_unreadable_files_are_errors_and_good_files_still_import(
    any_book: str, tmp_path: Path
) -> None:
    good = write_cards(tmp_path / "good.vcf", vcard("Per Hansen"))
    notes = tmp_path / "notes.md"
    notes.write_text("# Not contacts\nBEGIN:VCARD appears only in prose here\n", encoding="utf-8")
    result = run_import([tmp_path / "missing.vcf", notes, good, tmp_path])
    assert result.imported == 1
    messages = {Path(e.file).name: e.message for e in result.errors}
    assert messages["missing.vcf"] == "File not found."
    assert "Not a contact file" in messages["notes.md"]
    assert "folder" in messages[tmp_path.name]


def test_one_bad_card_is_reported_with_its_number_and_the_rest_imported(
    any_book: str, tmp_path: Path
) -> None:
    path = write_cards(
        tmp_path / "in.vcf",
        vcard("Per Hansen"),
        "BEGIN:VCARD\r\nVERSION:3.0\r\nthis line is no property\r\nEND:VCARD\r\n",
        vcard("Kari Nordmann"),
    )
    result = run_import([path])
    assert result.imported == 2
    assert [(e.card, e.line) for e in result.errors] == [(2, 6)]  # where the card begins


def test_csv_with_a_column_mapping(any_book: str, tmp_path: Path) -> None:
    from rolodex.importers.csv_mapping import parse_map_arg

    path = tmp_path / "people.csv"
    path.write_text(
        "Šarūnas;Petraitis;sarunas@example.lt\nДмитрий;Иванов;dima@example.ru\n", "utf-8"
    )
    mapping = parse_map_arg("0=given,1=family,2=email,header=no")
    result = run_import([path], mapping=mapping)
    assert result.imported == 2
    assert names() == ["Šarūnas Petraitis", "Дмитрий Иванов"]


def test_real_sample_files_import_with_their_names_decoded(any_book: str) -> None:
    files = sorted(TRANSFER_DATA.glob("*.vcf")) + [TRANSFER_DATA / "export.csv"]
    result = run_import(files, "new")
    assert result.errors == []
    assert result.imported >= len(files)
    imported = names()
    for name in (
        "Mr. John Richter James Doe Sr.",  # Android and Outlook
        "Віталій Володимирович Кличко",  # Windows-1251
        "安藤ロイド",  # Shift_JIS
        "Folker Kinzel",  # UTF-16 with BOM
        "john.doe@company.com",  # Thunderbird CSV: no name, so the email shows
    ):
        assert name in imported


def test_dry_run_counts_but_writes_nothing(anna: int, tmp_path: Path) -> None:
    path = write_cards(tmp_path / "in.vcf", vcard("Per Hansen"), vcard("Anna Berg", org="Fjord AS"))
    result = run_import([path], "skip", dry_run=True)
    assert (result.imported, result.skipped, result.batch_id) == (1, 1, None)
    assert result.report_path is None
    assert names() == ["Anna Berg"]


def test_same_name_without_company_is_not_a_match(any_book: str, tmp_path: Path) -> None:
    path = write_cards(
        tmp_path / "in.vcf",
        vcard("Ivan Petrov", email="ivan@one.ru"),
        vcard("Ivan Petrov", email="ivan@two.ru"),
    )
    assert run_import([path]).imported == 2


def test_preview_counts_a_repeated_card_as_matching_an_earlier_one(
    any_book: str, tmp_path: Path
) -> None:
    card = vcard("Ola Nordmann", phone="+47 912 34 567")
    preview = preview_import([write_cards(tmp_path / "in.vcf", card, card)])
    assert (preview.new, preview.matching) == (1, 1)
    assert preview.matches[0].contact_id is None
    assert preview.matches[0].describe() == (
        "Ola Nordmann: same phone number as a card earlier in this import"
    )


def test_a_national_number_matches_the_same_number_stored_internationally(
    anna: int, tmp_path: Path
) -> None:
    from rolodex.services import prefs

    prefs.put(prefs.PHONE_REGION, "NO")
    result = run_import(
        [write_cards(tmp_path / "in.vcf", vcard("A B", phone="22 33 44 55"))], "skip"
    )
    assert [(m.contact_id, m.reason) for m in result.skipped_cards] == [(anna, "same phone number")]


def test_a_broken_photo_imports_the_card_and_says_so(book, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil
    from pathlib import Path

    from rolodex.services.importing.service import run_import

    source = Path(__file__).parents[1] / "data" / "vcard" / "v21_malformed_photo.vcf"
    card = tmp_path / "photo.vcf"
    shutil.copy(source, card)
    result = run_import([card], "new", report_path=tmp_path / "report.txt")
    assert result.imported == 1 and result.errors == []
    assert [(w.card, "photo" in w.message) for w in result.warnings] == [(1, True)]
    assert "Imported, with a problem" in (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert result.summary()["warnings"][0]["card"] == 1
