"""Reading vCard files (2.1, 3.0, 4.0): the public, streaming entry points.

``read_vcards(path)`` yields one :class:`ContactData` per readable card and one
:class:`ImportIssue` per card that could not be read, in file order. The file is split into
cards before anything is parsed, so one bad card never stops the others, and cards are parsed
one at a time, so a file of 100,000 cards is never held in memory as parsed objects.

Contract for callers: an ``ImportIssue`` always means "this card was not imported". A card with
a part that cannot be decoded (a broken photo, a date that is not a date) is still imported; that
part is kept verbatim in ``extras`` and written back on export, so nothing is lost. A property
over a size limit (:mod:`rolodex.importers.limits`) is left out of its card, and a card that
lacked ``END:VCARD`` is imported; both are said in the warnings of a :class:`ReadContact`.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from rolodex.importers.limits import MAX_CARD_BYTES, describe_bytes
from rolodex.importers.vcard_card import VCard, VCardError
from rolodex.importers.vcard_charset import CharsetPolicy
from rolodex.importers.vcard_map import card_to_contact
from rolodex.importers.vcard_split import (
    RawCard,
    count_cards,
    iter_chunks,
    iter_lines,
    split_cards,
)
from rolodex.importers.vcard_text import CardError, clean_card
from rolodex.records import ContactData, ImportIssue, ReadContact

__all__ = ["count_cards", "read_card", "read_vcard_text", "read_vcards"]

NO_CARDS = "no vCard found (the file has no BEGIN:VCARD line)"
TOO_LARGE = f"the card is larger than {describe_bytes(MAX_CARD_BYTES)}; it was not imported"


def read_vcards(path: Path) -> Iterator[ContactData | ImportIssue]:
    """Stream the contacts of a vCard file, with an issue for every card that cannot be read."""
    path = Path(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield ImportIssue(str(path), 0, 0, f"cannot open the file: {exc.strerror or exc}")
        return
    with stream:
        chunks, unicode = iter_chunks(stream)
        yield from _read_cards(split_cards(iter_lines(chunks), unicode), str(path))


def read_vcard_text(text: str, name: str = "<text>") -> Iterator[ContactData | ImportIssue]:
    """Like :func:`read_vcards`, for vCard text already in memory (pasted, dropped, tested)."""
    stream = io.BytesIO(text.encode("utf-8"))
    chunks, unicode = iter_chunks(stream)
    yield from _read_cards(split_cards(iter_lines(chunks), unicode), name)


def _read_cards(cards: Iterable[RawCard], name: str) -> Iterator[ContactData | ImportIssue]:
    charsets = CharsetPolicy()
    seen = False
    for raw in cards:
        seen = True
        yield read_card(raw, charsets, name)
    if not seen:
        yield ImportIssue(name, 0, 0, NO_CARDS)


def read_card(raw: RawCard, charsets: CharsetPolicy, name: str) -> ContactData | ImportIssue:
    """Read one raw card; every failure becomes an issue naming the card and its line.
    What was left out of a card that is read (a property too large, its END:VCARD) makes it a
    :class:`ReadContact` with ``warnings``."""
    if raw.oversized:
        return ImportIssue(name, raw.number, raw.line, TOO_LARGE)
    try:
        clean = clean_card(raw, charsets)
        contact = card_to_contact(VCard.from_lines(clean.lines, clean.version))
    except (CardError, VCardError) as exc:
        return ImportIssue(name, raw.number, raw.line, str(exc))
    except Exception as exc:  # a card must never stop the file: report what went wrong
        return ImportIssue(name, raw.number, raw.line, f"unreadable card ({exc!r:.200})")
    warnings = clean.warnings
    if not raw.complete:
        warnings.append(f"card {raw.number} had no END:VCARD")
    return ReadContact(**vars(contact), warnings=warnings) if warnings else contact
