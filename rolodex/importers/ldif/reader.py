"""The public entry points for LDIF files: read, count and recognise.

The file is read twice, streaming both times: the first pass collects the mailing lists
(``groupOfNames`` entries and their ``member:`` DNs) so that a list written before its members,
as Thunderbird writes it, still tags them; the second yields the people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from rolodex.importers.ldif.records import BadRecord, Record, iter_lines, split_records
from rolodex.importers.ldif.thunderbird import is_group, record_to_contact
from rolodex.records import ContactData, ImportIssue, ReadContact

CHUNK = 1 << 20
NO_ENTRIES = "no LDIF entry found (the file has no dn: line)"
EMPTY = "The entry has no name, company, email or phone"
_START = re.compile(rb"^(?:#[^\n]*\n|version:[ \t]*1[ \t]*\r?\n|[ \t]*\r?\n)*dn::?[ \t]*\S", re.I)


def _records(stream: BinaryIO) -> Iterator[Record | BadRecord]:
    chunks: Iterable[bytes] = iter(lambda: stream.read(CHUNK), b"")
    return split_records(iter_lines(chunks))


def normalize_dn(dn: str) -> str:
    """A DN as compared: case-folded, no spaces around the commas and equals signs."""
    return re.sub(r"\s*([,=+])\s*", r"\1", dn.strip()).casefold()


def read_groups(path: Path) -> dict[str, list[str]]:
    """Member DN (normalised) → the names of the mailing lists it belongs to."""
    groups: dict[str, list[str]] = {}
    with path.open("rb") as stream:
        for record in _records(stream):
            if isinstance(record, Record) and is_group(record):
                name = record.first("cn").strip() or record.dn
                for member in record.values("member") + record.values("uniquemember"):
                    groups.setdefault(normalize_dn(member), []).append(name)
    return groups


def read_ldif(path: Path | str) -> Iterator[ContactData | ImportIssue]:
    """Stream the people of an LDIF file, with an issue for every entry that cannot be read."""
    path = Path(path)
    groups = read_groups(path)
    seen = False
    with path.open("rb") as stream:
        for record in _records(stream):
            seen = True
            if isinstance(record, BadRecord):
                yield ImportIssue(str(path), record.number, record.line, record.message)
            elif not is_group(record):
                yield _contact(path, record, groups)
    if not seen:
        yield ImportIssue(str(path), 0, 0, NO_ENTRIES)


def _contact(path: Path, record: Record, groups: dict[str, list[str]]) -> ContactData | ImportIssue:
    warnings: list[str] = []
    contact = record_to_contact(record, warnings)
    for tag in groups.get(normalize_dn(record.dn), []):
        if tag not in contact.tags:
            contact.tags.append(tag)
    if not (contact.full_name() or contact.phones):
        return ImportIssue(str(path), record.number, record.line, EMPTY)
    return ReadContact(**vars(contact), warnings=warnings) if warnings else contact


def count_entries(path: Path) -> int:
    """How many entries (``dn:`` lines) a file holds, for the progress bar."""
    count = 0
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(CHUNK), b""):
            count += len(re.findall(rb"(?:^|\n)dn:", chunk, re.I))
    return count


def looks_like_ldif(head: bytes) -> bool:
    """Whether the start of a file is LDIF: comments or ``version: 1``, then a ``dn:`` line."""
    return bool(_START.match(head.lstrip(b"\xef\xbb\xbf")))
