"""The import dialog end to end against a real book: vCard, Cyrillic CSV through the column
mapping (remembered next time), preview counts, duplicate policy, Cancel, summary."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.records import ContactData, ImportIssue, LabeledValue
from rolodex.services.changes import Change
from rolodex.services.contacts import ContactService
from rolodex.services.importing.records import CardMatch
from rolodex.ui.importing.dialog import (
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RUNNING,
    PAGE_SUMMARY,
    ImportDialog,
)
from rolodex.ui.importing.models import MappingModel, PreviewModel
from rolodex.ui.worker import run_in_background, wait_for_idle

VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Bjørnstad;Åse;;;\r\nFN:Åse Bjørnstad\r\n"
    "EMAIL;TYPE=work:ase@fjord.no\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Žemaitytė;Rūta;;;\r\nFN:Rūta Žemaitytė\r\n"
    "TEL;TYPE=cell:+370 612 34567\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Иванов;Дмитрий;;;\r\nFN:Дмитрий Иванов\r\n"
    "EMAIL:dima@example.ru\r\nEND:VCARD\r\n"
)
CSV_RU = (
    "Имя;Фамилия;Должность;Телефон;Почта\r\n"
    "Дмитрий;Иванов;Директор;+7 495 123-45-67;dima@example.ru\r\n"
    "Анна;Петрова;Бухгалтер;+7 812 765-43-21;anna@example.ru\r\n"
)
RU_MAPPING = {0: "given", 1: "family", 2: "job_title", 3: "phone:work", 4: "email:work"}


@pytest.fixture
def vcf(tmp_path: Path) -> Path:
    path = tmp_path / "people.vcf"
    path.write_bytes(VCARDS.encode("utf-8"))
    return path


@pytest.fixture
def csv_ru(tmp_path: Path) -> Path:
    path = tmp_path / "контакты.csv"
    path.write_bytes(CSV_RU.encode("cp1251"))
    return path


def names(service: ContactService) -> set[str]:
    return {r.name for r in service.rows(service.ids())}


def make_dialog(qtbot: QtBot, *paths: Path) -> ImportDialog:
    dialog = ImportDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def go_to_preview(qtbot: QtBot, dialog: ImportDialog) -> None:
    with qtbot.waitSignal(dialog.preview_model.modelReset, timeout=10000):
        pass
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert dialog.pages.currentIndex() == PAGE_PREVIEW


def run_import(qtbot: QtBot, dialog: ImportDialog) -> None:
    with qtbot.waitSignal(dialog.imported, timeout=15000):
        dialog.import_button.click()
    assert dialog.pages.currentIndex() == PAGE_SUMMARY


def test_vcard_with_nordic_baltic_and_cyrillic_names(
    qtbot: QtBot, book: StoreInfo, vcf: Path
) -> None:
    service = ContactService()
    dialog = make_dialog(qtbot, vcf)
    changes: list[Change] = []
    dialog.changed.connect(changes.append)
    dialog.next_button.click()
    go_to_preview(qtbot, dialog)
    assert "New: 3" in dialog.preview_label.text()
    assert "Unreadable: 0" in dialog.preview_label.text()
    run_import(qtbot, dialog)
    assert names(service) == {"Åse Bjørnstad", "Rūta Žemaitytė", "Дмитрий Иванов"}
    assert "Imported: 3" in dialog.summary_label.text()
    assert dialog.result is not None and dialog.result.report_path is not None
    assert str(dialog.result.report_path) in dialog.report_label.text()
    assert [c.kind for c in changes] == ["imported"]


def test_cyrillic_csv_through_the_mapping_page(qtbot: QtBot, book: StoreInfo, csv_ru: Path) -> None:
    service = ContactService()
    dialog = make_dialog(qtbot, csv_ru)
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == PAGE_MAPPING
    model = dialog.mapping_page.model
    assert model.index(0, 0).data() == "Column 1: Имя"
    assert model.index(3, 1).data() == "+7 495 123-45-67 | +7 812 765-43-21"
    # issue 12: the Russian headers are recognised and the choice is shown, not hidden
    assert model.targets() == {0: "given", 1: "family", 2: "job_title", 3: "phone", 4: "email"}
    assert dialog.next_button.isEnabled()
    for column, target in RU_MAPPING.items():
        assert model.setData(model.index(column, 2), target)
    assert model.index(0, 2).data() == "Given name"
    assert dialog.next_button.isEnabled()
    dialog.next_button.click()
    go_to_preview(qtbot, dialog)
    assert "New: 2" in dialog.preview_label.text()
    run_import(qtbot, dialog)
    assert names(service) == {"Дмитрий Иванов", "Анна Петрова"}
    anna = service.get(service.ids(query="Петрова")[0])
    assert anna is not None
    assert (anna.job_title, anna.emails[0].value) == ("Бухгалтер", "anna@example.ru")

    again = make_dialog(qtbot, csv_ru)
    again.next_button.click()
    assert again.mapping_page.model.targets() == RU_MAPPING  # remembered for these headers


def test_matching_cards_are_counted_and_merged(qtbot: QtBot, book: StoreInfo, vcf: Path) -> None:
    service = ContactService()
    service.create(
        ContactData(given="Dmitry", family="Ivanov", emails=[LabeledValue("dima@example.ru")])
    )
    dialog = make_dialog(qtbot, vcf)
    dialog.next_button.click()
    go_to_preview(qtbot, dialog)
    assert "New: 2" in dialog.preview_label.text()
    assert "Matching a contact: 1" in dialog.preview_label.text()
    assert dialog.preview_model.rowCount() == 1
    assert dialog.preview_model.index(0, 2).data() == "Already in the book"
    dialog.choose_policy("merge")
    run_import(qtbot, dialog)
    assert "Merged: 1" in dialog.summary_label.text()
    assert len(service.ids()) == 3


def test_unreadable_file_is_reported_in_the_preview(
    qtbot: QtBot, book: StoreInfo, tmp_path: Path, vcf: Path
) -> None:
    broken = tmp_path / "broken.vcf"
    broken.write_bytes(b"\x00\x01 this is not a vCard\r\n")
    dialog = make_dialog(qtbot, vcf, broken)
    dialog.next_button.click()
    go_to_preview(qtbot, dialog)
    assert "New: 3" in dialog.preview_label.text()
    assert "Unreadable: 0" not in dialog.preview_label.text()
    found = {
        dialog.preview_model.index(r, 2).data() for r in range(dialog.preview_model.rowCount())
    }
    assert found == {"Unreadable"}


def test_cancel_leaves_the_book_as_it_was(qtbot: QtBot, book: StoreInfo, vcf: Path) -> None:
    service = ContactService()
    dialog = make_dialog(qtbot, vcf)
    dialog.next_button.click()
    go_to_preview(qtbot, dialog)
    gate = threading.Event()
    run_in_background(dialog, lambda _p, _c: gate.wait(10))  # the import queues behind it
    dialog.import_button.click()
    assert dialog.pages.currentIndex() == PAGE_RUNNING
    dialog.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_SUMMARY, timeout=10000)
    assert "cancelled" in dialog.summary_label.text()
    assert service.ids() == []
    assert wait_for_idle()


def test_models_pass_the_qt_model_tester(qtmodeltester: ModelTester) -> None:
    mapping = MappingModel()
    mapping.load(["Имя", "Почта"], [["Анна", "a@b.ru"], ["Ona"]], 2)
    mapping.set_targets({1: "email"})
    qtmodeltester.check(mapping)
    assert mapping.targets() == {1: "email"}
    assert not mapping.setData(mapping.index(0, 2), "no such field")
    preview = PreviewModel()
    preview.load(
        [ImportIssue("/x/a.vcf", 2, 14, "No END:VCARD")],
        [CardMatch("/x/a.vcf", 1, "Ona", 7, "Ona Jonaitė", "same email")],
    )
    qtmodeltester.check(preview)
    assert preview.index(0, 0).data() == "2 (line 14)"
    assert preview.index(1, 3).data() == "Ona matches Ona Jonaitė (same email)"


def test_csv_without_header_row(qtbot: QtBot, book: StoreInfo, tmp_path: Path) -> None:
    path = tmp_path / "no-header.csv"
    path.write_text("Šarūnas,Kazlauskas,sarunas@example.lt\nOna,Žukauskienė,ona@example.lt\n")
    dialog = make_dialog(qtbot, path)
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == PAGE_MAPPING
    if dialog.mapping_page.header_box.isChecked():
        dialog.mapping_page.header_box.setChecked(False)
    model = dialog.mapping_page.model
    assert model.index(0, 0).data() == "Column 1"
    assert model.index(0, 1).data() == "Šarūnas | Ona"
    model.set_targets({0: "given", 1: "family", 2: "email"})
    dialog.next_button.click()
    go_to_preview(qtbot, dialog)
    assert "New: 2" in dialog.preview_label.text()
    run_import(qtbot, dialog)
    assert names(ContactService()) == {"Šarūnas Kazlauskas", "Ona Žukauskienė"}


def test_an_import_that_only_skipped_says_nothing_was_imported(
    qtbot: QtBot, book: StoreInfo, vcf: Path
) -> None:
    from rolodex.services.importing.service import run_import as import_files

    import_files([vcf])
    dialog = make_dialog(qtbot, vcf)
    dialog.next_button.click()
    go_to_preview(qtbot, dialog)
    run_import(qtbot, dialog)
    text = dialog.summary_label.text()
    assert "Skipped: 3" in text
    assert "Nothing was imported or merged: every card was already in the book." in text


NORDIC_CSV = (
    "Fornavn;Etternavn;Bedrift;E-post;Mobil;Poststed;Kontakt\r\n"
    "Øystein;Ødegård;Fjordkraft AS;oystein@fjordkraft.example;915 12 345;Tromsø;x@y.no\r\n"
    "Kari;Nordmann;Nordmann AS;kari@nordmann.example;+47 41 23 45 67;Bærum;z@y.no\r\n"
)


def test_mapping_combos_are_always_visible_and_preview_lists_the_contacts(
    qtbot: QtBot, book: StoreInfo, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QComboBox

    path = tmp_path / "kunder.csv"
    path.write_text(NORDIC_CSV, "utf-8")
    dialog = make_dialog(qtbot, path)
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == PAGE_MAPPING
    page = dialog.mapping_page
    combos = [page.combo(column) for column in range(7)]
    assert all(isinstance(c, QComboBox) and c.isVisible() for c in combos)  # no double-click
    chosen = [c.currentData() for c in combos if isinstance(c, QComboBox)]
    assert chosen == ["given", "family", "company", "email", "phone:mobile", "city", "email"]
    last = combos[6]
    assert isinstance(last, QComboBox)
    last.setCurrentIndex(last.findData("ignore"))  # the user's choice goes to the mapping
    assert 6 not in page.model.targets()
    dialog.next_button.click()
    go_to_preview(qtbot, dialog)
    shown = dialog.contacts_model
    rows = [[shown.index(r, c).data() for c in range(5)] for r in range(shown.rowCount())]
    assert rows == [
        ["Øystein Ødegård", "Fjordkraft AS", "oystein@fjordkraft.example", "915 12 345", "Tromsø"],
        ["Kari Nordmann", "Nordmann AS", "kari@nordmann.example", "+47 41 23 45 67", "Bærum"],
    ]
    assert dialog.contacts_view.isVisible()


def test_preview_lists_the_contacts_of_a_vcard_file_too(
    qtbot: QtBot, book: StoreInfo, vcf: Path
) -> None:
    dialog = make_dialog(qtbot, vcf)
    dialog.next_button.click()
    go_to_preview(qtbot, dialog)
    names_shown = [dialog.contacts_model.index(r, 0).data() for r in range(3)]
    assert names_shown == ["Åse Bjørnstad", "Rūta Žemaitytė", "Дмитрий Иванов"]


def test_contact_preview_model_passes_the_qt_model_tester(qtmodeltester: ModelTester) -> None:
    from rolodex.ui.importing.preview import ContactPreviewModel

    model = ContactPreviewModel()
    model.load(
        [ContactData(given="Ona", company="Ūkis"), ContactData(emails=[LabeledValue("a@b.lt")])]
    )
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "a@b.lt"  # a card with no name shows its email


def test_every_target_field_title_is_offered_for_translation() -> None:
    from rolodex.importers.csv_mapping import TARGET_FIELDS
    from rolodex.ui.importing.fields import FIELD_TITLES

    assert list(FIELD_TITLES) == [title for _name, title in TARGET_FIELDS]


def test_by_default_a_namesake_is_added_and_marked_for_review(
    qtbot: QtBot, book: StoreInfo, tmp_path: Path
) -> None:
    service = ContactService()
    service.create(ContactData(given="Ola", family="Nordmann", company="Fjord AS",
                               emails=[LabeledValue("ola@fjord.no")]))  # fmt: skip
    path = tmp_path / "ola.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Nordmann;Ola;;;\r\nFN:Ola Nordmann\r\nORG:Fjord AS\r\n"
        "EMAIL:ola.nordmann@bergen.no\r\nEND:VCARD\r\n",
        "utf-8",
    )
    dialog = make_dialog(qtbot, path)
    dialog.next_button.click()
    go_to_preview(qtbot, dialog)
    assert dialog.policy() == "auto"  # the user changes nothing
    preview = dialog.preview_label.text()
    assert "Matching a contact on name and company only: 1 card" in preview
    run_import(qtbot, dialog)
    text = dialog.summary_label.text()
    assert "Imported: 1" in text and "Skipped: 0" in text
    assert "Added as new contacts, to review in Find duplicates: 1 card" in text
    assert len(service.ids(query="Nordmann")) == 2


def test_the_summary_says_when_no_new_backup_was_needed(qtbot: QtBot, book: StoreInfo) -> None:
    from datetime import UTC, datetime

    from rolodex.safety.backups import BackupInfo
    from rolodex.services.importing.records import ImportResult
    from rolodex.ui.importing.notes import ImportNotes

    backup = BackupInfo(
        Path("b.db"), datetime(2026, 5, 1, 9, 30, tzinfo=UTC), "x", 1, 1, None, True
    )
    result = ImportResult(files=[], policy="auto", before_write=[backup])
    (line,) = ImportNotes().summary(result)
    assert line.startswith("No new backup was needed: the book has not changed since")
