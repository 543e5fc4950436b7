"""Dates and times shown and read in the user's locale (``QLocale()``), four-digit years.

The C locale (``LANG=C.UTF-8``) has no real date form ("1 12 2026"): ISO is used there.
Stored values stay ISO; :func:`read_date` turns what was typed into ISO.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from rolodex import dates

ISO = "yyyy-MM-dd"


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with a four-digit year (ISO for the C locale)."""
    loc = locale or QLocale()
    if loc.language() == QLocale.Language.C:
        return ISO
    pattern = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def time_pattern(locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    if loc.language() == QLocale.Language.C:
        return "HH:mm"
    return loc.timeFormat(QLocale.FormatType.ShortFormat)


def show_date(day: date, locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    return loc.toString(QDate(day.year, day.month, day.day), date_pattern(loc))


def show_datetime(moment: datetime, locale: QLocale | None = None) -> str:
    """A (local, wall-clock) moment as the locale's short date and time."""
    loc = locale or QLocale()
    at = loc.toString(QTime(moment.hour, moment.minute), time_pattern(loc))
    return f"{show_date(moment.date(), loc)} {at}"


def show_stored(value: str, locale: QLocale | None = None) -> str:
    """A stored ISO date (or ``--MM-DD``) in the locale's form; anything else as it is."""
    try:
        iso = dates.read_date(value, "YMD")
    except dates.DateError:
        return value
    if not iso.startswith("--"):
        return show_date(date.fromisoformat(iso), locale) if iso else ""
    pattern = date_pattern(locale)
    month, day = int(iso[2:4]), int(iso[5:7])
    no_year = _without_year(pattern)
    return (locale or QLocale()).toString(QDate(2000, month, day), no_year)


def _without_year(pattern: str) -> str:
    """``dd.MM.yyyy`` → ``dd.MM``; ``M/d/yyyy`` → ``M/d``; ``yyyy-MM-dd`` → ``MM-dd``."""
    stripped = pattern.replace("yyyy", "").strip("./- ")
    for double in ("..", "//", "--", "  "):
        stripped = stripped.replace(double, double[0])
    return stripped


def read_date(text: str, locale: QLocale | None = None) -> str:
    """What was typed, as ISO; raises :class:`rolodex.dates.DateError`."""
    return dates.read_date(text, dates.order_of(date_pattern(locale)))


def example(locale: QLocale | None = None) -> str:
    """The pattern shown as a hint, e.g. ``DD.MM.YYYY``."""
    return show_date(date(1985, 3, 14), locale)
