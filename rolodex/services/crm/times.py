"""Time conversions shared by the CRM services: UTC text in the book, wall-clock for people."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from rolodex.clock import zone_for


def to_db(moment: datetime) -> str:
    """An aware moment as the book stores it: ISO-8601 UTC to the second."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime given where a moment was expected")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_db(text: str) -> datetime:
    """Stored ISO text back to an aware UTC datetime (text without offset is taken as UTC)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def wall_to_utc(day: date, at: time | None, zone_name: str) -> datetime:
    """The UTC moment of a local wall-clock date and time (midnight for date-only).

    A time that does not exist (skipped by a spring-forward) resolves forward by the gap, an
    ambiguous one (autumn) to its first occurrence, as zoneinfo's fold=0 does.
    """
    naive = datetime.combine(day, at or time(0, 0))
    zone = zone_for(zone_name)
    local = naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()
    return local.astimezone(UTC)


def in_zone(moment: datetime, zone_name: str) -> datetime:
    """``moment`` as wall-clock time in ``zone_name`` (the system's local time for "")."""
    zone = zone_for(zone_name)
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def local_day_start(moment: datetime, zone_name: str) -> datetime:
    """Midnight (UTC moment) of the local day ``moment`` falls in."""
    return wall_to_utc(in_zone(moment, zone_name).date(), None, zone_name)


def parse_user_moment(text: str, zone_name: str) -> datetime:
    """An ISO date/time typed by a user; without an offset it is local wall-clock time."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValueError(f"{text!r} is not an ISO date/time such as 2026-03-30T09:00") from exc
    if moment.tzinfo is None:
        return wall_to_utc(moment.date(), moment.time(), zone_name)
    return moment.astimezone(UTC)
