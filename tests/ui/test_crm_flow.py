"""The CRM by keyboard: log a call from a selected contact (Ctrl+L, type, Enter), schedule a
follow-up from the offer, see it in Today, mark it done."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.services.crm.bundle import CrmServices
from rolodex.ui.crm.actions import CrmActions
from rolodex.ui.crm.activity_dialog import ActivityDialog
from rolodex.ui.crm.today import TodayView
from tests.services.crm_helpers import make_contact, oslo, oslo_clock


def test_log_call_by_keyboard_then_follow_up_in_today_and_done(
    book: StoreInfo, qtbot: QtBot
) -> None:
    clock = oslo_clock(2026, 6, 10, 14, 0)
    services = CrmServices.create(clock)
    ada = make_contact("Ada", "Lovelace")
    host = QWidget()
    qtbot.addWidget(host)
    actions = CrmActions(services, host, lambda: (ada, "Ada Lovelace"))
    host.show()
    host.activateWindow()
    qtbot.waitActive(host)

    with qtbot.waitSignal(actions.dialog_opened) as opened:
        # Through the QWindow, as a real key press travels: shortcuts are matched there.
        qtbot.keyClick(host.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, ActivityDialog)
    assert dialog.kind_combo.currentText() == "call"
    qtbot.keyClicks(dialog.subject_edit, "Pricing for Q3")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Return)
    logged = services.activities.timeline(ada)
    assert [(a.kind, a.subject, a.occurred_at) for a in logged] == [
        ("call", "Pricing for Q3", oslo(2026, 6, 10, 14, 0))
    ]

    assert dialog.pages.currentIndex() == 1 and dialog.isVisible()
    with qtbot.waitSignal(dialog.followup_scheduled):
        qtbot.keyClick(dialog.tomorrow_button, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    today = TodayView(services)
    qtbot.addWidget(today)
    upcoming = today.models["upcoming"]
    assert upcoming.rowCount() == 1
    assert upcoming.index(0, 1).data() == "Ada Lovelace"
    assert upcoming.index(0, 2).data() == "Follow up: Pricing for Q3"

    clock.advance(timedelta(days=1))
    today.refresh()
    assert today.models["today"].rowCount() == 1 and upcoming.rowCount() == 0
    today.select("today", 0)
    with qtbot.waitSignal(today.changed):
        today.done_action.trigger()
    assert today.models["today"].rowCount() == 0
    assert services.followups.open_items() == []
    assert services.followups.get(1).done_at == clock.now()
    assert services.followups.get(1).due_date == date(2026, 6, 11)
