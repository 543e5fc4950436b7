"""From contacts to label entries: leave out "do not mail" contacts and contacts without a
usable address (listing them), format each address, sort, and repeat for copies."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rolodex.labels.address_format import Unmailable, format_address, person_name
from rolodex.labels.options import (
    REASON_DO_NOT_MAIL,
    REASON_NO_GLYPHS,
    LabelOptions,
    LeftOut,
    SortOrder,
    check_options,
    check_total,
)
from rolodex.records import ContactData


@dataclass(frozen=True)
class Entry:
    """One contact's label text."""

    contact_id: int | None
    name: str
    lines: list[str]
    sort_key: tuple[object, ...] = ()


def _display_name(contact: ContactData) -> str:
    return person_name(contact) or contact.full_name() or f"contact {contact.id}"


def _sort_key(
    contact: ContactData, postal: str, country: str, opts: LabelOptions
) -> tuple[object, ...]:
    from rolodex.collation import sort_key

    if opts.sort is SortOrder.NAME:
        family = contact.family or contact.company or _display_name(contact)
        return (
            sort_key(family, opts.collation_locale),
            sort_key(_display_name(contact), opts.collation_locale),
        )
    if opts.sort is SortOrder.POSTAL_CODE:
        return (
            country,
            postal.replace(" ", "").upper(),
            sort_key(_display_name(contact), opts.collation_locale),
        )
    return ()


def prepare_entries(
    contacts: Iterable[ContactData],
    options: LabelOptions,
    missing: Callable[[str], str] | None = None,
) -> tuple[list[Entry], list[LeftOut]]:
    """Label entries in print order (copies included) and the contacts left out.
    ``missing`` returns the characters the font cannot draw (those contacts are left out).
    Raises LabelLimitError for options outside the limits or a run of too many labels."""
    check_options(options)
    entries: list[Entry] = []
    left_out: list[LeftOut] = []
    for contact in contacts:
        name = _display_name(contact)
        if contact.do_not_mail:
            left_out.append(LeftOut(contact.id, name, REASON_DO_NOT_MAIL))
            continue
        try:
            address = format_address(contact, options)
        except Unmailable as exc:
            left_out.append(LeftOut(contact.id, name, str(exc)))
            continue
        absent = missing("".join(address.lines)) if missing else ""
        if absent:
            left_out.append(LeftOut(contact.id, name, f"{REASON_NO_GLYPHS}: {absent}"))
            continue
        key = _sort_key(contact, address.postal_code, address.country, options)
        entries.append(Entry(contact.id, name, address.lines, key))
    if options.sort is not SortOrder.AS_GIVEN:
        entries.sort(key=lambda e: e.sort_key)
    copies = options.copies
    check_total(len(entries), copies)
    if copies > 1:
        entries = [e for e in entries for _ in range(copies)]
    return entries, left_out
