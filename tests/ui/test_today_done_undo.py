"""Done in the Today view is undone by Ctrl+Z, like Done in History: the follow-up is open
again, back in its list, and the repeat it created is gone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import FollowUpData
from rolodex.ui.crm.today import TodayView
from tests.services.crm_helpers import make_contact, oslo_clock


def test_done_in_today_is_undone_with_ctrl_z(book: StoreInfo, qtbot: QtBot) -> None:
    services = CrmServices.create(oslo_clock(2026, 6, 10, 12, 0))
    kari = make_contact("Kari", "Nordmann")
    services.followups.add(FollowUpData(contact_id=kari, due_date=date(2026, 6, 8),
                                        subject="Weekly check", recurrence="FREQ=WEEKLY"))  # fmt: skip
    stack = QUndoStack()
    view = TodayView(services, undo_stack=stack)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    view.select("overdue", 0)
    with qtbot.waitSignal(view.changed):
        view.done_action.trigger()
    assert view.models["overdue"].rowCount() == 0
    assert [f.due_date for f in services.followups.for_contact(kari)] == [date(2026, 6, 15)]
    assert stack.undoText() == "Mark follow-up done"

    view.views["overdue"].setFocus()
    qtbot.keyClick(view.windowHandle(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.followups.count_overdue() == 1
    assert [f.subject for f in services.followups.for_contact(kari)] == ["Weekly check"]
    assert view.models["overdue"].rowCount() == 1  # back in its list at once

    stack.redo()
    assert services.followups.count_overdue() == 0
    assert view.models["overdue"].rowCount() == 0
