"""The Backups dialog: lists backups with date, kind, size and contacts; Back up now; Restore…
asks first, restores, and says how to undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rolodex import paths
from rolodex.db import StoreInfo, close_store, open_store
from rolodex.models import Contact
from rolodex.safety import backups
from rolodex.ui.safety.backups_dialog import COL_CONTACTS, COL_KIND, BackupsDialog
from rolodex.ui.worker import wait_for_idle

NAMES = ("Ødegård", "Jonaitė", "Смирнова")


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Warnings the dialog shows (recorded instead of blocking the test in a modal box)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


@pytest.fixture
def filled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> Iterator[StoreInfo]:
    monkeypatch.setattr(paths, "_paths", None)
    paths.init(tmp_path / "data")
    info = open_store(tmp_path / "book.db")
    for name in NAMES:
        Contact.create(given=name, created_at="t", updated_at="t")
    yield info
    wait_for_idle()
    close_store()


def _dialog(qtbot: QtBot) -> BackupsDialog:
    dialog = BackupsDialog()
    qtbot.addWidget(dialog)
    return dialog


def test_back_up_now_lists_the_new_backup(
    qtbot: QtBot, filled: StoreInfo, qtmodeltester: ModelTester
) -> None:
    dialog = _dialog(qtbot)
    assert dialog.model.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.backed_up, timeout=10000):
        dialog.backup_button.click()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, COL_CONTACTS).data() == "3"
    assert dialog.model.index(0, COL_KIND).data() == "Manual"
    assert "3" in dialog.status.text()
    assert dialog.restore_button.isEnabled()


def test_restore_asks_then_restores_and_offers_undo(
    qtbot: QtBot, filled: StoreInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups.backup_before("import")
    Contact.delete().where(Contact.given == NAMES[0]).execute()
    dialog = _dialog(qtbot)
    assert dialog.model.index(0, COL_KIND).data() == "Before import"
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    with qtbot.waitSignal(dialog.restored, timeout=10000):
        dialog.restore_button.click()
    assert "3 contacts" in asked[0] and "undo" in asked[0]
    assert sorted(c.given for c in Contact.select()) == sorted(NAMES)
    kinds = [dialog.model.index(r, COL_KIND).data() for r in range(dialog.model.rowCount())]
    assert kinds == ["Before restore", "Before import"]
    assert "Before restore" in dialog.status.text()


def test_restore_cancelled_changes_nothing(
    qtbot: QtBot, filled: StoreInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups.backup_now()
    Contact.delete().execute()
    dialog = _dialog(qtbot)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    dialog.restore_button.click()
    wait_for_idle()
    assert Contact.select().count() == 0
    assert dialog.model.rowCount() == 1


def test_unavailable_backup_folder_is_explained(
    qtbot: QtBot, filled: StoreInfo, tmp_path: Path
) -> None:
    from rolodex.models import Setting

    Setting.create(key="backup_dir", value=str(tmp_path / "unplugged-stick"))
    dialog = _dialog(qtbot)
    assert "not available" in dialog.status.text()
    assert not dialog.restore_button.isEnabled()


def test_failed_restore_is_shown_and_changes_nothing(
    qtbot: QtBot, filled: StoreInfo, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    gone = backups.backup_now().path
    dialog = _dialog(qtbot)
    gone.unlink()  # e.g. deleted from the folder while the dialog was open
    Contact.delete().where(Contact.given == NAMES[0]).execute()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert warnings and "No such backup file" in warnings[0]
    assert Contact.select().count() == len(NAMES) - 1
    assert dialog.backup_button.isEnabled()  # the dialog keeps working


def test_backup_of_another_book_is_refused_in_one_line_unless_confirmed(
    qtbot: QtBot, filled: StoreInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    close_store()
    other = tmp_path / "other" / "book.db"
    other.parent.mkdir()
    open_store(other)
    Contact.create(given="Stranger", created_at="t", updated_at="t")
    foreign = backups.backup_now().path
    close_store()
    open_store(filled.path)
    misplaced = backups.backup_dir() / foreign.name  # e.g. copied there by hand
    misplaced.write_bytes(foreign.read_bytes())
    dialog = _dialog(qtbot)
    refusals: list[str] = []
    answer = QMessageBox.StandardButton.No

    def warn(_p: object, _t: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        refusals.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    wait_for_idle()
    assert "another book" in dialog.status.text() and "\n" not in dialog.status.text()
    assert str(other) in refusals[0]
    assert sorted(c.given for c in Contact.select()) == sorted(NAMES)
    answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.restored, timeout=10000):
        dialog.restore_button.click()
    assert [c.given for c in Contact.select()] == ["Stranger"]
