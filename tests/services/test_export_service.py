"""The export service: formats, selections, per-contact files, atomic writes, cancel, and the
import → export → import round trip on real files."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from rolodex.db import StoreInfo, close_store, open_store
from rolodex.records import ContactData, LabeledValue
from rolodex.services.contacts import ContactService
from rolodex.services.exporting import (
    ExportError,
    export_contacts,
    format_for_path,
    safe_file_name,
)
from rolodex.services.importing.service import run_import
from tests.exporters.roundtrip import assert_same_but_left_out
from tests.pending import with_contacts
from tests.services.transfer_helpers import TRANSFER_DATA, book_snapshot


@pytest.fixture
def people(any_book: str) -> list[int]:
    """Four contacts in a book on either backend (a file, then PostgreSQL)."""
    service = ContactService()
    return [
        service.create(ContactData(given="Šarūnas", family="Petraitis", tags=["lt"])),
        service.create(
            ContactData(given="Дмитрий", family="Иванов", emails=[LabeledValue("d@ex.ru")])
        ),
        service.create(ContactData(display_name="A/B: C?", notes="=HYPERLINK(1)")),
        service.create(ContactData(display_name="a/b: c?")),
    ]


@with_contacts
def test_vcard_export_writes_every_chosen_contact_as_utf8_crlf(
    people: list[int], tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "all.vcf"
    result = export_contacts(ContactService().ids(), out)
    assert (result.count, result.paths) == (4, [out])
    data = out.read_bytes()
    assert data.count(b"BEGIN:VCARD") == 4
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert "Šarūnas".encode() in data and b"VERSION:3.0" in data
    assert list(out.parent.iterdir()) == [out]  # no temp file left behind


@with_contacts
def test_vcard4_export_of_a_tag(people: list[int], tmp_path: Path) -> None:
    out = tmp_path / "lt.vcf"
    result = export_contacts(ContactService().ids(tag="lt"), out, "vcard4")
    assert result.count == 1
    assert b"VERSION:4.0" in out.read_bytes()


@with_contacts
def test_google_csv_opens_in_excel_and_neutralises_formulas(
    people: list[int], tmp_path: Path
) -> None:
    out = tmp_path / "all.csv"
    export_contacts(ContactService().ids(), out, "csv-google")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "Дмитрий" in text
    assert ",=HYPERLINK" not in text and '"=HYPERLINK' not in text


@with_contacts
def test_outlook_csv_has_outlook_headers(people: list[int], tmp_path: Path) -> None:
    out = tmp_path / "outlook.csv"
    export_contacts(ContactService().ids(), out, "csv-outlook")
    assert out.read_text(encoding="utf-8-sig").startswith("Title,First Name")


@with_contacts
def test_one_file_per_contact_uses_safe_distinct_names(people: list[int], tmp_path: Path) -> None:
    folder = tmp_path / "cards"
    result = export_contacts(ContactService().ids(), folder, one_file_per_contact=True)
    files = {p.name.casefold() for p in folder.iterdir()}
    assert result.count == 4
    assert files == {
        "a_b_ c_.vcf",
        "a_b_ c_ (2).vcf",
        "šarūnas petraitis.vcf",
        "дмитрий иванов.vcf",
    }


@with_contacts
def test_csv_cannot_be_split_per_contact(people: list[int], tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="only possible for vCard"):
        export_contacts(ContactService().ids(), tmp_path / "x", "csv-google", True)


@with_contacts
def test_cancel_leaves_no_file_and_keeps_an_older_export(people: list[int], tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "all.vcf"
    out.write_bytes(b"older export")
    asked = itertools.count()
    result = export_contacts(ContactService().ids(), out, cancelled=lambda: next(asked) >= 2)
    assert result.cancelled
    assert out.read_bytes() == b"older export"
    assert list(out.parent.iterdir()) == [out]


@with_contacts
def test_cancel_removes_per_contact_files_already_written(
    people: list[int], tmp_path: Path
) -> None:
    folder = tmp_path / "cards"
    asked = itertools.count()
    ids = ContactService().ids()
    result = export_contacts(
        ids, folder, one_file_per_contact=True, cancelled=lambda: next(asked) >= 2
    )
    assert result.cancelled
    assert list(folder.iterdir()) == []


@with_contacts
def test_unknown_format_and_missing_folder_are_clear_errors(
    people: list[int], tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match="Unknown export format"):
        export_contacts([], tmp_path / "a.x", "ldif")
    with pytest.raises(ExportError, match="does not exist"):
        export_contacts([], tmp_path / "no" / "a.vcf")


def test_format_follows_the_file_name() -> None:
    assert format_for_path("a.CSV") == "csv-google"
    assert format_for_path("a.vcf") == "vcard"


def test_safe_file_names() -> None:
    taken: set[str] = set()
    assert safe_file_name("CON", taken, "x") == "_CON"
    assert safe_file_name(" . ", taken, "contact-7") == "contact-7"
    long = safe_file_name("ž" * 200, taken, "x")
    assert len(long.encode()) <= 120 and set(long) == {"ž"}


@pytest.mark.parametrize("fmt", ["vcard", "vcard4"])
def test_import_export_import_changes_nothing(tmp_path: Path, fmt: str) -> None:
    files = sorted(TRANSFER_DATA.glob("*.vcf"))
    open_store(tmp_path / "first.db")
    run_import(files, "new")
    first = book_snapshot()
    out = tmp_path / "out.vcf"
    exported = export_contacts(ContactService().ids(), out, fmt)
    close_store()
    open_store(tmp_path / "second.db")
    try:
        result = run_import([out], "new")
        assert result.errors == []
        assert_same_but_left_out(first, book_snapshot(), exported.warnings)
        assert exported.warning_counts() == {"base64": 1}  # John_Doe_ANDROID's broken photo
        assert any(c["extras"] for c in first)  # unmodelled properties made the trip
        assert any(c["photo"] for c in first)
    finally:
        close_store()


def test_reimporting_an_export_into_the_same_book_adds_nothing(
    tmp_path: Path, book: StoreInfo
) -> None:
    run_import(sorted(TRANSFER_DATA.glob("*.vcf")), "new")
    before = book_snapshot()
    out = tmp_path / "out.vcf"
    export_contacts(ContactService().ids(), out)
    for policy in ("skip", "merge"):
        result = run_import([out], policy)
        assert result.imported == 0
        assert book_snapshot() == before
