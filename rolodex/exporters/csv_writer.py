"""Writing contacts as CSV in the Google or Outlook layout.

The file is UTF-8 with a byte-order mark (so Excel opens Cyrillic and other non-Latin text
correctly), rows end in CRLF, and it is written atomically (temp file, then rename). Cells that
a spreadsheet would run as a formula are guarded as described in
:mod:`rolodex.exporters.csv_common`. Extra vCard properties and photos have no CSV column and are
left out; everything else has a column or goes to the notes.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

from rolodex.exporters.csv_common import guard_cell
from rolodex.exporters.csv_google import GoogleLayout
from rolodex.exporters.csv_outlook import PHONE_COLUMNS, outlook_headers, outlook_row
from rolodex.fileio import atomic_write
from rolodex.records import ContactData

CsvLayout = Literal["google", "outlook"]


def write_csv(contacts: Iterable[ContactData], out_path: Path, layout: CsvLayout = "google") -> int:
    """Write ``contacts`` to ``out_path`` in ``layout``; return how many were written."""
    headers, row_of, phone_columns = _layout(contacts, layout)
    count = 0
    with atomic_write(out_path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(headers)
        for contact in contacts:
            cells = row_of(contact)
            writer.writerow([guard_cell(cells.get(h, ""), h in phone_columns) for h in headers])
            count += 1
    return count


def _layout(
    contacts: Iterable[ContactData], layout: str
) -> tuple[list[str], Callable[[ContactData], dict[str, str]], frozenset[str]]:
    if layout == "google":
        google = GoogleLayout.for_contacts(contacts)
        headers = google.headers()
        phones = frozenset(h for h in headers if h.startswith("Phone ") and h.endswith("Value"))
        return headers, google.row, phones
    if layout == "outlook":
        return outlook_headers(), outlook_row, frozenset(PHONE_COLUMNS)
    raise ValueError(f"Unknown CSV layout {layout!r}; use 'google' or 'outlook'")
