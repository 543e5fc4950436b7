"""The Google Contacts CSV layout (the current "Label / Value" headers) for export.

Google gives each email, phone, address, website and handle a numbered group of columns
("E-mail 1 - Label", "E-mail 1 - Value"). The number of groups is the most any contact needs when
the contacts come as a list; when they come as a stream it is fixed, and further emails, phones,
websites and handles share the last group's cell, separated by " ::: " (as Google itself writes
several values of one label), while further addresses go to the notes. The preferred value's
label starts with "* ", tags go to "Labels" after "* myContacts", an anniversary becomes
"Event 1" and a full name that differs from the structured one goes to "File As".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rolodex.countries import country_name
from rolodex.exporters.csv_common import address_line, overflow_note
from rolodex.records import Address, ContactData, InstantMessage, LabeledValue

_LABELS_OUT = {
    "home": "Home",
    "work": "Work",
    "mobile": "Mobile",
    "other": "Other",
    "main": "Main",
    "pager": "Pager",
    "fax": "Work Fax",
}
_BASE = (
    "First Name",
    "Middle Name",
    "Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Labels",
)
_ADDRESS_PARTS = (
    "Label",
    "Formatted",
    "Street",
    "City",
    "PO Box",
    "Region",
    "Postal Code",
    "Country",
    "Extended Address",
)
STREAM_SLOTS = {"E-mail": 3, "Phone": 4, "Address": 2, "Website": 2, "IM": 2}


@dataclass
class GoogleLayout:
    """How many numbered groups of each kind the file has."""

    slots: dict[str, int]

    @classmethod
    def for_contacts(cls, contacts: Iterable[ContactData]) -> GoogleLayout:
        if not isinstance(contacts, Sequence):
            return cls(dict(STREAM_SLOTS))
        slots = {key: 1 for key in STREAM_SLOTS}
        for c in contacts:
            counts = (len(c.emails), len(c.phones), len(c.addresses), len(c.websites), len(c.ims))
            for key, count in zip(STREAM_SLOTS, counts, strict=True):
                slots[key] = max(slots[key], count)
        return cls(slots)

    def headers(self) -> list[str]:
        headers = list(_BASE)
        for kind, subs in (
            ("E-mail", ("Label", "Value")),
            ("Phone", ("Label", "Value")),
            ("Address", _ADDRESS_PARTS),
            ("Website", ("Label", "Value")),
            ("IM", ("Label", "Service", "Value")),
        ):
            for n in range(1, self.slots[kind] + 1):
                headers.extend(f"{kind} {n} - {sub}" for sub in subs)
        headers.extend(("Event 1 - Label", "Event 1 - Value"))
        return headers

    def row(self, contact: ContactData) -> dict[str, str]:
        notes: list[str] = [contact.notes] if contact.notes else []
        row = _base_cells(contact)
        self._values(row, "E-mail", contact.emails)
        self._values(row, "Phone", contact.phones)
        self._values(row, "Website", contact.websites)
        self._ims(row, contact.ims)
        self._addresses(row, contact.addresses, notes)
        row["Notes"] = "\n".join(notes)
        if contact.anniversary:
            row["Event 1 - Label"] = "Anniversary"
            row["Event 1 - Value"] = contact.anniversary
        return row

    def _values(self, row: dict[str, str], kind: str, values: Sequence[LabeledValue]) -> None:
        last = self.slots[kind]
        for n, item in enumerate(values[:last], start=1):
            row[f"{kind} {n} - Label"] = label_out(item.label, item.pref)
            row[f"{kind} {n} - Value"] = item.value
        if len(values) > last:
            key = f"{kind} {last} - Value"
            row[key] = " ::: ".join([row[key], *(v.value for v in values[last:])])

    def _ims(self, row: dict[str, str], ims: Sequence[InstantMessage]) -> None:
        last = self.slots["IM"]
        for n, im in enumerate(ims[:last], start=1):
            row[f"IM {n} - Label"] = label_out(im.label, im.pref)
            row[f"IM {n} - Service"] = im.service
            row[f"IM {n} - Value"] = im.value
        if len(ims) > last:
            key = f"IM {last} - Value"
            row[key] = " ::: ".join([row[key], *(im.value for im in ims[last:])])

    def _addresses(self, row: dict[str, str], addresses: list[Address], notes: list[str]) -> None:
        last = self.slots["Address"]
        for n, addr in enumerate(addresses[:last], start=1):
            parts = (
                label_out(addr.label, addr.pref),
                address_line(addr, "\n"),
                addr.street,
                addr.city,
                addr.po_box,
                addr.region,
                addr.postal_code,
                country_name(addr.country),
                addr.extended,
            )
            row.update(
                {f"Address {n} - {s}": v for s, v in zip(_ADDRESS_PARTS, parts, strict=True)}
            )
        notes.extend(overflow_note("Address", a.label, address_line(a)) for a in addresses[last:])


def label_out(label: str, pref: bool) -> str:
    """A Rolodex label as Google writes it; the preferred one starts with "* "."""
    text = _LABELS_OUT.get(label, label)
    return f"* {text}" if pref else text


def _base_cells(contact: ContactData) -> dict[str, str]:
    structured = " ".join(
        p for p in (contact.prefix, contact.given, contact.additional, contact.family) if p
    )
    file_as = contact.display_name if contact.display_name.strip() != structured else ""
    if contact.suffix and file_as == f"{structured} {contact.suffix}":
        file_as = ""
    tags = " ::: ".join(["* myContacts", *contact.tags])
    values = (
        contact.given,
        contact.additional,
        contact.family,
        contact.prefix,
        contact.suffix,
        contact.nickname,
        file_as,
        contact.company,
        contact.job_title,
        contact.department,
        contact.birthday,
        "",
        tags,
    )
    return dict(zip(_BASE, values, strict=True))
