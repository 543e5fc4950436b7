"""What a campaign produces to be sent by people and tools, never by Rolodex: a mail-merge
letter PDF (one page per recipient, from a template with {given}, {name}, {company},
{address}, {date}), the recipient list as CSV for a mailing tool, and labels/envelopes
through :mod:`rolodex.labels`. Files are written atomically.
"""

from __future__ import annotations

import csv
import string
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rolodex.exporters.csv_common import guard_cell
from rolodex.fileio import atomic_write
from rolodex.labels.fonts import label_font
from rolodex.sales.records import Recipient, SalesError

FIELDS = ("given", "name", "company", "address", "email", "date")
DEFAULT_TEMPLATE = "Dear {given},\n\nWe would like to tell you about our news.\n\nKind regards"
CSV_COLUMNS = ("Name", "Given name", "Company", "Email", "Address")
MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)


def check_template(template: str) -> str:
    """``template`` if every {field} in it is one Rolodex fills; SalesError naming the field."""
    try:
        names = {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
    except ValueError as exc:
        raise SalesError(f"The letter template is not valid: {exc}.") from None
    unknown = sorted(names - set(FIELDS))
    if unknown:
        raise SalesError(f"The template names {{{unknown[0]}}}; fields are {', '.join(FIELDS)}.")
    return template


def merge(template: str, person: Recipient, day: str) -> str:
    """The letter's text for one recipient."""
    values = {"given": person.given or person.name, "name": person.name,
              "company": person.company, "address": person.address, "email": person.email,
              "date": day}  # fmt: skip
    return check_template(template).format(**values)


def write_letters(people: Iterable[Recipient], template: str, day: str, out: Path,
                  page: tuple[float, float] = A4) -> int:  # fmt: skip
    """One page per recipient with a postal address: the address block, the date, the text.
    Returns the number of letters."""
    from reportlab.pdfgen.canvas import Canvas

    font = label_font()
    canvas = Canvas(str(out), pagesize=page, initialFontName=font.name, pageCompression=1)
    canvas.setCreator("Rolodex")
    count = 0
    for person in people:
        if person.address:
            _page(canvas, font.name, page, person.address, merge(template, person, day), day)
            count += 1
    if count:
        with atomic_write(out, "wb") as fh:
            fh.write(canvas.getpdfdata())
    return count


def _page(canvas: Any, font: str, page: tuple[float, float], address: str, text: str,
          day: str) -> None:  # fmt: skip
    width, height = page
    block = canvas.beginText(25 * MM, height - 50 * MM)  # a DL/C5 window's place
    block.setFont(font, 11)
    for line in address.splitlines():
        block.textLine(line)
    canvas.drawText(block)
    canvas.setFont(font, 11)
    canvas.drawRightString(width - 20 * MM, height - 90 * MM, day)
    body = canvas.beginText(25 * MM, height - 105 * MM)
    body.setFont(font, 11, leading=15)
    for line in _wrap(text, font, 11, width - 45 * MM):
        body.textLine(line)
    canvas.drawText(body)
    canvas.showPage()


def _wrap(text: str, font: str, size: float, room: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from rolodex.labels.layout import wrap_line

    lines: list[str] = []
    for paragraph in text.splitlines():
        lines += wrap_line(paragraph, room, lambda s: stringWidth(s, font, size)) or [""]
    return lines


def write_csv(people: Iterable[Recipient], out: Path) -> int:
    """The recipients with an email, as UTF-8 CSV (with BOM, for spreadsheets) for a mailing
    tool; cells a spreadsheet would run as formulas are guarded. Returns the rows written."""
    count = 0
    with atomic_write(out, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_COLUMNS)
        for p in people:
            if p.email:
                cells = (p.name, p.given, p.company, p.email, p.address.replace("\n", ", "))
                writer.writerow([guard_cell(c) for c in cells])
                count += 1
    return count
