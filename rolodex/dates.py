"""Reading a calendar date typed the way people write it, in a given day/month/year order.

``read_date("14.03.1985", "DMY")`` → ``"1985-03-14"``; ISO (``1985-03-14``) and the vCard form
for a date without a year (``--03-14``) are read in every order. A date without a year may also be
typed as two numbers in the order's day/month sequence ("14.03"). The result is always ISO (or
``--MM-DD``): that is what is stored and exported; showing it in the locale is the UI's job.
"""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
_PARTS = re.compile(r"^(\d{1,4})[./\-\s]+(\d{1,2})(?:[./\-\s]+(\d{1,4}))?[.\s]*$")
ORDERS = ("DMY", "MDY", "YMD")


class DateError(ValueError):
    """The text is not a date (``bad_form``) or names a day that does not exist."""

    def __init__(self, bad_form: bool) -> None:
        super().__init__("not a date" if bad_form else "no such day")
        self.bad_form = bad_form


def read_date(text: str, order: str) -> str:
    """``text`` as ISO ``YYYY-MM-DD`` (or ``--MM-DD``); "" for blank; :class:`DateError`."""
    value = text.strip()
    if not value:
        return ""
    year, month, day = _split(value, order)
    try:
        date(2000 if year is None else year, month, day)  # 2000: 29 February is fine
    except ValueError:
        raise DateError(bad_form=False) from None
    return f"--{month:02d}-{day:02d}" if year is None else f"{year:04d}-{month:02d}-{day:02d}"


def _split(value: str, order: str) -> tuple[int | None, int, int]:
    iso, no_year = _ISO.match(value), _NO_YEAR.match(value)
    if iso:
        return int(iso[1]), int(iso[2]), int(iso[3])
    if no_year:
        return None, int(no_year[1]), int(no_year[2])
    parts = _PARTS.match(value)
    if parts is None:
        raise DateError(bad_form=True)
    numbers = [int(p) for p in parts.groups() if p is not None]
    if len(numbers) == 3 and numbers[0] >= 1000:
        order = "YMD"  # 1985.03.14 in any locale
    elif len(numbers) == 3 and numbers[2] >= 1000 and order == "YMD":
        order = "DMY"  # 14.03.1985 where the locale writes years first
    letters = [c for c in order if c != "Y"] if len(numbers) == 2 else list(order)
    found = dict(zip(letters, numbers, strict=True))
    year = found.get("Y")
    if year is not None and year < 100:
        year += 2000 if year <= date.today().year % 100 else 1900
    if year is not None and len(str(year)) < 4 and year < 1000:
        raise DateError(bad_form=True)
    return year, found["M"], found["D"]


def order_of(pattern: str) -> str:
    """The day/month/year order of a date pattern such as ``dd.MM.yyyy`` (``DMY``)."""
    positions = {k: pattern.find(c) for k, c in (("D", "d"), ("M", "M"), ("Y", "y"))}
    if any(p < 0 for p in positions.values()):
        return "YMD"
    return "".join(sorted(positions, key=positions.__getitem__))
