"""The largest things an import accepts, named in one place.

A property over its limit is left out of its card with a warning in the import report (the
rest of the card is imported); a card or a CSV header over its limit is refused with a reason.
The limits keep the memory an import needs to a small multiple of the largest card.
"""

from __future__ import annotations

MB = 1024 * 1024

MAX_BINARY_BYTES = 20 * MB
"""A decoded photo, logo, sound or key (a base64 or ``data:`` value)."""

MAX_TEXT_CHARS = 1_000_000
"""One text value (a NOTE, an address, a name...), in characters as written in the file."""

MAX_CARD_BYTES = 64 * MB
"""One vCard as it stands in the file; a larger card is not imported."""

MAX_CSV_COLUMNS = 1000
"""Columns a CSV file may use; empty columns after the last one with a name or a value in the
sample do not count."""

MAX_CSV_HEADER_BYTES = 4 * MB
"""The longest first line (the header) of a CSV file that is looked at."""


def describe_bytes(size: int) -> str:
    """``31457280`` → "30 MB"; under a megabyte, in KB."""
    return f"{size / MB:.0f} MB" if size >= MB else f"{size / 1024:.0f} KB"
