"""Reading typed dates in a locale's day/month/year order (issue 12, item 10)."""

from __future__ import annotations

import pytest

from rolodex.dates import DateError, order_of, read_date


@pytest.mark.parametrize(
    ("text", "order", "iso"),
    [
        ("14.03.1985", "DMY", "1985-03-14"),
        ("14.3.1985", "DMY", "1985-03-14"),
        ("3/14/1985", "MDY", "1985-03-14"),
        ("14/03/1985", "DMY", "1985-03-14"),
        ("1985-03-14", "DMY", "1985-03-14"),  # ISO in every locale
        ("1985-03-14", "MDY", "1985-03-14"),
        ("1985.03.14", "DMY", "1985-03-14"),
        ("14.03.1985", "YMD", "1985-03-14"),  # a year-first locale still reads a year-last date
        ("14.03.", "DMY", "--03-14"),  # no year
        ("--03-14", "MDY", "--03-14"),
        ("29.02", "DMY", "--02-29"),
        ("  ", "DMY", ""),
    ],
)
def test_typed_dates_become_iso(text: str, order: str, iso: str) -> None:
    assert read_date(text, order) == iso


@pytest.mark.parametrize(
    ("text", "bad_form"), [("30.02.1990", False), ("soon", True), ("1.2.3.4", True)]
)
def test_what_is_no_date_says_why(text: str, bad_form: bool) -> None:
    with pytest.raises(DateError) as raised:
        read_date(text, "DMY")
    assert raised.value.bad_form is bad_form


def test_order_of_a_locale_pattern() -> None:
    assert [order_of(p) for p in ("dd.MM.yyyy", "M/d/yyyy", "yyyy-MM-dd")] == ["DMY", "MDY", "YMD"]
