"""Small helpers the CSV export layouts share: one-line addresses, notes for what has no column,
and the spreadsheet-formula guard.

Formula guard (OWASP "CSV injection"): a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or
a carriage return gets a leading ``'`` so a spreadsheet shows it as text instead of running it.
Phone columns are the exception: a value there that is plainly a phone number (only digits,
spaces, ``+ ( ) . / -`` and an optional extension, e.g. ``+47 22 33 44 55``) is written as is,
because it can hold no function call and Google/Outlook must read the ``+`` of an international
number. Rolodex's CSV import removes the ``'`` again.
"""

from __future__ import annotations

import re

from rolodex.countries import country_name
from rolodex.importers.csv_values import FORMULA_START
from rolodex.records import Address

_PHONE = re.compile(r"^[+(]?\d[\d ()./-]*(?:\s*(?:x|ext\.?)\s*\d+)?$", re.IGNORECASE)


def is_plain_phone(value: str) -> bool:
    """True for a value that is only a phone number (safe to leave unguarded)."""
    return bool(_PHONE.match(value))


def guard_cell(value: str, phone_column: bool = False) -> str:
    """The cell text to write: formula-like text gets a leading ``'``."""
    if not value.startswith(FORMULA_START):
        return value
    if phone_column and is_plain_phone(value):
        return value
    return "'" + value


def address_line(address: Address, joiner: str = ", ") -> str:
    """An address as one line (or lines, with ``joiner="\\n"``)."""
    locality = " ".join(p for p in (address.postal_code, address.city) if p)
    parts = (
        address.street,
        address.extended,
        address.po_box,
        locality,
        address.region,
        country_name(address.country),
    )
    return joiner.join(p for p in parts if p)


def overflow_note(kind: str, label: str, value: str) -> str:
    """A line for the notes, for a value the layout has no column left for."""
    return f"{kind} ({label}): {value}" if label else f"{kind}: {value}"
