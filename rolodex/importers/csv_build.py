"""Turning one CSV row into a :class:`ContactData`, given what each column holds.

Columns are first gathered by (kind, group): a Google "E-mail 2 - Label" and "E-mail 2 - Value"
share the group ``e-mail2``; Outlook's "Business Street" and "Business City" share ``work``.
Each group then becomes one email, phone, website, handle or address.
"""

from __future__ import annotations

from rolodex.countries import normalize_country
from rolodex.importers.csv_mapping import ADDRESS_KINDS, Target
from rolodex.importers.csv_values import (
    clean_cell,
    date_from_parts,
    normalize_date,
    normalize_label,
    split_multi,
    split_tags,
)
from rolodex.records import (
    Address,
    ContactData,
    ExtraProperty,
    InstantMessage,
    LabeledValue,
    Phone,
)

_SCALARS = (
    "prefix",
    "given",
    "additional",
    "family",
    "suffix",
    "nickname",
    "display_name",
    "company",
    "department",
    "job_title",
    "role",
    "notes",
)
_OUTLOOK_DEFAULTS = {
    ("X-GENDER", "Unspecified"),
    ("X-PRIORITY", "Normal"),
    ("X-SENSITIVITY", "Normal"),
    ("X-PRIVATE", "False"),
}
_JOINERS = {"notes": "\n", "tags": ";", "extended": ", "}

Gathered = dict[tuple[str, str], tuple[Target, str]]


def gather(cells: list[str], targets: dict[int, Target]) -> Gathered:
    """Non-empty cell values by (kind, group), in column order; repeated keys are joined."""
    values: Gathered = {}
    for index in sorted(targets):
        target = targets[index]
        if index >= len(cells) or target.kind == "ignore":
            continue
        value = clean_cell(cells[index])
        if not value:
            continue
        key = (target.kind, target.group)
        if key in values:
            joiner = _JOINERS.get(target.kind, " ")
            value = values[key][1] + joiner + value
        values[key] = (target, value)
    return values


def build_contact(values: Gathered) -> ContactData:
    """The contact the gathered values describe."""
    contact = ContactData()
    for kind in _SCALARS:
        if (kind, "") in values:
            setattr(contact, kind, values[(kind, "")][1])
    contact.tags = split_tags(_get(values, "tags"))
    contact.emails = [
        LabeledValue(v.removeprefix("mailto:"), lb, p) for v, lb, p in _labeled(values, "email")
    ]
    contact.phones = [Phone(v, lb, p) for v, lb, p in _labeled(values, "phone")]
    contact.websites = [LabeledValue(v, lb, p) for v, lb, p in _labeled(values, "website")]
    contact.ims = _ims(values)
    contact.addresses = _addresses(values)
    _dates(contact, values)
    contact.extras.extend(_extras(values))
    return contact


def _get(values: Gathered, kind: str, group: str = "") -> str:
    found = values.get((kind, group))
    return found[1] if found else ""


def _groups(values: Gathered, kinds: tuple[str, ...]) -> list[str]:
    groups: list[str] = []
    for kind, group in values:
        if kind in kinds and group not in groups:
            groups.append(group)
    return groups


def _label(values: Gathered, kind: str, group: str) -> tuple[str, bool]:
    raw = _get(values, f"{kind}_label", group) or values[(kind, group)][0].label
    return normalize_label(raw)


def _labeled(values: Gathered, kind: str) -> list[tuple[str, str, bool]]:
    """(value, label, pref) for every value of ``kind``; a cell may hold several (``:::``)."""
    found: list[tuple[str, str, bool]] = []
    for group in _groups(values, (kind,)):
        label, pref = _label(values, kind, group)
        found.extend((part, label, pref) for part in split_multi(values[(kind, group)][1]))
    return found


def _ims(values: Gathered) -> list[InstantMessage]:
    ims: list[InstantMessage] = []
    for group in _groups(values, ("im",)):
        label, pref = _label(values, "im", group)
        service = _get(values, "im_service", group).casefold()
        for part in split_multi(values[("im", group)][1]):
            ims.append(InstantMessage(part, service, label, pref))
    return ims


def _addresses(values: Gathered) -> list[Address]:
    addresses: list[Address] = []
    kinds = (*ADDRESS_KINDS, "address_label", "address_formatted")
    for group in _groups(values, kinds):
        part = {kind: _get(values, kind, group) for kind in ADDRESS_KINDS}
        address = Address(
            street=part["street"],
            extended=part["extended"],
            po_box=part["po_box"],
            city=part["city"],
            region=part["region"],
            postal_code=part["postal_code"],
            country=normalize_country(part["country"]),
        )
        if address.is_empty():
            address.street = _get(values, "address_formatted", group)
        if address.is_empty() and not address.country:
            continue
        raw_label = _get(values, "address_label", group)
        if not raw_label:
            owner = next(t for (k, g), (t, _) in values.items() if g == group and k in kinds)
            raw_label = owner.label
        address.label, address.pref = normalize_label(raw_label)
        addresses.append(address)
    return addresses


def _dates(contact: ContactData, values: Gathered) -> None:
    birthday = _get(values, "birthday")
    if birthday:
        contact.birthday = normalize_date(birthday)
    else:
        parts = (_get(values, k) for k in ("birth_year", "birth_month", "birth_day"))
        contact.birthday = date_from_parts(*parts)
    contact.anniversary = normalize_date(_get(values, "anniversary"))
    for group in _groups(values, ("event",)):
        label, _ = normalize_label(_get(values, "event_label", group))
        date = normalize_date(values[("event", group)][1])
        if label.casefold() == "anniversary" and not contact.anniversary:
            contact.anniversary = date
        elif label.casefold() == "birthday" and not contact.birthday:
            contact.birthday = date
        else:
            params = {"TYPE": [label]} if label else {}
            contact.extras.append(ExtraProperty("X-EVENT", date, params))


def _extras(values: Gathered) -> list[ExtraProperty]:
    extras: list[ExtraProperty] = []
    for group in _groups(values, ("extra",)):
        target, value = values[("extra", group)]
        if (target.label, value) in _OUTLOOK_DEFAULTS:
            continue
        label = _get(values, "extra_label", group)
        extras.append(ExtraProperty(target.label, value, {"TYPE": [label]} if label else {}))
    return extras
