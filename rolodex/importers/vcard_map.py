"""Mapping a parsed card's properties onto :class:`ContactData`.

Each modelled property has a handler that fills the contact and returns True; a handler that
cannot use its property (a second TITLE, an undecodable photo, a date that is not a date)
returns False and the property is kept verbatim as an :class:`ExtraProperty`, so export writes it
back. Grouped labels (``item1.EMAIL`` + ``item1.X-ABLabel``) are applied to the property they
label; an X-ABLabel no modelled property uses is kept as an extra too.
"""

from __future__ import annotations

from collections.abc import Callable

from rolodex.countries import normalize_country
from rolodex.importers.vcard_card import VCard, VProperty
from rolodex.importers.vcard_fields import (
    decode_photo,
    im_service,
    iso_date,
    split_impp,
)
from rolodex.importers.vcard_labels import label_from_ablabel, label_from_types
from rolodex.importers.vcard_values import split_unescape, unescape
from rolodex.records import (
    Address,
    ContactData,
    ExtraProperty,
    InstantMessage,
    LabeledValue,
    Phone,
)

Handler = Callable[[ContactData, VProperty, "str | None"], bool]
ANNIVERSARY_NAMES = ("ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY")
DO_NOT_MAIL = "X-ROLODEX-DO-NOT-MAIL"
_LABELLED = frozenset({"EMAIL", "TEL", "ADR", "URL", "IMPP"})


def card_to_contact(card: VCard) -> ContactData:
    """Build the contact a card describes; whatever is not modelled goes to ``extras``."""
    contact = ContactData()
    labels = _group_labels(card.properties)
    used = _labelled_groups(card.properties, labels)
    fn = ""
    for prop in card.properties:
        if prop.name == "FN" and not fn:
            fn = unescape(prop.value).strip()
            continue
        if prop.name == "X-ABLABEL" and prop.group in used:
            continue
        handler = _handler(prop.name)
        label = labels.get(prop.group) if prop.group else None
        if handler is None or not handler(contact, prop, label):
            contact.extras.append(_extra(prop))
    contact.display_name = "" if fn == contact.full_name() else fn
    return contact


