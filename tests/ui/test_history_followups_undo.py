"""History shows what was said (the notes) and what is still to do (open follow-ups), and
every write made there — logging, scheduling, Done — is undone by Ctrl+Z like any edit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import ActivityData, FollowUpData
from rolodex.ui.crm.actions import CrmActions
from rolodex.ui.timeline.view import TimelineWidget
from tests.services.crm_helpers import make_contact, oslo, oslo_clock


def history(qtbot: QtBot, services: CrmServices, contact_id: int) -> TimelineWidget:
    widget = TimelineWidget(services)
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    widget.show()
    widget.show_contact(contact_id, "Kari Nordmann")
    return widget


def rows(widget: TimelineWidget) -> list[str]:
    return [widget.model.index(r).data() for r in range(widget.model.rowCount())]


def followups(widget: TimelineWidget) -> list[str]:
    model = widget.followups.model
    return [model.index(r).data() for r in range(model.rowCount())]


def test_history_shows_the_notes_and_the_open_follow_ups(book: StoreInfo, qtbot: QtBot) -> None:
    services = CrmServices.create(oslo_clock(2026, 6, 10, 12, 0))
    kari = make_contact("Kari", "Nordmann")
    services.activities.log(
        ActivityData(
            contact_id=kari, kind="call", subject="Renewal", occurred_at=oslo(2026, 6, 9, 10),
            notes="Wants 20 licences.\nCall back after the board meeting.",
        )
    )  # fmt: skip
    services.followups.add(FollowUpData(contact_id=kari, due_date=date(2026, 6, 12),
                                        subject="Send the offer"))  # fmt: skip
    widget = history(qtbot, services, kari)
    lines = rows(widget)[0].splitlines()
    assert lines[1:] == ["Renewal", "Wants 20 licences.", "Call back after the board meeting."]
    assert widget.followups.isVisible()
    assert len(followups(widget)) == 1 and followups(widget)[0].endswith("· Send the offer")
    assert widget.followups.title.text() == "Open follow-ups: 1"


def test_done_in_history_is_undone_with_ctrl_z(book: StoreInfo, qtbot: QtBot) -> None:
    services = CrmServices.create(oslo_clock(2026, 6, 10, 12, 0))
    kari = make_contact("Kari", "Nordmann")
    services.followups.add(FollowUpData(contact_id=kari, due_date=date(2026, 6, 8),
                                        subject="Weekly check", recurrence="FREQ=WEEKLY"))  # fmt: skip
    widget = history(qtbot, services, kari)
    assert services.followups.count_overdue() == 1
    widget.followups.view.setCurrentIndex(widget.followups.model.index(0))
    with qtbot.waitSignal(widget.changed):
        qtbot.mouseClick(widget.followups.done_button, Qt.MouseButton.LeftButton)
    assert services.followups.count_overdue() == 0
    assert len(followups(widget)) == 1  # the next weekly one, not the done one
    assert [f.due_date for f in services.followups.for_contact(kari)] == [date(2026, 6, 15)]
    assert widget.undo_stack.undoText() == "Mark follow-up done"

    widget.undo_stack.undo()
    assert services.followups.count_overdue() == 1
    assert [f.subject for f in services.followups.for_contact(kari)] == ["Weekly check"]
    assert len(followups(widget)) == 1

    widget.undo_stack.redo()
    assert services.followups.count_overdue() == 0
    assert len(services.followups.for_contact(kari)) == 1


def test_logging_and_scheduling_from_history_are_undone(book: StoreInfo, qtbot: QtBot) -> None:
    services = CrmServices.create(oslo_clock(2026, 6, 10, 12, 0))
    kari = make_contact("Kari", "Nordmann")
    widget = history(qtbot, services, kari)
    dialog = widget.log_activity()
    assert dialog is not None
    dialog.subject_edit.setText("Asked about prices")
    dialog.notes_edit.setPlainText("Sent the price list.")
    dialog.save()  # the dialog now offers a follow-up
    qtbot.mouseClick(dialog.tomorrow_button, Qt.MouseButton.LeftButton)
    assert rows(widget)[0].splitlines()[1:] == ["Asked about prices", "Sent the price list."]
    assert followups(widget)[0].endswith("· Follow up: Asked about prices")
    assert widget.undo_stack.count() == 2

    widget.undo_stack.undo()  # the follow-up goes
    assert followups(widget) == [] and not widget.followups.view.isVisible()
    assert len(rows(widget)) == 1
    widget.undo_stack.undo()  # then the call
    assert rows(widget) == []
    widget.undo_stack.redo()
    widget.undo_stack.redo()
    assert len(rows(widget)) == 1 and len(followups(widget)) == 1

    add = widget.add_followup()
    assert add is not None
    add.subject_edit.setText("Visit")
    add.save()
    assert len(followups(widget)) == 2 and widget.undo_stack.undoText() == "Add follow-up"
    widget.undo_stack.undo()
    assert len(followups(widget)) == 1
    QApplication.processEvents()


def test_log_call_from_the_keyboard_is_undone_with_the_window_stack(
    book: StoreInfo, qtbot: QtBot
) -> None:
    services = CrmServices.create(oslo_clock(2026, 6, 10, 14, 0))
    kari = make_contact("Kari", "Nordmann")
    host = QWidget()
    qtbot.addWidget(host)
    stack = QUndoStack(host)
    actions = CrmActions(services, host, lambda: (kari, "Kari Nordmann"), stack)
    dialog = actions.open_log_call()
    assert dialog is not None
    qtbot.keyClicks(dialog.subject_edit, "Pricing")
    qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.next_week_button, Qt.Key.Key_Return)
    assert len(services.activities.timeline(kari)) == 1
    assert len(services.followups.for_contact(kari)) == 1
    stack.undo()
    stack.undo()
    assert services.activities.timeline(kari) == []
    assert services.followups.for_contact(kari) == []
    stack.redo()
    assert [a.subject for a in services.activities.timeline(kari)] == ["Pricing"]
