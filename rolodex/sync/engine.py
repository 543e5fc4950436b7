"""One sync run of one account: the server's changes in, the book's changes out.

The order makes every step safe to interrupt and redo (a sync killed at any moment is
completed by the next one, and nothing doubles):

1. What changed on the server (:mod:`~rolodex.sync.remote`); cards fetched in batches and
   applied to the book, each batch in one transaction with its sync state
   (:mod:`~rolodex.sync.apply`). A card is matched to a contact by href, then by UID.
2. Cards removed on the server: the contact goes to the Trash, unless it was edited here
   since (then it is sent back, with a note).
3. Contacts changed here: ``PUT`` with ``If-Match`` (a 412 means the card changed meanwhile:
   fetched, merged, tried again, never overwritten); contacts deleted or untagged here:
   ``DELETE`` with ``If-Match`` (a 412 brings the server's newer card back).
4. New contacts: the href is recorded first with an empty ETag, then sent with
   ``If-None-Match: *``. A create that timed out, or whose answer was lost, finds its own card
   at that href next time (a 412, or the card in the listing) instead of making a second.

The sync token and ctag are saved only once a run completes."""

from __future__ import annotations

import json
from collections.abc import Sequence
from urllib.parse import urlsplit

from rolodex.models.base import utc_now
from rolodex.store import sync as state
from rolodex.store.sync import Account, Item
from rolodex.store.transactions import writing
from rolodex.sync import remote
from rolodex.sync.apply import CardApplier
from rolodex.sync.cards import card_text, href_for
from rolodex.sync.client import DavClient
from rolodex.sync.discovery import find_collection
from rolodex.sync.local import LocalBook
from rolodex.sync.result import SyncResult
from rolodex.sync.upload import Uploader

CREATE_BATCH = 50


class SyncRun:
    """Sync ``account`` through ``client`` (which knows the server and the password)."""

    def __init__(self, account: Account, client: DavClient) -> None:
        self.account = account
        self.client = client
        self.result = SyncResult()
        self.local = LocalBook()
        self.collection = urlsplit(account.collection_url).path  # requests name paths

    def run(self) -> SyncResult:
        if not self.collection:
            self.collection = find_collection(self.client, self.account.url)
            with writing():
                state.update_account(
                    self.account.id, collection_url=self.client.url(self.collection)
                )
        items: dict[str, Item] = {}
        changes = remote.changes(
            self.client, self.collection, self.account.sync_token, self.account.ctag,
            lambda: self._known(items),
        )  # fmt: skip
        if changes.nothing and not state.local_changes(self.account.id, self.account.tag):
            self._finish(changes)  # the usual case: one request and one small query
            return self.result
        if not items:
            self._known(items)
        applier = CardApplier(self.account, self.local, self.result)
        self._check_pending(items, changes)
        self._download(items, changes, applier)
        self._removed(items, changes)
        uploader = Uploader(self.account, self.client, self.collection, applier, self.result)
        uploader.local_changes()
        self._creates(uploader)
        self._finish(changes)
        return self.result

    def _known(self, items: dict[str, Item]) -> dict[str, str]:
        """Fill ``items`` with the account's sync state; href → ETag of the confirmed ones."""
        items.update(state.items(self.account.id))
        return {href: item.etag for href, item in items.items() if item.etag}

    def _check_pending(self, items: dict[str, Item], changes: remote.Changes) -> None:
        """Creates sent but not confirmed: is the card there? (Then it is fetched.)"""
        for href, item in items.items():
            if item.etag or href in changes.changed or changes.complete:
                continue
            etag = remote.etag_of(self.client, href)
            if etag:
                changes.changed[href] = etag

    def _download(self, items: dict[str, Item], changes: remote.Changes,
                  applier: CardApplier) -> None:  # fmt: skip
        wanted = [
            href for href, etag in changes.changed.items()
            if not (etag and href in items and items[href].etag == etag)
        ]  # fmt: skip
        batch: list[remote.Card] = []
        for card in remote.fetch(self.client, self.collection, wanted):
            batch.append(card)
            if len(batch) >= remote.MULTIGET_BATCH:
                applier.apply(batch)
                batch = []
        applier.apply(batch)

    def _removed(self, items: dict[str, Item], changes: remote.Changes) -> None:
        """Cards deleted on the server: trash their contacts (or send back an edited one)."""
        gone = [items[h] for h in sorted(changes.removed) if h in items and items[h].etag]
        if not gone:
            return
        states = state.local_states(self.account.tag)
        with writing():
            for item in gone:
                self._remove_one(item, states.get(item.contact_id or 0))

    def _remove_one(self, item: Item, st: state.LocalState | None) -> None:
        state.forget_item(self.account.id, item.href)
        if st is None or not st.live:
            return
        if st.in_scope and st.revision > item.synced_revision:
            self.local.note(
                st.id, "Sync: sent back to the server",
                f"{self.account.name}: the card was deleted on the server after it was "
                "edited here; the edited contact was sent back.",
            )  # fmt: skip
            return  # no sync item: step 4 creates it again
        if self.local.trash(st.id):
            self.result.deleted_local += 1

    def _creates(self, uploader: Uploader) -> None:
        items = state.items(self.account.id)
        linked = {i.contact_id for i in items.values() if i.contact_id is not None}
        pending = {i.contact_id: i for i in items.values() if not i.etag}
        uids = {i.uid for i in items.values() if i.etag}
        states = state.local_states(self.account.tag)
        todo = sorted(
            cid for cid, st in states.items()
            if st.live and st.in_scope and (cid not in linked or cid in pending)
        )  # fmt: skip
        self._drop_stale(pending, set(todo))
        for start in range(0, len(todo), CREATE_BATCH):
            self._create_batch(todo[start : start + CREATE_BATCH], items, pending, uids, uploader)

    def _create_batch(self, ids: Sequence[int], items: dict[str, Item],
                      pending: dict[int | None, Item], uids: set[str],
                      uploader: Uploader) -> None:  # fmt: skip
        revisions = state.revisions(ids)
        contacts = self.local.load(ids)
        planned: list[Item] = []
        with writing():
            for cid in ids:
                contact = contacts.get(cid)
                if contact is None:
                    continue
                if contact.uid in uids:
                    self.result.error(f"Two contacts share the UID {contact.uid}: one not sent.")
                    continue
                uids.add(contact.uid)
                href = pending[cid].href if cid in pending else self._free_href(contact.uid, items)
                item = Item(contact.uid, cid, href, "", revisions[cid], card_text(contact))
                state.save_item(self.account.id, item)
                items[href] = item
                planned.append(item)
        uploader.creates(planned)

    def _drop_stale(self, pending: dict[int | None, Item], todo: set[int]) -> None:
        """Creates never confirmed (the server does not have the card: its listing was
        checked) of contacts deleted here since: nothing to send any more."""
        stale = [i for cid, i in pending.items() if cid not in todo]
        if stale:
            with writing():
                for item in stale:
                    state.forget_item(self.account.id, item.href)

    def _free_href(self, uid: str, items: dict[str, Item]) -> str:
        href = href_for(self.collection, uid)
        n = 1
        while href in items and items[href].uid != uid:
            n += 1
            href = href_for(self.collection, f"{uid}-{n}")
        return href

    def _finish(self, changes: remote.Changes) -> None:
        with writing():
            state.update_account(
                self.account.id, sync_token=changes.token, ctag=changes.ctag,
                last_run_at=utc_now(), last_result=json.dumps(self.result.counts()),
            )  # fmt: skip