def _group_labels(props: list[VProperty]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for prop in props:
        if prop.name == "X-ABLABEL" and prop.group and prop.group not in labels:
            labels[prop.group] = label_from_ablabel(unescape(prop.value))
    return labels


def _labelled_groups(props: list[VProperty], labels: dict[str, str]) -> set[str]:
    used: set[str] = set()
    for prop in props:
        if not prop.group or prop.group not in labels:
            continue
        takes_label = prop.name in _LABELLED or im_service(prop.name) is not None
        if takes_label or (prop.name == "X-ABDATE" and labels[prop.group] == "anniversary"):
            used.add(prop.group)
    return used


def _extra(prop: VProperty) -> ExtraProperty:
    params = {key: list(values) for key, values in prop.params.items()}
    return ExtraProperty(prop.name, prop.value, params, prop.group)


def _handler(name: str) -> Handler | None:
    handler = _HANDLERS.get(name)
    if handler is None and im_service(name) is not None:
        return _im
    return handler


def _is_pref(prop: VProperty) -> bool:
    return "pref" in prop.types() or bool(prop.param("PREF"))


def _label(prop: VProperty, group_label: str | None, is_tel: bool = False) -> str:
    return group_label if group_label else label_from_types(prop.types(), is_tel)


def _name(contact: ContactData, prop: VProperty, _label_: str | None) -> bool:
    if any((contact.family, contact.given, contact.additional, contact.prefix, contact.suffix)):
        return False
    parts = [p.strip() for p in split_unescape(prop.value, ";")] + [""] * 5
    contact.family, contact.given, contact.additional, contact.prefix, contact.suffix = parts[:5]
    return True


def _org(contact: ContactData, prop: VProperty, _label_: str | None) -> bool:
    if contact.company or contact.department:
        return False
    parts = [p.strip() for p in split_unescape(prop.value, ";")]
    contact.company = parts[0]
    contact.department = "; ".join(p for p in parts[1:] if p)
    return True


def _text_field(attr: str) -> Handler:
    def handle(contact: ContactData, prop: VProperty, _label_: str | None) -> bool:
        if getattr(contact, attr):
            return False
        setattr(contact, attr, unescape(prop.value).strip())
        return True

    return handle


def _date_field(attr: str) -> Handler:
    def handle(contact: ContactData, prop: VProperty, label: str | None) -> bool:
        if getattr(contact, attr) or (prop.name == "X-ABDATE" and label != "anniversary"):
            return False
        value = iso_date(prop.value)
        if value is None:
            return False
        setattr(contact, attr, value)
        return True

    return handle


def _nickname(contact: ContactData, prop: VProperty, _label_: str | None) -> bool:
    names = [n.strip() for n in split_unescape(prop.value, ",") if n.strip()]
    contact.nickname = ", ".join(filter(None, [contact.nickname, *names]))
    return True


def _note(contact: ContactData, prop: VProperty, _label_: str | None) -> bool:
    text = unescape(prop.value).strip()
    contact.notes = "\n".join(filter(None, [contact.notes, text]))
    return True


def _categories(contact: ContactData, prop: VProperty, _label_: str | None) -> bool:
    for tag in split_unescape(prop.value, ","):
        tag = tag.strip()
        if tag and tag not in contact.tags:
            contact.tags.append(tag)
    return True


def _photo(contact: ContactData, prop: VProperty, _label_: str | None) -> bool:
    if contact.photo is not None:
        return False
    decoded = decode_photo(prop)
    if decoded is None:
        return False
    contact.photo, contact.photo_mime = decoded
    return True


def _email(contact: ContactData, prop: VProperty, label: str | None) -> bool:
    value = unescape(prop.value).strip()
    if value:
        contact.emails.append(LabeledValue(value, _label(prop, label), _is_pref(prop)))
    return True


def _tel(contact: ContactData, prop: VProperty, label: str | None) -> bool:
    value = unescape(prop.value).strip()
    if value[:4].lower() == "tel:":
        value = value[4:]
    if value:
        contact.phones.append(Phone(value, _label(prop, label, True), _is_pref(prop)))
    return True


def _adr(contact: ContactData, prop: VProperty, label: str | None) -> bool:
    parts = [p.strip() for p in split_unescape(prop.value, ";")] + [""] * 7
    po_box, extended, street, city, region, postal_code, country = parts[:7]
    address = Address(
        street, extended, po_box, city, region, postal_code, normalize_country(country),
        _label(prop, label), _is_pref(prop),
    )  # fmt: skip
    if not address.is_empty() or address.country:
        contact.addresses.append(address)
    return True


def _url(contact: ContactData, prop: VProperty, label: str | None) -> bool:
    value = unescape(prop.value).strip()
    if value:
        contact.websites.append(LabeledValue(value, _label(prop, label), _is_pref(prop)))
    return True


def _im(contact: ContactData, prop: VProperty, label: str | None) -> bool:
    if prop.name == "IMPP":
        service, value = split_impp(prop.value)
    else:
        service, value = im_service(prop.name) or "", unescape(prop.value).strip()
    if value:
        im = InstantMessage(value, service, _label(prop, label), _is_pref(prop))
        contact.ims.append(im)
    return True


def _do_not_mail(contact: ContactData, prop: VProperty, _label_: str | None) -> bool:
    contact.do_not_mail = unescape(prop.value).strip().lower() in ("1", "true", "yes")
    return True


_HANDLERS: dict[str, Handler] = {
    "N": _name,
    "ORG": _org,
    "TITLE": _text_field("job_title"),
    "ROLE": _text_field("role"),
    "UID": _text_field("uid"),
    "REV": _text_field("rev"),
    "BDAY": _date_field("birthday"),
    "X-ABDATE": _date_field("anniversary"),
    "NICKNAME": _nickname,
    "NOTE": _note,
    "CATEGORIES": _categories,
    "PHOTO": _photo,
    "EMAIL": _email,
    "TEL": _tel,
    "ADR": _adr,
    "URL": _url,
    "IMPP": _im,
    DO_NOT_MAIL: _do_not_mail,
    **{name: _date_field("anniversary") for name in ANNIVERSARY_NAMES},
}
