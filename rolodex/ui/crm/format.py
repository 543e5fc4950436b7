"""Showing and reading CRM times in the widgets: UTC moments in, local wall-clock out.

The local zone is the one the injected clock reports, so tests see Oslo time on any machine.
"""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from rolodex.clock import Clock, zone_for
from rolodex.ui.locale.dates import show_date, show_datetime, time_pattern


def local_zone(clock: Clock) -> tzinfo | None:
    return zone_for(clock.zone_name())


def to_local(moment: datetime, clock: Clock) -> datetime:
    """``moment`` as wall-clock time in the clock's zone (aware)."""
    zone = local_zone(clock)
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qtime(at: time) -> QTime:
    return QTime(at.hour, at.minute)


def qdatetime(moment: datetime, clock: Clock) -> QDateTime:
    """A naive QDateTime holding the local wall-clock time of ``moment``."""
    local = to_local(moment, clock)
    return QDateTime(qdate(local.date()), qtime(local.time()))


def from_qdatetime(value: QDateTime, clock: Clock) -> datetime:
    """The aware moment of a wall-clock QDateTime read in the clock's zone."""
    day, at = value.date(), value.time()
    naive = datetime(day.year(), day.month(), day.day(), at.hour(), at.minute())
    zone = local_zone(clock)
    return naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()


def py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def py_time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def show_moment(moment: datetime, clock: Clock) -> str:
    """A moment in the user's locale short format, local time."""
    return show_datetime(to_local(moment, clock))


def show_due(day: date, at: time | None) -> str:
    """A due date (and time when there is one) in the user's locale short format."""
    text = show_date(day)
    if at is None:
        return text
    return f"{text} {QLocale().toString(qtime(at), time_pattern())}"
