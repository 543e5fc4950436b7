"""Import history: batches listed, one-step undo of a batch off the UI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.services.changes import Change
from rolodex.services.contacts import ContactService
from rolodex.services.importing.service import run_import
from rolodex.ui.importing.history_dialog import ImportHistoryDialog

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{0}\r\nN:{0};;;;\r\nEND:VCARD\r\n"


@pytest.fixture
def imported(book: StoreInfo, tmp_path: Path) -> Path:
    path = tmp_path / "kontakter.vcf"
    path.write_text("".join(CARD.format(n) for n in ("Ødegård", "Jonaitė", "Смирнова")), "utf-8")
    run_import([path])
    return path


def test_undo_an_import(
    qtbot: QtBot, imported: Path, monkeypatch: pytest.MonkeyPatch, qtmodeltester: ModelTester
) -> None:
    service = ContactService()
    assert len(service.ids()) == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog = ImportHistoryDialog()
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "kontakter.vcf"
    assert dialog.model.index(0, 2).data() == "3"
    changes: list[Change] = []
    dialog.changed.connect(changes.append)
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        dialog.undo_button.click()
    assert service.ids() == []
    assert len(changes) == 1
    assert dialog.model.index(0, 5).data().startswith("Undone")
    assert not dialog.undo_button.isEnabled()


def test_answering_no_changes_nothing(
    qtbot: QtBot, imported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    dialog = ImportHistoryDialog()
    qtbot.addWidget(dialog)
    dialog.undo_button.click()
    assert not dialog.busy
    assert len(ContactService().ids()) == 3


def test_empty_history(qtbot: QtBot, book: StoreInfo) -> None:
    dialog = ImportHistoryDialog()
    qtbot.addWidget(dialog)
    assert dialog.status.text() == "Nothing has been imported yet."
    assert not dialog.undo_button.isEnabled()


def test_undo_says_which_contacts_were_kept_because_you_changed_them(
    qtbot: QtBot, imported: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    from rolodex.ui.app import install_translations

    service = ContactService()
    edited = service.get(service.ids()[0])
    assert edited is not None
    edited.job_title = "Lærer"
    service.save(edited)
    installed = install_translations(qapp)  # type: ignore[arg-type]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog = ImportHistoryDialog()
    qtbot.addWidget(dialog)
    try:
        with qtbot.waitSignal(dialog.changed, timeout=10000):
            dialog.undo_button.click()
        text = dialog.status.text()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)  # type: ignore[attr-defined]
    assert "2 contacts moved to the Trash" in text
    assert "1 contact you have edited since was kept." in text
    assert service.ids() == [edited.id]
