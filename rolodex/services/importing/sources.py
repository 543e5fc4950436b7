"""Which reader reads a file, and reading it without ever letting one file stop an import.

The type comes from the extension (``.vcf``/``.vcard`` → vCard, ``.csv``/``.tsv``/``.txt`` →
CSV, ``.ldif``/``.ldi`` → LDIF, Thunderbird's default export); any other extension is decided by
content (a ``BEGIN:VCARD`` near the start, in UTF-8 or UTF-16, means vCard; a first entry line
``dn:`` means LDIF). A missing, unreadable or non-contact file becomes one
:class:`~rolodex.records.ImportIssue`; so does a reader error part-way through a file (the cards
read before it are kept).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from rolodex.records import ContactData, ImportIssue

if TYPE_CHECKING:
    from rolodex.importers.csv_mapping import ColumnMapping

VCARD_SUFFIXES = {".vcf", ".vcard"}
CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
LDIF_SUFFIXES = {".ldif", ".ldi"}
SNIFF_BYTES = 4096
_BEGIN_LINE = re.compile(r"^\ufeff?[ \t]*BEGIN:VCARD[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)

Item = ContactData | ImportIssue


class SourceError(Exception):
    """A file that cannot be imported at all (missing, a folder, not a contact file)."""


def file_kind(path: Path) -> str:
    """ "vcard", "csv" or "ldif" for a file, or raise :class:`SourceError` saying why not."""
    if not path.exists():
        raise SourceError("File not found.")
    if path.is_dir():
        raise SourceError("This is a folder, not a contact file.")
    suffix = path.suffix.lower()
    if suffix in VCARD_SUFFIXES:
        return "vcard"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in LDIF_SUFFIXES:
        return "ldif"
    try:
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError as exc:
        raise SourceError(f"Cannot read the file: {exc.strerror or exc}.") from exc
    if _looks_like_vcard(head):
        return "vcard"
    from rolodex.importers.ldif import looks_like_ldif

    if looks_like_ldif(head):
        return "ldif"
    raise SourceError(
        "Not a contact file: expected a vCard (.vcf), CSV (.csv) or LDIF (.ldif) file."
    )


def _looks_like_vcard(head: bytes) -> bool:
    """A line that is just BEGIN:VCARD (in UTF-8 or UTF-16) near the start of the file."""
    for encoding in ("utf-8", "utf-16"):
        if _BEGIN_LINE.search(head.decode(encoding, errors="ignore")):
            return True
    return False


def read_items(path: Path, mapping: ColumnMapping | None = None) -> Iterator[Item]:
    """Every contact and every problem in one file, in file order; never raises."""
    name = str(path)
    try:
        kind = file_kind(path)
    except SourceError as exc:
        yield ImportIssue(name, 0, 0, str(exc))
        return
    count = 0
    try:
        for item in _reader(kind, path, mapping):
            count += 1
            yield item
    except Exception as exc:  # a reader bug or I/O error must not end the whole import
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        if count:
            yield ImportIssue(name, count + 1, 0, f"Reading stopped here: {reason}")
        else:
            yield ImportIssue(name, 0, 0, reason)


def _reader(kind: str, path: Path, mapping: ColumnMapping | None) -> Iterator[Item]:
    if kind == "vcard":
        from rolodex.importers.vcard_reader import read_vcards

        return read_vcards(path)
    if kind == "ldif":
        from rolodex.importers.ldif import read_ldif

        return read_ldif(path)
    from rolodex.importers.csv_reader import read_csv

    return read_csv(path, mapping)


def sample_contacts(
    paths: list[Path], mapping: ColumnMapping | None = None, limit: int = 20
) -> list[ContactData]:
    """The first ``limit`` contacts the files hold, read as the import will read them."""
    found: list[ContactData] = []
    for path in paths:
        for item in read_items(path, mapping):
            if len(found) >= limit:
                return found
            if isinstance(item, ContactData):
                found.append(item)
    return found


def estimate_items(path: Path) -> int:
    """About how many cards or rows a file holds (for the progress bar); 0 if unknown."""
    try:
        kind = file_kind(path)
        if kind == "vcard":
            from rolodex.importers.vcard_reader import count_cards

            return int(count_cards(path))
        if kind == "ldif":
            from rolodex.importers.ldif import count_entries

            return count_entries(path)
        with path.open("rb") as fh:
            return max(sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b"")), 1)
    except (SourceError, OSError, ValueError, UnicodeError):
        return 0
