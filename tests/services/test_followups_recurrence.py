"""Repeat rules: reading, writing and stepping."""

from __future__ import annotations

from datetime import date

import pytest

from rolodex.services.crm import recurrence


@pytest.mark.parametrize(
    ("words", "stored", "step"),
    [
        ("daily", "FREQ=DAILY;INTERVAL=1", date(2026, 1, 16)),
        ("every 2 weeks", "FREQ=WEEKLY;INTERVAL=2", date(2026, 1, 29)),
        ("3 months", "FREQ=MONTHLY;INTERVAL=3", date(2026, 4, 15)),
        ("Yearly", "FREQ=YEARLY;INTERVAL=1", date(2027, 1, 15)),
    ],
)
def test_friendly_words_become_stored_rules(words: str, stored: str, step: date) -> None:
    rule = recurrence.from_words(words, date(2026, 1, 15))
    assert recurrence.to_text(rule) == stored
    assert recurrence.parse(stored) == rule
    assert rule is not None and recurrence.next_date(rule, date(2026, 1, 15)) == step


def test_leap_day_yearly_lands_on_28th_then_back() -> None:
    rule = recurrence.make("yearly", 1, date(2028, 2, 29))
    assert recurrence.next_date(rule, date(2028, 2, 29)) == date(2029, 2, 28)
    assert recurrence.next_date(rule, date(2031, 2, 28)) == date(2032, 2, 29)


@pytest.mark.parametrize("text", ["FREQ=SECONDLY", "FREQ=DAILY;INTERVAL=0", "FREQ=DAILY;X=1", "x"])
def test_unsupported_rules_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="unsupported repeat rule"):
        recurrence.parse(text)


def test_unreadable_words_say_what_to_type() -> None:
    with pytest.raises(ValueError, match="every 2 weeks"):
        recurrence.from_words("fortnightly-ish", date(2026, 1, 1))
    assert recurrence.from_words("none", date(2026, 1, 1)) is None
    assert recurrence.describe(recurrence.parse("FREQ=WEEKLY;INTERVAL=2")) == "every 2 weeks"
