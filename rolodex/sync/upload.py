"""Sending the book's changes: updates and deletions with ``If-Match``, creates with
``If-None-Match: *``. A 412 is a lost race, never an overwrite: the server's card is fetched
and merged (:class:`~rolodex.sync.apply.CardApplier`), and the merged version sent with the
new ETag; after a few lost races in a row the contact waits for the next sync."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from rolodex.store import sync as state
from rolodex.store.sync import Account, Item
from rolodex.store.transactions import writing
from rolodex.sync import remote
from rolodex.sync.apply import CardApplier
from rolodex.sync.cards import card_text, read_card
from rolodex.sync.client import DavClient
from rolodex.sync.result import SyncResult

RETRIES = 3
VCARD = "text/vcard; charset=utf-8"


class Uploader:
    def __init__(self, account: Account, client: DavClient, collection: str,
                 applier: CardApplier, result: SyncResult) -> None:  # fmt: skip
        self.account = account
        self.client = client
        self.collection = collection
        self.applier = applier
        self.result = result

    def local_changes(self) -> None:
        """Every synced card whose contact changed, left the sync or was deleted here."""
        items = state.items(self.account.id)
        states = state.local_states(self.account.tag)
        for href in sorted(items):
            item = items[href]
            if not item.etag:
                continue
            st = states.get(item.contact_id or 0)
            if st is None or not st.live or not st.in_scope:
                self._delete(item)
            elif st.revision > item.synced_revision:
                self._update(href)

    def _put(self, href: str, text: str, condition: dict[str, str]) -> httpx.Response:
        headers = {"Content-Type": VCARD, **condition}
        return self.client.request("PUT", href, body=text, headers=headers)

    def _update(self, href: str) -> None:
        for _ in range(RETRIES):
            item = state.item(self.account.id, href)
            if item is None or item.contact_id is None:
                return
            revision = state.revisions([item.contact_id]).get(item.contact_id, 0)
            contact = self.applier.local.load([item.contact_id]).get(item.contact_id)
            if contact is None:
                return
            text = card_text(contact, item.vcard, self.account.tag)
            response = self._put(href, text, {"If-Match": item.etag})
            if response.status_code in (200, 201, 204):
                self._confirm(item, revision, text, response)
                self.result.updated_remote += 1
                return
            if response.status_code != 412 or not self._refetch(href):
                self._failed(href, response)
                return
        self.result.error(f"{href} kept changing on the server; it waits for the next sync.")

    def _delete(self, item: Item) -> None:
        response = self.client.request("DELETE", item.href, headers={"If-Match": item.etag})
        if response.status_code in (200, 204, 404):
            with writing():
                state.forget_item(self.account.id, item.href)
            self.result.deleted_remote += response.status_code != 404
        elif response.status_code == 412:  # edited there since: it comes back here
            self._refetch(item.href)
        else:
            self._failed(item.href, response)

    def _refetch(self, href: str) -> bool:
        """Fetch and apply the server's card at ``href`` (False when it is gone)."""
        cards = list(remote.fetch(self.client, self.collection, [href]))
        if not cards:
            with writing():
                state.forget_item(self.account.id, href)  # deleted there: sent again as new
            return False
        self.applier.apply(cards)
        return True

    def creates(self, planned: Sequence[Item]) -> None:
        """Send new cards (their items already recorded with an empty ETag, the contact's
        revision and the text to send)."""
        for item in planned:
            response = self._put(item.href, item.vcard, {"If-None-Match": "*"})
            if response.status_code in (200, 201, 204):
                self._confirm(item, item.synced_revision, item.vcard, response)
                self.result.uploaded += 1
            elif response.status_code == 412:  # a card is there already: ours, retried?
                self._own_card(item)
            else:
                self._failed(item.href, response)

    def _own_card(self, item: Item) -> None:
        cards = list(remote.fetch(self.client, self.collection, [item.href]))
        found = read_card(cards[0].text) if cards else None
        if found is not None and found.uid == item.uid:
            self.applier.apply(cards)  # our own card: matched, never sent twice
            return
        with writing():
            state.forget_item(self.account.id, item.href)
        self.result.error(f"Another card holds {item.href}; the contact is sent next time.")

    def _confirm(self, item: Item, revision: int, text: str, response: httpx.Response) -> None:
        """Record what the server now holds: the revision sent (an edit made meanwhile is
        newer, so it goes next time) and the text, the next merge's base."""
        etag = response.headers.get("ETag", "") or remote.etag_of(self.client, item.href)
        with writing():
            state.save_item(
                self.account.id, Item(item.uid, item.contact_id, item.href, etag, revision, text)
            )

    def _failed(self, href: str, response: httpx.Response) -> None:
        self.result.error(
            f"The server refused {href} ({response.status_code} {response.reason_phrase})."
        )
