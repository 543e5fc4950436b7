"""An injectable clock, so reminders, "due today" and cadence can be tested at any moment.

:class:`SystemClock` reads the real time; :class:`FixedClock` stands still until a test moves
it. Both answer in the user's local zone, which services need to turn "09:00" into UTC.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class Clock(Protocol):
    """Where services and widgets get "now" from."""

    def now(self) -> datetime:
        """The current moment as an aware datetime in the local zone."""
        ...

    def zone_name(self) -> str:
        """The IANA name of the local zone ("Europe/Oslo"), or "" when it cannot be told."""
        ...


def local_zone_name() -> str:
    """The system's IANA zone name from ``TZ`` or ``/etc/localtime``; "" when unknown."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name and _is_zone(name):
            return name
    return ""


def _is_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def zone_for(name: str) -> tzinfo | None:
    """The zone called ``name``; None means "the system's local time" (unknown or empty)."""
    if name and _is_zone(name):
        return ZoneInfo(name)
    return None


class SystemClock:
    """The real time, in the zone the system is set to."""

    def __init__(self) -> None:
        self._zone_name = local_zone_name()

    def now(self) -> datetime:
        zone = zone_for(self._zone_name)
        if zone is None:
            return datetime.now().astimezone()
        return datetime.now(zone)

    def zone_name(self) -> str:
        return self._zone_name


class FixedClock:
    """A clock that only moves when told to (tests, benchmarks)."""

    def __init__(self, at: datetime, zone: str = "UTC") -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._zone_name = zone
        self._at = at.astimezone(ZoneInfo(zone))

    def now(self) -> datetime:
        return self._at

    def zone_name(self) -> str:
        return self._zone_name

    def set(self, at: datetime) -> None:
        """Jump to ``at`` (aware)."""
        self._at = at.astimezone(ZoneInfo(self._zone_name))

    def advance(self, delta: timedelta) -> None:
        """Move forward by ``delta`` of real (UTC) time."""
        self.set((self._at.astimezone(UTC) + delta).astimezone(ZoneInfo(self._zone_name)))
