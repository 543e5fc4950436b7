"""Reading contacts from CSV files: Google, Outlook, Thunderbird, or any CSV through a mapping.

:func:`sniff_csv` looks at the head of a file and says how it is written (encoding, delimiter,
header row, known layout, sample rows) — what a column-mapping dialog shows. :func:`read_csv`
streams the file row by row and yields a :class:`ContactData` for every usable row and an
:class:`ImportIssue` (data-row number, physical line, reason) for every row it had to skip.

A file in a known layout needs no mapping. A file of another layout is read without one only
when every header names a field Rolodex recognises ("Name", "Email", "Mobile"...); otherwise,
and always for a file without a header row, :class:`CsvMappingRequired` says which columns the
file has and what they hold, and a :class:`ColumnMapping` is needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from rolodex.importers.csv_build import build_contact, gather
from rolodex.importers.csv_detect import (
    SAMPLE_BYTES,
    CsvSniff,
    decode_sample,
    detect_encoding,
    resplit_row,
    sniff_text,
)
from rolodex.importers.csv_layouts import layout_targets
from rolodex.importers.csv_mapping import (
    ColumnMapping,
    MappingError,
    Target,
    parse_target,
    resolve_mapping,
)
from rolodex.importers.csv_rows import split_records
from rolodex.importers.limits import (
    MAX_CSV_COLUMNS,
    MAX_CSV_HEADER_BYTES,
    MAX_TEXT_CHARS,
    describe_bytes,
)
from rolodex.records import ContactData, ImportIssue, ReadContact

__all__ = [
    "ColumnMapping",
    "CsvError",
    "CsvMappingRequired",
    "CsvSniff",
    "MappingError",
    "read_csv",
    "sniff_csv",
]

_IDENTITY = {"given", "family", "display_name", "company", "email", "phone"}
_LINE_END = re.compile(rb"[\r\n]")


class CsvError(ValueError):
    """The file as a whole cannot be read as CSV contacts."""


class CsvMappingRequired(CsvError):
    """The columns are not of a known layout: the user has to say what each one holds."""

    def __init__(self, message: str, sniff: CsvSniff) -> None:
        super().__init__(message)
        self.sniff = sniff


def sniff_csv(path: Path | str, mapping: ColumnMapping | None = None) -> CsvSniff:
    """Encoding, delimiter, header, layout and sample rows of a CSV file.

    The mapping's ``encoding``, ``delimiter`` and ``has_header`` override detection; a mapping
    that names columns by header implies a header row.
    """
    path = Path(path)
    with path.open("rb") as fh:
        head, complete = _read_head(fh, path)
    if not head.strip(b"\x00\r\n\t \xef\xbb\xbf\xff\xfe"):
        raise CsvError(f"{path.name} is empty")
    mapping = mapping or ColumnMapping()
    encoding = mapping.encoding or detect_encoding(head, complete)
    text = decode_sample(head, encoding, complete)
    has_header = mapping.has_header
    if any(isinstance(key, str) for key in mapping.columns):
        has_header = True
    sniff = sniff_text(text, encoding, mapping.delimiter, has_header)
    _check_width(path, sniff)
    return sniff


def _read_head(fh: BinaryIO, path: Path) -> tuple[bytes, bool]:
    """The sample to sniff: at least the whole first line (a header of 10,000 columns is
    longer than SAMPLE_BYTES), then SAMPLE_BYTES more; and whether that is the whole file."""
    head = fh.read(SAMPLE_BYTES + 1)
    if len(head) <= SAMPLE_BYTES:
        return head, True
    if _LINE_END.search(head, 0, SAMPLE_BYTES):
        return head[:SAMPLE_BYTES], False
    while not _LINE_END.search(head, max(0, len(head) - SAMPLE_BYTES - 1)):
        if len(head) > MAX_CSV_HEADER_BYTES:
            raise CsvError(
                f"The first line of {path.name} is longer than "
                f"{describe_bytes(MAX_CSV_HEADER_BYTES)}; it is not a contacts CSV file"
            )
        more = fh.read(SAMPLE_BYTES)
        if not more:
            return head, True
        head += more
    more = fh.read(SAMPLE_BYTES)
    return head + more, not more


def _check_width(path: Path, sniff: CsvSniff) -> None:
    """Refuse a file using more columns than MAX_CSV_COLUMNS: named ones when it has a header
    (unnamed columns are never read), else columns holding a value in the sample rows."""
    rows = [sniff.headers] if sniff.has_header else sniff.sample_rows
    used = max((_last_used(row) for row in rows), default=0)
    if used > MAX_CSV_COLUMNS:
        what = "named columns" if sniff.has_header else "columns"
        raise CsvError(
            f"{path.name} has {used:,} {what}; Rolodex reads at most {MAX_CSV_COLUMNS:,}"
        )


def _last_used(row: list[str]) -> int:
    """How many columns the row uses: up to its last cell that is not empty."""
    for index in range(len(row) - 1, -1, -1):
        if row[index].strip():
            return index + 1
    return 0


def read_csv(
    path: Path | str, mapping: ColumnMapping | None = None
) -> Iterator[ContactData | ImportIssue]:
    """Contacts and skipped rows of a CSV file, one at a time.

    Raises (on the call, before any row is read) :class:`CsvError` for an empty file,
    :class:`CsvMappingRequired` when a mapping is needed and :class:`MappingError` when the
    mapping names a column the file does not have; OSError when the file cannot be opened.
    """
    path = Path(path)
    sniff = sniff_csv(path, mapping)
    if mapping is not None and mapping.columns:
        targets = resolve_mapping(mapping, sniff.headers, sniff.width)
    else:
        targets = _automatic_targets(path, sniff)
    return _rows(path, sniff, targets)


def _automatic_targets(path: Path, sniff: CsvSniff) -> dict[int, Target]:
    if sniff.layout != "unknown":
        return layout_targets(sniff.layout, sniff.headers)
    named = [i for i, header in enumerate(sniff.headers) if header.strip()]
    suggested = sniff.suggested
    fields = {name.partition(":")[0] for name in suggested.values()}
    if named and all(i in suggested for i in named) and fields & _IDENTITY:
        return {i: parse_target(name, i) for i, name in suggested.items()}
    raise CsvMappingRequired(_mapping_message(path, sniff), sniff)


def _mapping_message(path: Path, sniff: CsvSniff) -> str:
    first = sniff.sample_rows[0] if sniff.sample_rows else []
    columns = []
    for index in range(min(sniff.width, 12)):
        sample = first[index] if index < len(first) else ""
        if index < len(sniff.headers):
            columns.append(f"{index}: {sniff.headers[index]!r} (e.g. {sample!r})")
        else:
            columns.append(f"{index}: {sample!r}")
    what = "no header Rolodex recognises" if sniff.has_header else "no header row"
    return (
        f"{path.name} has {what}; a column mapping is needed "
        f'(e.g. --map "0=given,1=family,2=email"). Columns: {"; ".join(columns)}'
    )


def _drop_oversized(cells: list[str], headers: list[str]) -> list[str]:
    """Empty the cells longer than MAX_TEXT_CHARS; one warning for each."""
    warnings = []
    for index, cell in enumerate(cells):
        if len(cell) > MAX_TEXT_CHARS:
            cells[index] = ""
            name = headers[index] if index < len(headers) and headers[index] else str(index)
            warnings.append(
                f"the column {name[:40]!r} ({len(cell):,} characters) is longer than "
                f"{MAX_TEXT_CHARS:,} characters; it was left out"
            )
    return warnings


def _rows(
    path: Path, sniff: CsvSniff, targets: dict[int, Target]
) -> Iterator[ContactData | ImportIssue]:
    header_width = len(sniff.headers) if sniff.has_header else 0
    with path.open("r", encoding=sniff.encoding, errors="replace", newline="") as fh:
        records = split_records(iter(fh), sniff.delimiter, header_width, sniff.row_width)
        if sniff.has_header:
            next(records, None)
        for row_no, record in enumerate(records, start=1):
            if record.cells is None:
                yield ImportIssue(str(path), row_no, record.line, record.message)
                continue
            cells = resplit_row(record.cells, sniff.delimiter, sniff.width)
            if not any(cell.strip() for cell in cells):
                continue
            warnings = _drop_oversized(cells, sniff.headers)
            contact = build_contact(gather(cells, targets))
            if contact.full_name() or contact.phones:
                yield ReadContact(**vars(contact), warnings=warnings) if warnings else contact
            else:
                message = "The row has no name, company, email or phone"
                yield ImportIssue(str(path), row_no, record.line, message)
