"""Mapping an LDIF person entry onto :class:`ContactData`, with Thunderbird's attribute names.

Thunderbird writes the standard inetOrgPerson attributes (``givenName``, ``sn``, ``cn``,
``mail``, ``telephoneNumber``, ``street``, ``l``, ``st``, ``postalCode``, ``c``, ``o``, ``ou``,
``title``, ``description``...) plus its own ``mozilla*`` ones (second email, home address,
nickname, web pages, custom fields) and ``birthyear``/``birthmonth``/``birthday``. Older
versions used ``xmozilla*`` names and ``facsimiletelephonenumber``; both are read. Attributes
that are bookkeeping (``objectclass``, ``modifytimestamp``, ``mozillaUseHtmlMail``) are
dropped; any other one is kept as an ``X-LDIF-…`` extra property, so nothing is lost.
"""

from __future__ import annotations

from rolodex.countries import normalize_country
from rolodex.importers.csv_values import date_from_parts
from rolodex.importers.ldif.records import Record
from rolodex.importers.limits import MAX_BINARY_BYTES, MAX_TEXT_CHARS
from rolodex.records import (
    Address,
    ContactData,
    ExtraProperty,
    InstantMessage,
    LabeledValue,
    Phone,
)

SCALARS = {
    "givenname": "given",
    "sn": "family",
    "surname": "family",
    "cn": "display_name",
    "mozillanickname": "nickname",
    "xmozillanickname": "nickname",
    "o": "company",
    "ou": "department",
    "department": "department",
    "title": "job_title",
    "description": "notes",
}
EMAILS = {"mail": "", "mozillasecondemail": "other", "xmozillasecondemail": "other"}
PHONES = {
    "telephonenumber": "work",
    "homephone": "home",
    "mobile": "mobile",
    "cellphone": "mobile",
    "fax": "fax",
    "facsimiletelephonenumber": "fax",
    "pager": "pager",
    "pagerphone": "pager",
}
WEBSITES = {"mozillaworkurl": "work", "mozillahomeurl": "home", "workurl": "work"}
ADDRESS_PARTS = {
    "work": {
        "street": "street",
        "postaladdress": "street",
        "mozillaworkstreet2": "extended",
        "mozillapostaladdress2": "extended",
        "l": "city",
        "locality": "city",
        "st": "region",
        "postalcode": "postal_code",
        "zip": "postal_code",
        "c": "country",
        "countryname": "country",
    },
    "home": {
        "mozillahomestreet": "street",
        "homepostaladdress": "street",
        "mozillahomestreet2": "extended",
        "mozillahomepostaladdress2": "extended",
        "mozillahomelocalityname": "city",
        "mozillahomestate": "region",
        "mozillahomepostalcode": "postal_code",
        "mozillahomecountryname": "country",
    },
}
IGNORED = frozenset(
    {"objectclass", "modifytimestamp", "mozillausehtmlmail", "xmozillausehtmlmail", "member"}
)
BIRTH = ("birthyear", "birthmonth", "birthday")
_ADDRESS_NAMES = {name: label for label, parts in ADDRESS_PARTS.items() for name in parts}


def is_group(record: Record) -> bool:
    """A mailing list (``objectclass: groupOfNames``), not a person."""
    classes = {value.strip().casefold() for value in record.values("objectclass")}
    return bool(classes & {"groupofnames", "groupofuniquenames"})


def record_to_contact(record: Record, warnings: list[str]) -> ContactData:
    """The contact an entry describes; a value too long to keep is named in ``warnings``."""
    contact = ContactData()
    addresses: dict[str, dict[str, str]] = {}
    for name, raw in record.attributes:
        value = raw.strip()
        if len(value) > MAX_TEXT_CHARS:
            warnings.append(f"the value of {name!r} is too long; it was left out")
            continue
        if value and not _apply(contact, name, value, addresses):
            contact.extras.append(ExtraProperty(f"X-LDIF-{name.upper()}", value))
    contact.addresses = [_address(label, parts) for label, parts in addresses.items()]
    contact.addresses = [a for a in contact.addresses if not a.is_empty() or a.country]
    contact.birthday = date_from_parts(*(record.first(key) for key in BIRTH))
    _photo(contact, record, warnings)
    common_name, contact.display_name = contact.display_name, ""
    if common_name != contact.full_name():
        contact.display_name = common_name
    return contact


def _apply(
    contact: ContactData, name: str, value: str, addresses: dict[str, dict[str, str]]
) -> bool:
    """Put one attribute into the contact; False when it is not modelled."""
    if name in IGNORED or name in BIRTH:
        return True
    if name in SCALARS:
        field = SCALARS[name]
        if getattr(contact, field):
            return field == "notes" and _more_notes(contact, value)
        setattr(contact, field, value)
        return True
    if name in EMAILS:
        contact.emails.append(LabeledValue(value, EMAILS[name], pref=not contact.emails))
    elif name in PHONES:
        contact.phones.append(Phone(value, PHONES[name]))
    elif name in WEBSITES:
        contact.websites.append(LabeledValue(value, WEBSITES[name]))
    elif name == "labeleduri":
        contact.websites.append(LabeledValue(value.split()[0]))
    elif name == "nsaimid":
        contact.ims.append(InstantMessage(value, "aim"))
    elif name in _ADDRESS_NAMES:
        label = _ADDRESS_NAMES[name]
        part = ADDRESS_PARTS[label][name]
        parts = addresses.setdefault(label, {})
        parts[part] = f"{parts[part]}\n{value}" if parts.get(part) else value
    else:
        return False
    return True


def _more_notes(contact: ContactData, value: str) -> bool:
    contact.notes = f"{contact.notes}\n{value}"
    return True


def _address(label: str, parts: dict[str, str]) -> Address:
    return Address(
        street=parts.get("street", ""),
        extended=parts.get("extended", ""),
        city=parts.get("city", ""),
        region=parts.get("region", ""),
        postal_code=parts.get("postal_code", ""),
        country=normalize_country(parts.get("country", "")),
        label=label,
    )


def _photo(contact: ContactData, record: Record, warnings: list[str]) -> None:
    for name, data in record.binary:
        if name in ("jpegphoto", "photo") and contact.photo is None:
            if len(data) > MAX_BINARY_BYTES:
                warnings.append("the photo is too large; it was left out")
                continue
            contact.photo, contact.photo_mime = data, _mime(data)


def _mime(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "image/jpeg"
