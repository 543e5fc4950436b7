""""Someone is already on it": a colleague's recent activity on a contact, and open follow-ups
that belong to someone else (issue 11). The app shows them on the card; ``rolodex log`` warns.

How far back counts as recent is the book setting ``team.on_it_days`` (default 7).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from rolodex.clock import Clock, SystemClock
from rolodex.services import prefs
from rolodex.services.crm.times import from_db, to_db
from rolodex.store import team as store
from rolodex.store.users import acting_login
from rolodex.team.users import UserService

DAYS_KEY = "team.on_it_days"
DEFAULT_DAYS = 7


@dataclass(frozen=True)
class ColleagueActivity:
    """A colleague (``name``: display name, else login) did ``kind`` at ``at`` (UTC)."""

    login: str
    name: str
    kind: str
    at: datetime


@dataclass(frozen=True)
class ForeignFollowUp:
    """An open follow-up on the contact assigned to someone else."""

    followup_id: int
    login: str
    name: str
    subject: str


def on_it_days() -> int:
    """The "recent" window in days (the book setting, default 7)."""
    text = prefs.get(DAYS_KEY, "")
    return int(text) if text.isdecimal() and 0 < int(text) <= 365 else DEFAULT_DAYS


def set_on_it_days(days: int) -> None:
    prefs.put(DAYS_KEY, str(max(1, min(days, 365))))


def colleagues_on_it(contact_id: int, clock: Clock | None = None) -> list[ColleagueActivity]:
    """Others' activities on the contact within :func:`on_it_days`, newest first (one per
    colleague: their latest)."""
    now = (clock or SystemClock()).now()
    since = to_db(now - timedelta(days=on_it_days()))
    me, latest = acting_login(), {}
    for at, kind, by in store.recent_activities(contact_id, since):
        if by and by != me and by not in latest:
            latest[by] = (kind, from_db(at))
    names = UserService().names(set(latest))
    return [ColleagueActivity(by, names[by], kind, at) for by, (kind, at) in latest.items()]


def others_followups(contact_id: int) -> list[ForeignFollowUp]:
    """Open follow-ups on the contact that belong to someone other than the acting user."""
    me = acting_login()
    found = [(i, who, s) for i, who, s in store.open_followup_assignees(contact_id) if who != me]
    found = [item for item in found if item[1]]
    names = UserService().names({who for _, who, _ in found})
    return [ForeignFollowUp(i, who, names[who], subject) for i, who, subject in found]
