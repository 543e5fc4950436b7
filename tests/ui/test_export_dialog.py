"""The export dialog end to end: scope, format, one file or one per contact, off-thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.records import ContactData, LabeledValue
from rolodex.services.contacts import ContactService
from rolodex.ui.export_dialog import ExportDialog
from rolodex.ui.worker import run_in_background, wait_for_idle

PEOPLE = [
    ("Åse", "Bjørnstad", ["Kunder"]),
    ("Rūta", "Žemaitytė", ["Klientai"]),
    ("Дмитрий", "Иванов", ["Партнёры", "Kunder"]),
]


@pytest.fixture
def service(book: StoreInfo) -> ContactService:
    service = ContactService()
    for given, family, tags in PEOPLE:
        email = f"{len(given)}{len(family)}@example.org"
        service.create(
            ContactData(given=given, family=family, tags=tags, emails=[LabeledValue(email)])
        )
    return service


def export(qtbot: QtBot, dialog: ExportDialog) -> None:
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.export_button.click()


def make_dialog(qtbot: QtBot, service: ContactService, **kwargs: object) -> ExportDialog:
    tags = [t for t, _ in service.tag_counts()]
    dialog = ExportDialog(tags=tags, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_everything_to_one_vcard(qtbot: QtBot, service: ContactService, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, service)
    out = tmp_path / "all.vcf"
    dialog.choose("all", "vcard", out)
    export(qtbot, dialog)
    text = out.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD") == 3
    assert "FN:Дмитрий Иванов" in text and "\r\n" in text
    assert "Exported 3 contact" in dialog.status.text()
    assert dialog.close_button.isVisible()


def test_a_tag_as_outlook_csv(qtbot: QtBot, service: ContactService, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, service)
    out = tmp_path / "kunder.csv"
    dialog.tag_combo.setCurrentText("Kunder")
    dialog.choose("tag", "csv-outlook", out)
    assert not dialog.per_contact_box.isEnabled()
    export(qtbot, dialog)
    text = out.read_bytes().decode("utf-8-sig")
    assert "Bjørnstad" in text and "Иванов" in text and "Žemaitytė" not in text


def test_selection_one_file_per_contact(
    qtbot: QtBot, service: ContactService, tmp_path: Path
) -> None:
    first, second, _ = service.ids(sort="name")
    dialog = make_dialog(qtbot, service, selection=[first, second])
    folder = tmp_path / "cards"
    dialog.choose("selection", "vcard4", folder)
    dialog.per_contact_box.setChecked(True)
    export(qtbot, dialog)
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 2
    assert all(f.endswith(".vcf") for f in files)
    assert "VERSION:4.0" in (folder / files[0]).read_text(encoding="utf-8")


def test_current_search_scope(qtbot: QtBot, service: ContactService, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, service, query="Žemaitytė")
    assert dialog.scope_group.checkedId() == 2
    assert not dialog.scope_group.button(0).isEnabled()  # nothing selected
    out = tmp_path / "found.vcf"
    dialog.path_edit.setText(str(out))
    export(qtbot, dialog)
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 1


def test_cancel_writes_no_file(qtbot: QtBot, service: ContactService, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, service)
    out = tmp_path / "never.vcf"
    dialog.choose("all", "vcard", out)
    gate = threading.Event()
    run_in_background(dialog, lambda _p, _c: gate.wait(10))  # the export queues behind it
    dialog.export_button.click()
    assert dialog.busy and not dialog.export_button.isEnabled()
    dialog.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert "cancelled" in dialog.status.text()
    assert not out.exists()
    assert wait_for_idle()
