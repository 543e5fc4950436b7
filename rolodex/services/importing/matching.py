"""The import-time match: does an incoming card describe someone already in the book?

Rules, first hit wins: the same UID, else the same email (ignoring case), else the same
normalised (E.164) phone number, else the same full name *and* the same company (both compared
folded, so case and accents do not matter). The name rule needs both a name and a company: two
"Ivan Petrov" cards with no company and nothing else in common are different people as far as
an automatic match can tell (Find duplicates can still group them for the user to decide).

The lookup dictionaries are built from the database once per import (:meth:`MatchIndex.load`),
not queried per card; cards added during the import are registered with :meth:`MatchIndex.add`
so a file holding the same person twice is matched against itself too.

UID, email and phone are *strong* keys (:data:`STRONG_RULES`): the default import merges a card
matched by one. A name-and-company match alone is only a hint (two "Ivan Petrov" at one firm
are often two people): the default import adds such a card as a new contact flagged as a
possible duplicate, unless it is identical to one of the contacts of that name
(:meth:`MatchIndex.same_name` lists them all).
"""

from __future__ import annotations

from dataclasses import dataclass

from rolodex.phones import normalise
from rolodex.records import ContactData
from rolodex.store import matching as book_keys
from rolodex.textfold import digits, fold

REASONS = {
    "uid": "same UID",
    "email": "same email",
    "phone": "same phone number",
    "name": "same name and company",
    "same": "already in the book",
}
STRONG_RULES = ("uid", "email", "phone")


@dataclass(frozen=True)
class Match:
    """The contact an incoming card matched, and which rule matched it."""

    contact_id: int
    rule: str

    @property
    def reason(self) -> str:
        return REASONS[self.rule]

    @property
    def strong(self) -> bool:
        """True for a UID, email or phone match (not the name-and-company hint)."""
        return self.rule in STRONG_RULES


@dataclass(frozen=True)
class MatchKeys:
    """The keys of one card, computed once (they are looked up and then registered).

    ``phones`` holds (last digits, number as typed) pairs: numbers are parsed to E.164 only
    when another contact's number ends in the same digits, so a large import of new people
    does not parse every number twice (the store parses it once when writing).
    """

    uid: str
    emails: tuple[str, ...]
    phones: tuple[tuple[str, str], ...]
    name: str
    person: str = ""  # the folded full name alone (for finding identical cards)


TAIL_DIGITS = 8
MIN_PHONE_DIGITS = 5
PhoneEntry = tuple[int, str, str]
"""(contact id, E.164 or "" when not parsed yet, number as typed)."""


def phone_tail(number: str) -> str:
    """The last digits of a number, the same for its national and international forms."""
    found = digits(number)
    return found[-TAIL_DIGITS:] if len(found) >= MIN_PHONE_DIGITS else ""


def _squash(text: str) -> str:
    return " ".join(fold(text).split())


def name_key(full_name: str, company: str) -> str:
    """The "full name plus company" key; empty unless there are both."""
    firm = _squash(company) if company else ""
    name = _squash(full_name) if firm else ""
    return f"{name}\x1f{firm}" if name else ""


def _own_name(data: ContactData) -> str:
    """The card's own name (display or structured), never the email/company fallback."""
    if data.display_name.strip():
        return data.display_name
    parts = (data.prefix, data.given, data.additional, data.family, data.suffix)
    return " ".join(p.strip() for p in parts if p.strip())


def keys_of(data: ContactData) -> MatchKeys:
    """Compute the match keys of a card."""
    phones = ((phone_tail(p.value), p.value) for p in data.phones)
    return MatchKeys(
        uid=data.uid.strip(),
        emails=tuple(k for k in (e.value.strip().lower() for e in data.emails) if k),
        phones=tuple(p for p in phones if p[0]),
        name=name_key(_own_name(data), data.company),
        person=_squash(_own_name(data)),
    )


def fill_e164(data: ContactData, region: str) -> None:
    """Parse the card's numbers to E.164 (needed before a merge compares them)."""
    for phone in data.phones:
        if not phone.e164:
            phone.e164 = normalise(phone.value, region)


class MatchIndex:
    """Lookup dictionaries key -> contact id, one per rule (phones by their last digits)."""

    def __init__(self, region: str) -> None:
        self.region = region
        self.uids: dict[str, int] = {}
        self.emails: dict[str, int] = {}
        self.phones: dict[str, PhoneEntry] = {}
        self.more_phones: dict[str, list[PhoneEntry]] = {}
        self.names: dict[str, int] = {}
        self.people: dict[str, list[int]] = {}

    @classmethod
    def load(cls, region: str) -> MatchIndex:
        """Read every live contact's keys from the book (four queries in all)."""
        index = cls(region)
        for key, cid in book_keys.live_uids():
            index.uids.setdefault(key.strip(), cid)
        for key, cid in book_keys.live_emails():
            index.emails.setdefault(key, cid)
        for e164, cid in book_keys.live_phones():
            index._add_phone(phone_tail(e164), (cid, e164, e164))
        for display, company, cid in book_keys.live_names():
            key = name_key(display, company)
            if key:
                index.names.setdefault(key, cid)
            person = _squash(display)
            if person:
                index.people.setdefault(person, []).append(cid)
        return index

    def find(self, keys: MatchKeys) -> Match | None:
        """The first rule that matches, in rule order."""
        if keys.uid and keys.uid in self.uids:
            return Match(self.uids[keys.uid], "uid")
        for email in keys.emails:
            if email in self.emails:
                return Match(self.emails[email], "email")
        for tail, number in keys.phones:
            found = self._find_phone(tail, number)
            if found is not None:
                return Match(found, "phone")
        if keys.name and keys.name in self.names:
            return Match(self.names[keys.name], "name")
        return None

    def same_name(self, keys: MatchKeys) -> list[int]:
        """Every contact with the card's full name, at any company (stand-ins included)."""
        return list(self.people.get(keys.person, [])) if keys.person else []

    def _find_phone(self, tail: str, number: str) -> int | None:
        first = self.phones.get(tail)
        if first is None:
            return None
        wanted = normalise(number, self.region)
        if not wanted:
            return None
        candidates: list[PhoneEntry] = [first, *self.more_phones.get(tail, [])]
        for cid, e164, typed in candidates:
            if (e164 or normalise(typed, self.region)) == wanted:
                return cid
        return None

    def _add_phone(self, tail: str, entry: PhoneEntry) -> None:
        if not tail:
            return
        if tail not in self.phones:
            self.phones[tail] = entry
        else:
            self.more_phones.setdefault(tail, []).append(entry)

    def add(self, keys: MatchKeys, contact_id: int) -> None:
        """Register a contact (new or merged into) so later cards can match it."""
        if keys.uid:
            self.uids.setdefault(keys.uid, contact_id)
        for email in keys.emails:
            self.emails.setdefault(email, contact_id)
        for tail, number in keys.phones:
            self._add_phone(tail, (contact_id, "", number))
        if keys.name:
            self.names.setdefault(keys.name, contact_id)
        if keys.person:
            ids = self.people.setdefault(keys.person, [])
            if contact_id not in ids:
                ids.append(contact_id)
