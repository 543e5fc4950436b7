"""Applying cards fetched from the server to the book, a batch per transaction.

Each card is matched to its sync item by href, else to a contact by UID, else it is new.
The state recorded with it says whether the book's version still has to go up: when the
merge kept something the server lacks, the item's synced revision is left behind the
contact's, and the upload step sends it (``If-Match`` the card just read)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rolodex.models.base import utc_now
from rolodex.records import Address, ContactData
from rolodex.store import sync as state
from rolodex.store.sync import Account, Item
from rolodex.store.transactions import writing
from rolodex.sync.cards import read_card
from rolodex.sync.local import LocalBook
from rolodex.sync.merge import Merged, differs, merge
from rolodex.sync.remote import Card
from rolodex.sync.result import SyncResult


@dataclass
class _Incoming:
    card: Card
    contact: ContactData  # the server's version
    item: Item | None  # what was last synced at this href (or of this UID)


class CardApplier:
    def __init__(self, account: Account, local: LocalBook, result: SyncResult) -> None:
        self.account = account
        self.local = local
        self.result = result
        self._records: list[Item] = []  # the sync state of the batch being applied

    def apply(self, cards: Sequence[Card]) -> None:
        if not cards:
            return
        items = state.items(self.account.id)
        by_uid = {i.uid: i for i in items.values()}
        incoming = [x for x in (self._read(c, items, by_uid) for c in cards) if x is not None]
        bases = state.texts(self.account.id, [x.item.href for x in incoming if x.item])
        for x in incoming:
            if x.item is not None:
                x.item.vcard = bases.get(x.item.href, "")
        uids = [x.contact.uid for x in incoming if x.item is None]
        by_contact_uid = state.contact_ids_by_uid(uids)
        ids = [x.item.contact_id for x in incoming if x.item and x.item.contact_id]
        ids += list(by_contact_uid.values())
        states = state.local_states(self.account.tag)
        contacts = self.local.load([i for i in ids if i in states])
        new: list[_Incoming] = []
        self._records = []
        with writing():
            for x in incoming:
                cid = x.item.contact_id if x.item else by_contact_uid.get(x.contact.uid)
                st = states.get(cid or 0)
                if st is None or cid not in contacts:
                    new.append(x)
                else:
                    self._known(x, contacts[st.id], st)
            self._create(new)
            state.save_items(self.account.id, self._records)

    def _read(self, card: Card, items: dict[str, Item],
              by_uid: dict[str, Item]) -> _Incoming | None:  # fmt: skip
        contact = read_card(card.text, self.account.tag)
        if contact is None:
            self.result.error(f"The server's card {card.href} cannot be read; it was skipped.")
            return None
        item = items.get(card.href)
        if item is None and not contact.uid:
            contact.uid = card.href.rsplit("/", 1)[-1].removesuffix(".vcf")
        if item is None and contact.uid in by_uid:
            other = by_uid[contact.uid]
            if other.etag:
                self.result.error(
                    f"The server holds two cards with the UID {contact.uid} "
                    f"({other.href}, {card.href}); only the first is synced."
                )
                return None
            item = other  # our own create, answered by a card at another href
        if item is not None:
            contact.uid = item.uid
        return _Incoming(card, contact, item)

    def _create(self, new: list[_Incoming]) -> None:
        """Cards with no live contact: new ones, and ones deleted here but edited there."""
        if not new:
            return
        created = self.local.create_many([x.contact for x in new])
        for x, (cid, revision) in zip(new, created, strict=True):
            if x.item is not None and x.item.etag:
                self._came_back(cid, "deleted here")
            self.result.downloaded += 1
            self._record(x, cid, revision, upload=False)

    def _known(self, x: _Incoming, contact: ContactData, st: state.LocalState) -> None:
        changed_here = x.item is None or st.revision > x.item.synced_revision
        revision = st.revision
        if not st.live:
            revision = self.local.restore(st.id)
            self._came_back(st.id, "in the Trash here")
            changed_here = False
        elif not st.in_scope:
            self._came_back(st.id, f"taken out of {self.account.tag!r} here")
            changed_here = False
        base = read_card(x.item.vcard, self.account.tag) if x.item and x.item.vcard else None
        merged = merge(contact, x.contact, base, prefer_remote=not changed_here)
        self._conflicts(st.id, merged, x.card.text)
        if differs(merged.contact, contact) or not st.live or not st.in_scope:
            revision = self.local.update(merged.contact)
            self.result.updated_local += 1
        self._record(x, st.id, revision, upload=differs(merged.contact, x.contact))

    def _conflicts(self, contact_id: int, merged: Merged, card: str) -> None:
        """A note in the contact's history and a row for review (``sync conflicts``)."""
        for conflict in merged.conflicts:
            self.result.conflicts += 1
            mine, theirs = _shown(conflict.local), _shown(conflict.remote)
            self.local.note(
                contact_id, f"Sync conflict: {conflict.field.replace('_', ' ')}",
                f"{self.account.name}: changed both here and on the server. Kept here: "
                f"{mine}. The server had: {theirs}.",
            )  # fmt: skip
            state.add_conflict(
                self.account.id, contact_id, conflict.field, (mine, theirs), card, utc_now()
            )

    def _came_back(self, contact_id: int, where: str) -> None:
        self.local.note(
            contact_id, "Sync: came back",
            f"{self.account.name}: the contact was {where} but edited on the server since; "
            "the server's version came back.",
        )  # fmt: skip

    def _record(self, x: _Incoming, contact_id: int, revision: int, *, upload: bool) -> None:
        self._records.append(Item(x.contact.uid, contact_id, x.card.href, x.card.etag,
                                  0 if upload else revision, x.card.text))  # fmt: skip


def _shown(value: object) -> str:
    """A field's value as a person reads it (an email's address, a phone's number...)."""
    if isinstance(value, list):
        return "; ".join(_shown(v) for v in value) or "(nothing)"
    if isinstance(value, tuple):  # a phone (number, label, pref) or a photo (data, type)
        return _shown(value[0])
    if isinstance(value, bytes):
        return f"a picture of {len(value)} bytes" if value else "(nothing)"
    if isinstance(value, Address):
        parts = (value.street, value.postal_code, value.city, value.country)
        return ", ".join(p for p in parts if p)
    if hasattr(value, "value"):
        return str(value.value)
    return str(value) if value not in ("", None) else "(nothing)"
