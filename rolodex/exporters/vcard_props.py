"""Turning one :class:`ContactData` into vCard content lines (3.0 or 4.0).

Written so that reading the output back gives the same ContactData: labels become TYPE values
where a TYPE exists and a grouped ``itemN.X-ABLabel`` otherwise (as Apple and Google write
them), every :class:`ExtraProperty` is written back with its group and parameters, and the
few Rolodex fields vCard has no property for use ``X-ROLODEX-*`` properties. An extra that
cannot be written validly is left out (:mod:`rolodex.exporters.vcard_extras`) and, when the
caller passes a ``dropped`` list, recorded there.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field

from rolodex.countries import country_name
from rolodex.exporters.vcard_binary import media_type
from rolodex.exporters.vcard_check import Dropped
from rolodex.exporters.vcard_extras import ExtrasCheck, checked_extras
from rolodex.exporters.vcard_fold import Params, content_line
from rolodex.importers.vcard_fields import SERVICE_SCHEMES, iso_date
from rolodex.importers.vcard_labels import types_for_label
from rolodex.importers.vcard_map import DO_NOT_MAIL
from rolodex.importers.vcard_values import escape
from rolodex.records import Address, ContactData, InstantMessage, LabeledValue

VERSIONS = ("3.0", "4.0")


@dataclass
class _Writer:
    v4: bool
    taken_groups: set[str]
    lines: list[str] = field(default_factory=list)
    next_group: int = 1

    def add(self, name: str, value: str, params: Params | None = None, group: str = "") -> None:
        self.lines.append(content_line(name, value, params, group))

    def labelled(self, name: str, value: str, label: str, pref: bool, is_tel: bool = False,
                 extra_types: tuple[str, ...] = ()) -> None:  # fmt: skip
        """A property with a type label: TYPE values when they exist, else an X-ABLabel group."""
        label_types = types_for_label(label, is_tel)
        group = self.free_group() if label_types is None else ""
        types = list(extra_types) + (label_types or [])
        params: Params = []
        if pref and not self.v4:
            types.append("PREF")
        if types:
            params.append(("TYPE", [t.lower() for t in types] if self.v4 else types))
        if pref and self.v4:
            params.append(("PREF", ["1"]))
        self.add(name, value, params, group)
        if group:
            self.add("X-ABLabel", escape(label), None, group)

    def free_group(self) -> str:
        while f"item{self.next_group}" in self.taken_groups:
            self.next_group += 1
        group = f"item{self.next_group}"
        self.next_group += 1
        return group


def contact_lines(
    contact: ContactData, version: str = "3.0", dropped: list[Dropped] | None = None
) -> list[str]:
    """The content lines of one card, BEGIN to END, unfolded; what had to be left out is
    appended to ``dropped``."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version must be one of {', '.join(VERSIONS)}, not {version!r}")
    groups = {extra.group.lower() for extra in contact.extras if extra.group}
    writer = _Writer(version == "4.0", groups)
    writer.add("BEGIN", "VCARD")
    writer.add("VERSION", version)
    _identity(writer, contact)
    _contact_points(writer, contact)
    _rest(writer, contact)
    if contact.extras:
        _extras(writer, contact, dropped)
    writer.add("END", "VCARD")
    return writer.lines


def _identity(w: _Writer, c: ContactData) -> None:
    if c.uid:
        w.add("UID", escape(c.uid))
    name = (c.family, c.given, c.additional, c.prefix, c.suffix)
    w.add("N", ";".join(escape(part) for part in name))
    w.add("FN", escape(c.full_name()))
    if c.nickname:
        w.add("NICKNAME", escape(c.nickname))
    if c.company or c.department:
        org = escape(c.company) + (";" + escape(c.department) if c.department else "")
        w.add("ORG", org)
    for name_, value in (("TITLE", c.job_title), ("ROLE", c.role)):
        if value:
            w.add(name_, escape(value))
    _date(w, "BDAY", c.birthday)
    _date(w, "ANNIVERSARY" if w.v4 else "X-ANNIVERSARY", c.anniversary)


def _date(w: _Writer, name: str, value: str) -> None:
    if not value:
        return
    iso = iso_date(value)
    if iso is None:
        w.add(name, escape(value), [("VALUE", ["text"])])
    else:
        w.add(name, iso.replace("-", "") if w.v4 and not iso.startswith("--") else iso)


def _contact_points(w: _Writer, c: ContactData) -> None:
    for email in c.emails:
        internet = () if w.v4 else ("INTERNET",)
        w.labelled("EMAIL", escape(email.value), email.label, email.pref, extra_types=internet)
    for phone in c.phones:
        w.labelled("TEL", escape(phone.value), phone.label, phone.pref, is_tel=True)
    for address in c.addresses:
        w.labelled("ADR", _adr(address), address.label, address.pref)
    for site in c.websites:
        w.labelled("URL", _uri(site), site.label, site.pref)
    for im in c.ims:
        w.labelled("IMPP", _impp(im), im.label, im.pref)


def _adr(a: Address) -> str:
    parts = (a.po_box, a.extended, a.street, a.city, a.region, a.postal_code)
    return ";".join(escape(p) for p in (*parts, country_name(a.country)))


def _uri(site: LabeledValue) -> str:
    return site.value.replace("\\", "\\\\")


def _impp(im: InstantMessage) -> str:
    value = im.value.replace("\\", "\\\\")
    if not im.service:
        return value
    return SERVICE_SCHEMES.get(im.service, im.service) + ":" + value


def _rest(w: _Writer, c: ContactData) -> None:
    if c.notes:
        w.add("NOTE", escape(c.notes))
    if c.tags:
        w.add("CATEGORIES", ",".join(escape(tag) for tag in c.tags))
    if c.photo:
        _photo(w, c.photo, c.photo_mime)
    if c.rev:
        w.add("REV", escape(c.rev))
    if c.do_not_mail:
        w.add(DO_NOT_MAIL, "TRUE")


def _extras(w: _Writer, c: ContactData, dropped: list[Dropped] | None) -> None:
    check = ExtrasCheck(w.v4, c, w.free_group, _singles_written(w, c))
    for name, value, params, group in checked_extras(c.extras, check):
        w.add(name, value, params, group)
    if dropped is not None:
        dropped.extend(check.dropped)


def _singles_written(w: _Writer, c: ContactData) -> set[str]:
    """The once-only properties (RFC 6350 cardinality *1) the card already holds."""
    written = {"N"}
    for name, value in (("UID", c.uid), ("REV", c.rev), ("BDAY", c.birthday)):
        if value:
            written.add(name)
    if w.v4 and c.anniversary:
        written.add("ANNIVERSARY")
    return written


def _photo(w: _Writer, data: bytes, mime: str) -> None:
    encoded = base64.b64encode(data).decode("ascii")
    if w.v4:
        w.add("PHOTO", f"data:{media_type(mime, data)};base64,{encoded}")
        return
    params: Params = [("ENCODING", ["b"])]
    if mime:
        params.append(("TYPE", [mime[6:].upper() if mime.startswith("image/") else mime]))
    w.add("PHOTO", encoded, params)
