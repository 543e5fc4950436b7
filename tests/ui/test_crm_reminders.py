"""Reminders: a follow-up is announced when the injected clock passes its time, once; the
overdue count is shown at start."""

from __future__ import annotations

from datetime import date, time, timedelta

from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import FollowUpData
from rolodex.ui.crm.reminders import ReminderBanner, ReminderController
from tests.services.crm_helpers import make_contact, oslo_clock


def test_reminder_fires_when_the_clock_passes_the_due_time(book: StoreInfo, qtbot: QtBot) -> None:
    clock = oslo_clock(2026, 6, 10, 8, 58)
    services = CrmServices.create(clock)
    ada = make_contact("Ada", "Lovelace")
    item = services.followups.add(
        FollowUpData(
            contact_id=ada, due_date=date(2026, 6, 10), due_time=time(9, 0), subject="Send contract"
        )
    ).ids[0]
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    controller = ReminderController(services, banner, interval_ms=5)
    assert controller.start() == 0
    assert banner.isHidden()
    with qtbot.assertNotEmitted(controller.followup_due, wait=30):
        pass

    clock.advance(timedelta(minutes=2))
    with qtbot.waitSignal(controller.followup_due, timeout=3000) as fired:
        pass
    assert fired.args[0].id == item
    assert not banner.isHidden()
    assert "Ada Lovelace" in banner.text() and "Send contract" in banner.text()
    assert controller.poll() == []
    controller.stop()


def test_start_counts_overdue_and_does_not_repeat_them(book: StoreInfo, qtbot: QtBot) -> None:
    clock = oslo_clock(2026, 6, 10, 12, 0)
    services = CrmServices.create(clock)
    ada = make_contact("Ada")
    for day in (1, 2):
        services.followups.add(FollowUpData(contact_id=ada, due_date=date(2026, 6, day)))
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    controller = ReminderController(services, banner, interval_ms=60_000)
    with qtbot.waitSignal(controller.overdue_at_start) as started:
        controller.start()
    assert started.args == [2]
    assert "You have 2 overdue follow-up" in banner.text()
    assert controller.poll() == []
    controller.stop()
