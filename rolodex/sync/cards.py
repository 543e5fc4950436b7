"""Cards and contacts: reading a server's card with the importer's vCard reader, and writing
a contact with the exporter's vCard writer for upload.

Nothing a phone wrote is stripped on the way back: every property Rolodex does not model
(X- properties, groups, unknown parameters, a second TITLE...) is kept by the reader as an
extra of the contact, and the writer writes each back with its group and parameters. The
upload keeps the vCard version of the server's card (3.0 for a new one)."""

from __future__ import annotations

import re

from rolodex.exporters.vcard import contact_to_vcard
from rolodex.importers.vcard_reader import read_vcard_text
from rolodex.records import ContactData
from rolodex.sync.card_lines import keep_server_lines
from rolodex.sync.merge import differs

_VERSION = re.compile(r"^VERSION:\s*(\S+)", re.IGNORECASE | re.MULTILINE)
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")


def read_card(text: str, tag: str = "") -> ContactData | None:
    """The contact a card describes (None when it cannot be read); ``tag`` is added to its
    tags (the account's tag: a card from a tag's address book belongs to the tag)."""
    for item in read_vcard_text(text, "server card"):
        if not isinstance(item, ContactData):
            return None
        contact = ContactData(**{k: v for k, v in vars(item).items() if k != "warnings"})
        if tag and tag not in contact.tags:
            contact.tags.append(tag)
        return contact
    return None


def version_of(text: str) -> str:
    found = _VERSION.search(text)
    return "4.0" if found and found.group(1).startswith("4") else "3.0"


def card_text(contact: ContactData, base: str = "", tag: str = "") -> str:
    """The card to upload for ``contact``: with ``base`` (the last synced card) in its
    version and made of its own lines for every field that did not change
    (:mod:`~rolodex.sync.card_lines`); else the writer's card in 3.0."""
    version = version_of(base) if base else "3.0"
    written = contact_to_vcard(contact, version)
    before = read_card(base, tag) if base else None
    if before is None:
        return written
    kept = keep_server_lines(contact, before, base, version)
    if kept == written:
        return kept
    reads, should = read_card(kept, tag), read_card(written, tag)
    if reads is None or should is None or differs(reads, should):
        return written  # the template cannot say this contact: the writer's card
    return kept


def href_for(collection: str, uid: str) -> str:
    """Where a new card goes: the collection path and a file name made of its UID."""
    name = _SAFE_NAME.sub("_", uid)[:100] or "card"
    return collection.rstrip("/") + "/" + name + ".vcf"
