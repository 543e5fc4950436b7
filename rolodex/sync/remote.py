"""What changed on the server since the last sync, and fetching cards.

With the last sync token, a sync-collection REPORT (RFC 6578) gives the changed and removed
members, and nothing when nothing changed (one request). Without a token (a first sync, a
server without sync-collection) or when the server refuses it as too old, the collection's
``sync-token`` and ``getctag`` are read, and (unless the ctag says nothing changed) a PROPFIND
of every member's ETag, compared with what was last synced, gives the same.
Cards are fetched with ``addressbook-multiget`` in batches (RFC 6352 §8.7)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from rolodex.sync import dav_xml as x
from rolodex.sync.client import DavClient, quote_path
from rolodex.sync.errors import SyncError

MULTIGET_BATCH = 200


@dataclass
class Changes:
    """The server's side since the last sync: members new or changed (href → ETag), members
    removed, whether that is the whole listing (then anything not in it is gone), and the
    collection's new sync token and ctag."""

    changed: dict[str, str] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)
    complete: bool = False
    token: str = ""
    ctag: str = ""

    @property
    def nothing(self) -> bool:
        """Nothing changed on the server (a delta without members)."""
        return not (self.changed or self.removed or self.complete)


def _collection_props(client: DavClient, collection: str) -> tuple[str, str, bool]:
    body = x.propfind("D:sync-token", "CS:getctag", "D:supported-report-set")
    response = client.request("PROPFIND", collection, body=body, headers={"Depth": "0"})
    if response.status_code == 404:
        raise SyncError(f"No such address book on the server: {collection}.")
    if response.status_code != 207:
        raise SyncError(f"The server refused to describe {collection} ({response.status_code}).")
    found = x.parse_multistatus(response.content).responses
    if not found:
        raise SyncError(f"The server did not describe {collection}.")
    r = found[0]
    reports = r.props.get(x.q("D", "supported-report-set"))
    syncs = reports is not None and reports.find(f".//{x.q('D', 'sync-collection')}") is not None
    return r.text(x.q("D", "sync-token")), r.text(x.q("CS", "getctag")), syncs


def changes(client: DavClient, collection: str, token: str, ctag: str,
            known: Callable[[], Mapping[str, str]]) -> Changes:  # fmt: skip
    """What changed since ``token``/``ctag``; ``known`` gives href → ETag last synced.

    With a token the sync-collection REPORT is the first and, when nothing changed, the only
    request (a PROPFIND of the token and the ctag costs a server like Radicale two scans of
    the collection, the REPORT one); the collection is described only without a token, or
    when the server no longer knows it."""
    if token:
        delta = _sync_report(client, collection, token)
        if delta is not None:
            delta.ctag = ctag
            return delta
    new_token, new_ctag, syncs = _collection_props(client, collection)
    last = known()
    if last and not syncs and new_ctag and new_ctag == ctag:
        return Changes(token="", ctag=ctag)
    listing = _listing(client, collection)
    changed = {href: etag for href, etag in listing.items() if last.get(href) != etag}
    removed = set(last) - set(listing)
    return Changes(changed, removed, True, new_token if syncs else "", new_ctag)


def _sync_report(client: DavClient, collection: str, token: str) -> Changes | None:
    """The delta since ``token``, or None when the server no longer knows the token."""
    response = client.request(
        "REPORT", collection, body=x.sync_collection(token), headers={"Depth": "1"}
    )
    if response.status_code == 404:
        raise SyncError(f"No such address book on the server: {collection}.")
    if response.status_code != 207:  # 403/409: the token is too old; else no REPORT (any more)
        return None
    status = x.parse_multistatus(response.content)
    delta = Changes(token=status.sync_token)
    for r in status.responses:
        if r.href.rstrip("/") == collection.rstrip("/"):
            continue
        if r.status == 404:
            delta.removed.add(r.href)
        else:
            delta.changed[r.href] = r.text(x.q("D", "getetag"))
    return delta


def _listing(client: DavClient, collection: str) -> dict[str, str]:
    body = x.propfind("D:getetag", "D:resourcetype")
    response = client.request("PROPFIND", collection, body=body, headers={"Depth": "1"})
    if response.status_code != 207:
        raise SyncError(f"The server refused to list {collection} ({response.status_code}).")
    return {
        r.href: r.text(x.q("D", "getetag"))
        for r in x.parse_multistatus(response.content).responses
        if r.href.rstrip("/") != collection.rstrip("/") and r.status == 200
        and not r.has(x.q("D", "resourcetype"), x.q("D", "collection"))
    }  # fmt: skip


@dataclass(frozen=True)
class Card:
    href: str
    etag: str
    text: str


def fetch(client: DavClient, collection: str, hrefs: Sequence[str]) -> Iterator[Card]:
    """The cards at ``hrefs`` (those that still exist), a multiget batch at a time."""
    for start in range(0, len(hrefs), MULTIGET_BATCH):
        batch = hrefs[start : start + MULTIGET_BATCH]
        response = client.request(
            "REPORT", collection, body=x.multiget(quote_path(h) for h in batch), headers={"Depth": "1"}
        )
        if response.status_code != 207:
            raise SyncError(f"The server refused to send the cards ({response.status_code}).")
        for r in x.parse_multistatus(response.content).responses:
            text = r.text(x.q("C", "address-data"))
            if r.status == 200 and text:
                yield Card(r.href, r.text(x.q("D", "getetag")), text)


def etag_of(client: DavClient, href: str) -> str:
    """The current ETag of one member ('' when it is gone)."""
    response = client.request("PROPFIND", href, body=x.propfind("D:getetag"), headers={"Depth": "0"})
    if response.status_code != 207:
        return ""
    found = x.parse_multistatus(response.content).responses
    return found[0].text(x.q("D", "getetag")) if found else ""
