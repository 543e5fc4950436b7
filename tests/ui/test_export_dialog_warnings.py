"""The export dialog's summary lists every value left out because it could not be written."""

from __future__ import annotations

from pathlib import Path

import vobject
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.records import ContactData, ExtraProperty
from rolodex.services.contacts import ContactService
from rolodex.ui.export_dialog import ExportDialog


def test_the_summary_lists_what_was_left_out(qtbot: QtBot, book: StoreInfo, tmp_path: Path) -> None:
    service = ContactService()
    broken = ExtraProperty("PHOTO", "/9j/4AAQSkZJRgABAQAAA", {"ENCODING": ["b"]})
    service.create(ContactData(given="Åse", family="Berg", extras=[broken]))
    service.create(ContactData(given="Ida", extras=[ExtraProperty("END", "VCARD.")]))
    service.create(ContactData(given="Per"))
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "all.vcf"
    dialog.choose("all", "vcard4", out)
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.export_button.click()
    assert len(list(vobject.readComponents(out.read_text(encoding="utf-8")))) == 3
    status = dialog.status.text()
    assert "Exported 3 contact" in status and "2 value" in status
    assert "could not be written validly" in status
    assert dialog.left_out.isVisible()
    listed = dialog.left_out.toPlainText().splitlines()
    assert len(listed) == 2
    assert listed[0].startswith("Åse Berg (contact ") and "PHOTO data is damaged" in listed[0]
    assert listed[1].startswith("Ida (contact ") and "END is part of" in listed[1]


def test_no_list_when_nothing_was_left_out(qtbot: QtBot, book: StoreInfo, tmp_path: Path) -> None:
    ContactService().create(ContactData(given="Per", extras=[ExtraProperty("X-OK", "1")]))
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose("all", "vcard", tmp_path / "a.vcf")
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.export_button.click()
    assert dialog.left_out.isHidden() and "left out" not in dialog.status.text()
