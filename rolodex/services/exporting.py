"""Exporting contacts: vCard 3.0 / 4.0 or CSV (Google or Outlook layout), one file or one file
per contact, written atomically.

The caller chooses the contacts (the selection, a tag, a search, or everything) with
``ContactService.ids`` and passes their ids. Contacts are loaded and written a chunk at a time,
so exporting 100,000 contacts never holds them all. Cancel leaves no partial file behind: the
single file is written to a temp file and renamed only on success, and the per-contact files
already written by a cancelled export are removed again.

One file per contact (vCard formats only) writes ``<name>.vcf`` files into the folder
``out_path``, with file names safe on Windows, macOS and Linux; two contacts with the same name
get "Name (2).vcf". Files of the same name already in the folder are replaced.

A vCard value that cannot be written validly (a property named END, a photo whose base64 was
already broken when it was imported) is left out of its card, never written broken; each one is
a warning in :attr:`ExportResult.warnings`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, cast

from rolodex.exporters.vcard_check import Dropped
from rolodex.fileio import atomic_write
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService

FORMATS: dict[str, tuple[str, str]] = {
    "vcard": ("vcard", "3.0"),
    "vcard4": ("vcard", "4.0"),
    "csv-google": ("csv", "google"),
    "csv-outlook": ("csv", "outlook"),
}
PROGRESS_EVERY = 100
MAX_NAME_BYTES = 120
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(10)),
    *(f"LPT{i}" for i in range(10)),
}

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class ExportError(Exception):
    """An export that cannot be done as asked (unknown format, CSV split per contact...)."""


class _Cancelled(Exception):
    pass


@dataclass
class ExportResult:
    """What an export wrote: how many contacts, the file(s), and the values left out."""

    count: int
    format: str
    paths: list[Path] = field(default_factory=list)
    cancelled: bool = False
    warnings: list[Dropped] = field(default_factory=list)

    def warning_counts(self) -> dict[str, int]:
        """How many values were left out, by reason (``Dropped.reason``)."""
        counts: dict[str, int] = {}
        for warning in self.warnings:
            counts[warning.reason] = counts.get(warning.reason, 0) + 1
        return counts


def format_for_path(path: Path | str) -> str:
    """The format a file name suggests: ``.csv`` → "csv-google", anything else → "vcard"."""
    return "csv-google" if Path(path).suffix.lower() == ".csv" else "vcard"


def export_contacts(
    ids: Sequence[int],
    out_path: Path | str,
    format: str = "vcard",
    one_file_per_contact: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ExportResult:
    """Write the contacts ``ids`` to ``out_path`` (a folder when ``one_file_per_contact``)."""
    if format not in FORMATS:
        raise ExportError(f"Unknown export format {format!r}; use one of: {', '.join(FORMATS)}")
    kind, variant = FORMATS[format]
    out = Path(out_path)
    contacts = _stream(ids, progress, cancelled)
    dropped: list[Dropped] = []
    try:
        if one_file_per_contact:
            if kind != "vcard":
                raise ExportError("One file per contact is only possible for vCard exports.")
            written = _per_contact(contacts, out, variant, dropped)
            return ExportResult(len(written), format, written, warnings=dropped)
        count = _single_file(contacts, out, kind, variant, dropped)
        return ExportResult(count, format, [out], warnings=dropped)
    except _Cancelled:
        return ExportResult(0, format, [], cancelled=True)


def _stream(
    ids: Sequence[int], progress: ProgressFn | None, cancelled: CancelledFn | None
) -> Iterator[ContactData]:
    total = len(ids)
    for done, contact in enumerate(ContactService().get_many(ids), 1):
        if cancelled is not None and cancelled():
            raise _Cancelled
        yield contact
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total)


def _single_file(
    contacts: Iterable[ContactData], out: Path, kind: str, variant: str, dropped: list[Dropped]
) -> int:
    if not out.parent.is_dir():
        raise ExportError(f"The folder {out.parent} does not exist.")
    if kind == "csv":
        from rolodex.exporters.csv_writer import write_csv

        return write_csv(contacts, out, "outlook" if variant == "outlook" else "google")
    from rolodex.exporters.vcard import write_vcards

    with atomic_write(out, "wb") as fh:
        return write_vcards(contacts, cast(BinaryIO, fh), variant, dropped)


def _per_contact(
    contacts: Iterable[ContactData], folder: Path, version: str, dropped: list[Dropped]
) -> list[Path]:
    from rolodex.exporters.vcard import card_bytes

    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} is a file; one file per contact needs a folder.")
    folder.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    written: list[Path] = []
    try:
        for contact in contacts:
            name = safe_file_name(contact.full_name(), taken, f"contact-{contact.id}")
            target = folder / f"{name}.vcf"
            with atomic_write(target, "wb") as fh:
                fh.write(card_bytes(contact, version, dropped))
            written.append(target)
    except _Cancelled:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written


def safe_file_name(name: str, taken: set[str], fallback: str) -> str:
    """A file name (without extension) safe on every common file system, unique in ``taken``.

    Characters Windows forbids and control characters become "_", leading and trailing dots
    and spaces go, reserved device names (CON, NUL, COM1...) get a "_" prefix, and the name is
    cut to :data:`MAX_NAME_BYTES` UTF-8 bytes without splitting a character. ``taken`` holds
    the case-folded names already used (macOS and Windows ignore case) and is updated.
    """
    text = _UNSAFE.sub("_", unicodedata.normalize("NFC", name)).strip(" .")
    text = _truncate(text, MAX_NAME_BYTES).strip(" .") or fallback
    if text.split(".")[0].upper() in _RESERVED:
        text = f"_{text}"
    candidate, number = text, 1
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{text} ({number})"
    taken.add(candidate.casefold())
    return candidate


def _truncate(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")
