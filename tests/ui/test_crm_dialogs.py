"""The log-activity and follow-up dialogs: defaults, refusals shown in place, repeats."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.services.crm.bundle import CrmServices
from rolodex.ui.crm.activity_dialog import ActivityDialog
from rolodex.ui.crm.followup_dialog import FollowUpDialog
from tests.services.crm_helpers import make_contact, oslo, oslo_clock


def test_activity_dialog_defaults_to_now_and_saves_everything(
    book: StoreInfo, qtbot: QtBot
) -> None:
    services = CrmServices.create(oslo_clock(2026, 3, 29, 10, 15))
    ada = make_contact("Ada", company="Engines Ltd")
    dialog = ActivityDialog(services, ada, "Ada", kind="meeting")
    qtbot.addWidget(dialog)
    assert dialog.when_edit.dateTime().time() == QTime(10, 15)
    assert dialog.company_check.isChecked()
    dialog.kind_combo.setCurrentText("Site visit")
    dialog.duration_spin.setValue(90)
    dialog.subject_edit.setText("Fabrikk i Ålesund")
    dialog.notes_edit.setPlainText("Møte med innkjøp")
    dialog.outcome_edit.setText("Order likely")
    dialog.show()
    qtbot.waitActive(dialog)
    dialog.notes_edit.setFocus()
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(
            dialog.windowHandle(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    assert dialog.notes_edit.toPlainText() == "Møte med innkjøp"
    [saved] = services.activities.timeline(ada)
    assert (saved.kind, saved.duration_minutes, saved.subject, saved.notes, saved.outcome) == (
        "site visit",
        90,
        "Fabrikk i Ålesund",
        "Møte med innkjøp",
        "Order likely",
    )
    assert saved.occurred_at == oslo(2026, 3, 29, 10, 15)
    assert saved.company_id == services.activities.company_of(ada)
    assert dialog.pages.currentIndex() == 1


def test_activity_dialog_shows_a_refusal_and_stays_open(book: StoreInfo, qtbot: QtBot) -> None:
    services = CrmServices.create(oslo_clock(2026, 3, 29, 10, 15))
    dialog = ActivityDialog(services, make_contact("Ada"), "Ada")
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentText("   ")
    dialog.save()
    assert not dialog.error_label.isHidden() and "kind" in dialog.error_label.text()
    assert dialog.pages.currentIndex() == 0


def test_follow_up_dialog_with_time_and_repeat(book: StoreInfo, qtbot: QtBot) -> None:
    services = CrmServices.create(oslo_clock(2026, 3, 27, 16, 0))
    ada = make_contact("Ada")
    dialog = FollowUpDialog(services, ada, "Ada")
    qtbot.addWidget(dialog)
    assert dialog.date_edit.date() == QDate(2026, 3, 28)
    assert not dialog.time_check.isChecked()
    dialog.time_check.setChecked(True)
    dialog.time_edit.setTime(QTime(9, 0))
    dialog.repeat_combo.setCurrentIndex(2)
    dialog.every_spin.setValue(2)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.subject_edit, "Status call")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Return)
    [item] = services.followups.open_items()
    assert (item.due_date, item.due_time, item.subject) == (
        date(2026, 3, 28),
        time(9, 0),
        "Status call",
    )
    assert item.recurrence == "FREQ=WEEKLY;INTERVAL=2"

    edit = FollowUpDialog(services, ada, "Ada", item)
    qtbot.addWidget(edit)
    assert edit.repeat_combo.currentIndex() == 2 and edit.every_spin.value() == 2
    assert edit.time_edit.time() == QTime(9, 0)
