"""From the URL the user gave to the address book collection (RFC 6764 §6, RFC 6352 §7).

The URL itself is tried first: an address book collection is used as it is; a path that does
not exist is an error (never another address book found instead). Otherwise the
principal is found (``current-user-principal`` of the URL, else of ``/.well-known/carddav``,
redirects followed), then its ``addressbook-home-set``, and the first address book in it (by
path, so the choice is stable)."""

from __future__ import annotations

from urllib.parse import urlsplit

from rolodex.sync import dav_xml as x
from rolodex.sync.client import DavClient
from rolodex.sync.errors import SyncError


def _propfind(client: DavClient, target: str, depth: str, *props: str,
              missing_is_error: bool = False) -> x.Multistatus | None:  # fmt: skip
    response = client.request("PROPFIND", target, body=x.propfind(*props), headers={"Depth": depth})
    if response.status_code == 404 and missing_is_error:
        raise SyncError(f"No such address book or CardDAV server at {client.url(target)} (404).")
    if response.status_code != 207:
        return None
    try:
        return x.parse_multistatus(response.content)
    except x.XmlError:
        return None


def _is_addressbook(r: x.Response) -> bool:
    return r.has(x.q("D", "resourcetype"), x.q("C", "addressbook"))


def find_collection(client: DavClient, url: str) -> str:
    """The path of the address book ``url`` names or leads to."""
    path = urlsplit(url).path or "/"
    found = _propfind(
        client, path, "0", "D:resourcetype", "D:current-user-principal", missing_is_error=path != "/"
    )
    if found and found.responses and _is_addressbook(found.responses[0]):
        return found.responses[0].href
    principal = _principal(found) or _principal(
        _propfind(client, "/.well-known/carddav", "0", "D:current-user-principal")
    )
    if not principal:
        raise SyncError(f"No CardDAV address book found at {url}.")
    homes = _propfind(client, principal, "0", "C:addressbook-home-set")
    home = homes.responses[0].hrefs(x.q("C", "addressbook-home-set")) if homes else []
    if not home:
        raise SyncError(f"The server at {url} names no address book home for this user.")
    listing = _propfind(client, x.normalise_href(home[0], principal), "1", "D:resourcetype")
    books = sorted(r.href for r in (listing.responses if listing else []) if _is_addressbook(r))
    if not books:
        raise SyncError(f"The server at {url} has no address book for this user.")
    return books[0]


def _principal(found: x.Multistatus | None) -> str:
    if not found or not found.responses:
        return ""
    hrefs = found.responses[0].hrefs(x.q("D", "current-user-principal"))
    return x.normalise_href(hrefs[0]) if hrefs else ""
