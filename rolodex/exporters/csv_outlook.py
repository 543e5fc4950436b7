"""The Outlook CSV layout (English headers, as Outlook exports and imports it).

Outlook has fixed columns: three emails, one web page, three addresses (Business, Home, Other)
and phone columns by kind. A value goes to the column of its label (mobile → "Mobile Phone",
work → "Business Phone", then "Business Phone 2"...), else to the "Other" column; what still has
no column is written into the notes ("Phone (car): ..."), so nothing is dropped. Dates are
written month first (``5/17/1980``) as Outlook's English export writes them; a date without a
year stays ISO (``--05-17``). Tags go to "Categories", separated by ";".
"""

from __future__ import annotations

from rolodex.countries import country_name
from rolodex.exporters.csv_common import address_line, overflow_note
from rolodex.records import Address, ContactData

_NAME_COLUMNS = (
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Nickname",
    "Company",
    "Department",
    "Job Title",
)
_ADDRESS_SLOTS = {"work": "Business", "home": "Home", "other": "Other"}
_ADDRESS_PARTS = ("Street", "Street 2", "City", "State", "Postal Code", "Country/Region")
_PHONE_SLOTS = {
    "mobile": ("Mobile Phone",),
    "work": ("Business Phone", "Business Phone 2"),
    "home": ("Home Phone", "Home Phone 2"),
    "fax": ("Business Fax", "Home Fax", "Other Fax"),
    "pager": ("Pager",),
    "main": ("Company Main Phone", "Primary Phone"),
    "car": ("Car Phone",),
}
PHONE_COLUMNS = tuple(sorted({c for cols in _PHONE_SLOTS.values() for c in cols} | {"Other Phone"}))
_EMAIL_COLUMNS = ("E-mail Address", "E-mail 2 Address", "E-mail 3 Address")


def outlook_headers() -> list[str]:
    """The header row of an Outlook CSV file as Rolodex writes it."""
    headers = list(_NAME_COLUMNS)
    for prefix in _ADDRESS_SLOTS.values():
        headers.extend(f"{prefix} {part}" for part in _ADDRESS_PARTS)
        headers.append(f"{prefix} Address PO Box")
    headers.extend(PHONE_COLUMNS)
    headers.extend(("Anniversary", "Birthday", "Categories"))
    for column in _EMAIL_COLUMNS:
        headers.extend((column, column.replace("Address", "Type")))
    headers.extend(("Notes", "Web Page"))
    return headers


def outlook_row(contact: ContactData) -> dict[str, str]:
    """One contact as Outlook CSV cells, by header."""
    names = (contact.prefix, contact.given, contact.additional, contact.family, contact.suffix)
    if not any(names[1:4]) and contact.display_name:
        names = ("", contact.display_name, "", "", "")
    values = (*names, contact.nickname, contact.company, contact.department, contact.job_title)
    row = dict(zip(_NAME_COLUMNS, values, strict=True))
    notes: list[str] = [contact.notes] if contact.notes else []
    _phones(row, contact, notes)
    _emails(row, contact, notes)
    _addresses(row, contact.addresses, notes)
    for site in contact.websites:
        if "Web Page" not in row:
            row["Web Page"] = site.value
        else:
            notes.append(overflow_note("Web page", site.label, site.value))
    notes.extend(overflow_note("IM", im.service or im.label, im.value) for im in contact.ims)
    row["Birthday"] = us_date(contact.birthday)
    row["Anniversary"] = us_date(contact.anniversary)
    row["Categories"] = ";".join(contact.tags)
    row["Notes"] = "\n".join(notes)
    return row


def us_date(iso: str) -> str:
    """``1980-05-17`` → ``5/17/1980``; anything else unchanged."""
    parts = iso.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
        return f"{int(parts[1])}/{int(parts[2])}/{parts[0]}"
    return iso


def _phones(row: dict[str, str], contact: ContactData, notes: list[str]) -> None:
    for phone in contact.phones:
        slots = (*_PHONE_SLOTS.get(phone.label, ()), "Other Phone")
        free = next((s for s in slots if s not in row), None)
        if free is None:
            notes.append(overflow_note("Phone", phone.label, phone.value))
        else:
            row[free] = phone.value


def _emails(row: dict[str, str], contact: ContactData, notes: list[str]) -> None:
    for column, email in zip(_EMAIL_COLUMNS, contact.emails, strict=False):
        row[column] = email.value
        row[column.replace("Address", "Type")] = "SMTP"
    for email in contact.emails[len(_EMAIL_COLUMNS) :]:
        notes.append(overflow_note("E-mail", email.label, email.value))


def _addresses(row: dict[str, str], addresses: list[Address], notes: list[str]) -> None:
    used: set[str] = set()
    for addr in addresses:
        wanted = _ADDRESS_SLOTS.get(addr.label, "Other")
        order = [wanted, *(p for p in _ADDRESS_SLOTS.values() if p != wanted)]
        prefix = next((p for p in order if p not in used), None)
        if prefix is None:
            notes.append(overflow_note("Address", addr.label, address_line(addr)))
            continue
        used.add(prefix)
        street = addr.street
        parts = (street, addr.extended, addr.city, addr.region, addr.postal_code)
        row.update({f"{prefix} {p}": v for p, v in zip(_ADDRESS_PARTS, parts, strict=False)})
        row[f"{prefix} Country/Region"] = country_name(addr.country)
        row[f"{prefix} Address PO Box"] = addr.po_box
