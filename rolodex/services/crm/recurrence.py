"""Simple repeat rules for follow-ups: daily, weekly, monthly or yearly, every N.

A rule is stored as RFC 5545 RRULE text (``FREQ=MONTHLY;INTERVAL=2``) so it reads the same in
the book and in calendar programs. Monthly and yearly rules started on the 29th-31st also keep
``BYMONTHDAY`` so "every month on the 31st" lands on the last day of short months and comes
back to the 31st afterwards, instead of drifting to the 28th.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_UNITS = {"day": "DAILY", "week": "WEEKLY", "month": "MONTHLY", "year": "YEARLY"}
_ADVERBS = {"daily": "DAILY", "weekly": "WEEKLY", "monthly": "MONTHLY", "yearly": "YEARLY"}
_FRIENDLY = re.compile(r"^(?:every\s+)?(\d+)?\s*(day|week|month|year)s?$")
MAX_INTERVAL = 999


@dataclass(frozen=True)
class Rule:
    freq: str
    interval: int = 1
    month_day: int | None = None


def parse(text: str) -> Rule | None:
    """The rule stored as ``text`` ("" means no repeat); ValueError if it is not one we make."""
    if not text.strip():
        return None
    parts = dict(_split(part) for part in text.strip().upper().split(";") if part)
    freq = parts.pop("FREQ", "")
    if freq not in FREQUENCIES:
        raise ValueError(f"unsupported repeat rule {text!r}: FREQ must be one of {FREQUENCIES}")
    interval = _int(parts.pop("INTERVAL", "1"), text)
    month_day = _int(parts.pop("BYMONTHDAY"), text) if "BYMONTHDAY" in parts else None
    if parts or not 1 <= interval <= MAX_INTERVAL or not 1 <= (month_day or 1) <= 31:
        raise ValueError(f"unsupported repeat rule {text!r}")
    return Rule(freq, interval, month_day)


def _split(part: str) -> tuple[str, str]:
    key, _, value = part.partition("=")
    return key.strip(), value.strip()


def _int(value: str, text: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"unsupported repeat rule {text!r}") from None


def to_text(rule: Rule | None) -> str:
    """The stored form of ``rule``."""
    if rule is None:
        return ""
    text = f"FREQ={rule.freq};INTERVAL={rule.interval}"
    return text + (f";BYMONTHDAY={rule.month_day}" if rule.month_day else "")


def make(freq: str, interval: int, start: date) -> Rule:
    """A rule repeating every ``interval`` ``freq`` from ``start`` (keeps a late month day)."""
    freq = freq.upper()
    if freq not in FREQUENCIES or not 1 <= interval <= MAX_INTERVAL:
        raise ValueError(f"cannot repeat {freq.lower()} every {interval}")
    keep_day = freq in ("MONTHLY", "YEARLY") and start.day > 28
    return Rule(freq, interval, start.day if keep_day else None)


def from_words(text: str, start: date) -> Rule | None:
    """Read "weekly", "every 2 weeks", "3 months", "none"; ValueError if unreadable."""
    words = " ".join(text.lower().split())
    if words in ("", "none", "never", "no"):
        return None
    if words in _ADVERBS:
        return make(_ADVERBS[words], 1, start)
    match = _FRIENDLY.match(words)
    if not match:
        raise ValueError(f"cannot read repeat {text!r}: say e.g. weekly or every 2 weeks")
    return make(_UNITS[match.group(2)], int(match.group(1) or 1), start)


def next_date(rule: Rule, current: date) -> date:
    """The occurrence after ``current``."""
    if rule.freq == "DAILY":
        return current + timedelta(days=rule.interval)
    if rule.freq == "WEEKLY":
        return current + timedelta(weeks=rule.interval)
    months = rule.interval * (12 if rule.freq == "YEARLY" else 1)
    index = current.year * 12 + current.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(rule.month_day or current.day, last))


def describe(rule: Rule | None) -> str:
    """Plain English ("every 2 weeks"), for the CLI and exports."""
    if rule is None:
        return "does not repeat"
    unit = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}[rule.freq]
    return f"every {unit}" if rule.interval == 1 else f"every {rule.interval} {unit}s"
