"""The Today view: its four lists and the actions on a row (snooze, pick a date, open contact,
log call, keep-in-touch rows)."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.services.crm import cadence
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.followups import Snooze
from rolodex.services.crm.records import FollowUpData
from rolodex.ui.crm.today import TodayView
from tests.services.crm_helpers import make_contact, oslo_clock


def counts(view: TodayView) -> dict[str, int]:
    return {key: model.rowCount() for key, model in view.models.items()}


def test_sections_snooze_and_pick_a_date(book: StoreInfo, qtbot: QtBot) -> None:
    services = CrmServices.create(oslo_clock(2026, 6, 10, 12, 0))
    ada = make_contact("Ada", "Lovelace")
    services.followups.add(
        FollowUpData(contact_id=ada, due_date=date(2026, 6, 9), subject="Late", priority=1)
    )
    services.followups.add(
        FollowUpData(contact_id=ada, due_date=date(2026, 6, 10), due_time=time(15, 0))
    )
    view = TodayView(services)
    qtbot.addWidget(view)
    for model in view.models.values():
        ModelTester(None).check(model)  # type: ignore[arg-type]
    assert counts(view) == {"overdue": 1, "today": 1, "upcoming": 0, "cadence": 0}
    assert view.models["overdue"].index(0, 2).data() == "! Late"
    assert "1" in view.headers["overdue"].text()

    view.select("overdue", 0)
    with qtbot.waitSignal(view.changed):
        view.snooze(Snooze.NEXT_WEEK)
    assert counts(view) == {"overdue": 0, "today": 1, "upcoming": 1, "cadence": 0}

    view.select("today", 0)
    dialog = view.pick_date()
    assert dialog is not None and dialog.time_check.isChecked()
    dialog.date_edit.setDate(QDate(2026, 6, 12))
    with qtbot.waitSignal(view.changed):
        dialog.save()
    assert counts(view) == {"overdue": 0, "today": 0, "upcoming": 2, "cadence": 0}
    assert services.followups.get(2).due_date == date(2026, 6, 12)

    view.select("upcoming", 0)
    with qtbot.waitSignal(view.open_contact) as opened:
        view.open_action.trigger()
    assert opened.args == [ada]


def test_keep_in_touch_rows_log_a_call_or_become_a_follow_up(book: StoreInfo, qtbot: QtBot) -> None:
    services = CrmServices.create(oslo_clock(2026, 6, 10, 12, 0))
    ada, bob = make_contact("Ada"), make_contact("Bob")
    cadence.set_contact_cadence(ada, 30)
    cadence.set_contact_cadence(bob, 30)
    view = TodayView(services)
    qtbot.addWidget(view)
    assert view.models["cadence"].rowCount() == 2
    assert view.models["cadence"].index(0, 0).data() == "Never contacted"

    view.select("cadence", 0)
    dialog = view.log_call()
    assert dialog is not None and dialog.kind_combo.currentText() == "call"
    with qtbot.waitSignal(view.changed):
        dialog.save()
    assert [r.contact_id for r in view.models["cadence"].rows] == [bob]

    view.select("cadence", 0)
    with qtbot.waitSignal(view.changed):
        view.snooze(Snooze.TOMORROW)
    assert view.models["cadence"].rowCount() == 0
    item = view.models["upcoming"].rows[0]
    assert (item.contact_id, item.subject, item.due_date) == (
        bob,
        "Keep in touch",
        date(2026, 6, 11),
    )
