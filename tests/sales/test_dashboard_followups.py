"""The dashboard's follow-up counts, the team's and mine, on both backends: overdue as the Today
view counts it, due this week = today and the next six days, the same numbers the follow-up
service lists; "mine" are those assigned to the acting user."""

from __future__ import annotations

from datetime import date, timedelta

from rolodex.sales import dashboard
from rolodex.services.contacts import ContactService
from rolodex.services.crm.activities import ActivityService
from rolodex.services.crm.followups import FollowUpService
from rolodex.services.crm.records import FollowUpData
from tests.sales.helpers import clock_at, person


def test_follow_ups_overdue_and_due_this_week_for_me_and_the_team(any_book: str) -> None:
    clock = clock_at(2026, 6, 10, 12)
    service = FollowUpService(clock, ActivityService(clock))
    ann, gone = person("Ann"), person("Gone")
    today = date(2026, 6, 10)
    plan = [
        (-3, "kari"),
        (-1, "ola"),
        (-1, "kari"),
        (0, "kari"),
        (2, "ola"),
        (6, "kari"),
        (7, "kari"),
        (30, "ola"),
    ]
    for days, who in plan:
        service.add(
            FollowUpData(
                contact_id=ann, due_date=today + timedelta(days), subject="x", assignee=who
            )
        )
    service.add(FollowUpData(contact_id=gone, due_date=today - timedelta(5), assignee="kari"))
    ContactService().delete([gone])  # in the Trash: counted nowhere
    counts = dashboard.follow_up_counts(clock, login="kari")
    assert counts == dashboard.FollowUps(
        overdue=3, overdue_mine=2, due_this_week=3, due_this_week_mine=2
    )
    assert counts.overdue == service.count_overdue()
    assert counts.due_this_week == len(service.due_today()) + len(service.upcoming(6))
    assert dashboard.follow_up_counts(clock, login="ola").overdue_mine == 1
