"""From the URL the user gave to the address book collection (RFC 6764 §6, RFC 6352 §7).

The URL itself is tried first: an address book collection is used as it is; a path that does
not exist is an error (never another address book found instead). Otherwise the
principal is found (``current-user-principal`` of the URL, else of ``/.well-known/carddav``,
redirects followed), then its ``addressbook-home-set``, and the address book in it. When the
home holds several, none is taken silently: the caller names one (by its display name, the
last part of its path, its path or its URL), else :class:`SeveralAddressBooks` lists them."""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class AddressBook:
    path: str
    name: str  # its display name ('' when it has none)

    def shown(self) -> str:
        return f"{self.name} ({self.path})" if self.name else self.path

    def named(self, choice: str) -> bool:
        wanted = x.normalise_href(choice).rstrip("/") if "/" in choice else ""
        last = self.path.rstrip("/").rsplit("/", 1)[-1]
        return (choice.casefold() in (self.name.casefold(), last.casefold())
                or wanted == self.path.rstrip("/"))  # fmt: skip


class SeveralAddressBooks(SyncError):
    """The server has several address books and none was chosen (or the choice matched none)."""

    def __init__(self, message: str, books: list[AddressBook]) -> None:
        super().__init__(message)
        self.books = books


def _is_addressbook(r: x.Response) -> bool:
    return r.has(x.q("D", "resourcetype"), x.q("C", "addressbook"))


def find_collection(client: DavClient, url: str, choice: str = "") -> str:
    """The path of the address book ``url`` names or leads to (``choice`` when there are
    several: see :meth:`AddressBook.named`)."""
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
    books = address_books(client, x.normalise_href(home[0], principal))
    if not books:
        raise SyncError(f"The server at {url} has no address book for this user.")
    return _chosen(books, choice, url).path


def address_books(client: DavClient, home: str) -> list[AddressBook]:
    """The address books in a home collection, by path."""
    listing = _propfind(client, home, "1", "D:resourcetype", "D:displayname")
    found = [
        AddressBook(r.href, r.text(x.q("D", "displayname")))
        for r in (listing.responses if listing else []) if _is_addressbook(r)
    ]  # fmt: skip
    return sorted(found, key=lambda b: b.path)


def _chosen(books: list[AddressBook], choice: str, url: str) -> AddressBook:
    if choice:
        matches = [b for b in books if b.named(choice)]
        if len(matches) == 1:
            return matches[0]
        what = f"{len(matches)} address books match {choice!r}" if matches else (
            f"No address book {choice!r}")  # fmt: skip
    elif len(books) == 1:
        return books[0]
    else:
        what = f"The server at {url} has {len(books)} address books"
    listed = "; ".join(b.shown() for b in books)
    raise SeveralAddressBooks(f"{what}: {listed}. Choose one with --collection NAME-or-URL.", books)


def _principal(found: x.Multistatus | None) -> str:
    if not found or not found.responses:
        return ""
    hrefs = found.responses[0].hrefs(x.q("D", "current-user-principal"))
    return x.normalise_href(hrefs[0]) if hrefs else ""
