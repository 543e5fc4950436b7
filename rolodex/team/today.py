"""Today, mine or the team's (issue 11): by default the Today view lists the follow-ups
assigned to you (and those from before the book had users, assigned to nobody); a switch
shows everyone's. Keep-in-touch reminders are the book's, shown either way."""

from __future__ import annotations

import dataclasses

from rolodex.services.crm.followups import FollowUpService
from rolodex.services.crm.records import FollowUpData, TodayData
from rolodex.store import team as store
from rolodex.store.users import acting_login


def is_mine(item: FollowUpData, login: str) -> bool:
    return item.assignee in (login, "")


def mine(data: TodayData, followups: FollowUpService, login: str | None = None) -> TodayData:
    """``data`` (everyone's Today) with only ``login``'s follow-ups (default: the acting user)."""
    who = login or acting_login()
    overdue = [i for i in data.overdue if is_mine(i, who)]
    total = len(overdue)
    if data.overdue_total > len(data.overdue):  # more than one page: count them all
        owners = store.assignees_of(followups.overdue_ids())
        total = sum(1 for login_ in owners.values() if login_ in (who, ""))
    return dataclasses.replace(
        data,
        overdue=overdue,
        overdue_total=total,
        today=[i for i in data.today if is_mine(i, who)],
        upcoming=[i for i in data.upcoming if is_mine(i, who)],
    )
