"""Today shows my follow-ups by default and the team's on a switch; a follow-up assigned to a
colleague shows up in theirs."""

from __future__ import annotations

from datetime import UTC, date, datetime

from rolodex.clock import FixedClock
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import FollowUpData
from rolodex.store.users import act_as
from rolodex.ui.crm.today import TodayView

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)



def test_today_is_mine_until_switched_to_everyones(any_book: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    services = CrmServices.create(FixedClock(NOW))
    cid = ContactService().create(ContactData(given="Eve", family="Adams"))
    try:
        act_as("alice")
        for subject, who in (("Mine", ""), ("For Bob", "bob")):
            services.followups.add(FollowUpData(contact_id=cid, due_date=date(2026, 12, 1),
                                                subject=subject, assignee=who))  # fmt: skip
        view = TodayView(services)
        qtbot.addWidget(view)
        assert view.models["today"].rowCount() == 1
        view.everyone.setChecked(True)
        assert view.models["today"].rowCount() == 2
        act_as("bob")
        view.everyone.setChecked(False)
        assert view.models["today"].rowCount() == 1
        assert view.models["today"].rows[0].subject == "For Bob"
    finally:
        act_as(None)
