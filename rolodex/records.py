"""Plain data records passed between the store, services, importers, exporters and the UI.

Nothing here knows about Peewee, vobject or Qt: these are the shapes that cross layer
boundaries. Importers produce :class:`ContactData`; the contact service stores it; exporters
and label rendering consume it. The list's light row, :class:`ContactRow`, is a module of
its own (:mod:`rolodex.contact_row`): the first window lists contacts before any of these is
needed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rolodex.contact_row import ContactRow  # noqa: F401 (the list's row, found here as well)


@dataclass
class LabeledValue:
    """An email, phone or website with its type label (home, work, mobile, custom...)."""

    value: str
    label: str = ""
    pref: bool = False


@dataclass
class Phone(LabeledValue):
    """A phone number as typed; ``e164`` is filled by the store when the number parses."""

    e164: str = ""


@dataclass
class InstantMessage:
    """A social or IM handle: ``service`` is e.g. "skype", "xmpp", "aim"."""

    value: str
    service: str = ""
    label: str = ""
    pref: bool = False


@dataclass
class Address:
    """A postal address. ``country`` is an ISO 3166-1 alpha-2 code when known, else the text."""

    street: str = ""
    extended: str = ""
    po_box: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    label: str = ""
    pref: bool = False

    def is_empty(self) -> bool:
        return not any(
            (self.street, self.extended, self.po_box, self.city, self.region, self.postal_code)
        )


@dataclass
class ExtraProperty:
    """A vCard property Rolodex does not model, kept verbatim so export writes it back."""

    name: str
    value: str
    params: dict[str, list[str]] = field(default_factory=dict)
    group: str = ""


@dataclass
class ContactData:
    """Everything Rolodex keeps about one person. ``id`` is None until stored."""

    id: int | None = None
    uid: str = ""
    prefix: str = ""
    given: str = ""
    additional: str = ""
    family: str = ""
    suffix: str = ""
    nickname: str = ""
    display_name: str = ""
    company: str = ""
    department: str = ""
    job_title: str = ""
    role: str = ""
    birthday: str = ""
    anniversary: str = ""
    notes: str = ""
    photo: bytes | None = None
    photo_mime: str = ""
    emails: list[LabeledValue] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    websites: list[LabeledValue] = field(default_factory=list)
    ims: list[InstantMessage] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    do_not_mail: bool = False
    rev: str = ""
    extras: list[ExtraProperty] = field(default_factory=list)

    def full_name(self) -> str:
        """The name to show: the display name, else the structured name, else an email."""
        if self.display_name.strip():
            return self.display_name.strip()
        parts = (self.prefix, self.given, self.additional, self.family, self.suffix)
        name = " ".join(p.strip() for p in parts if p.strip())
        if name:
            return name
        if self.company:
            return self.company
        return self.emails[0].value if self.emails else ""

    def preferred_address(self) -> Address | None:
        """The preferred postal address, else the first non-empty one."""
        usable = [a for a in self.addresses if not a.is_empty()]
        for addr in usable:
            if addr.pref:
                return addr
        return usable[0] if usable else None


@dataclass
class CompanyData:
    """A company record; people point at it by name on import and by id in the store."""

    id: int | None = None
    name: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    address: Address = field(default_factory=Address)
    notes: str = ""


@dataclass
class ReadContact(ContactData):
    """A contact read from a file, with what reading it left out or had to guess (a property
    over a size limit, a missing END:VCARD): shown as warnings in the import report, never
    stored. Readers return it instead of a plain :class:`ContactData` only when there is
    something to say."""

    warnings: list[str] = field(default_factory=list, compare=False, repr=False)


@dataclass
class ImportIssue:
    """A card or row that could not be read, with where and why."""

    file: str
    card: int
    line: int
    message: str
