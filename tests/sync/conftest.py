"""Fixtures for the sync tests: a fresh, empty address book on the Radicale test server per
test (made with plain WebDAV requests, not with the code under test), removed afterwards."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

MKCOL_BODY = """<?xml version="1.0" encoding="utf-8"?>
<D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
  <D:set><D:prop>
    <D:resourcetype><D:collection/><C:addressbook/></D:resourcetype>
    <D:displayname>{name}</D:displayname>
  </D:prop></D:set>
</D:mkcol>"""


@dataclass(frozen=True)
class Collection:
    """An address book on the test server and how to reach it."""

    root: str  # the server's root URL
    url: str  # the collection's URL (ends in /)
    user: str
    password: str

    def http(self) -> httpx.Client:
        return httpx.Client(auth=(self.user, self.password), timeout=30)


@pytest.fixture
def collection(carddav_server: tuple[str, str, str]) -> Iterator[Collection]:
    yield from new_collection(carddav_server)


def new_collection(carddav_server: tuple[str, str, str]) -> Iterator[Collection]:
    """Make an empty address book, yield it, remove it (for fixtures elsewhere too)."""
    root, user, password = carddav_server
    url = f"{root.rstrip('/')}/{user}/{uuid.uuid4().hex}/"
    book = Collection(root, url, user, password)
    with book.http() as http:
        http.request("PROPFIND", f"{root.rstrip('/')}/{user}/", headers={"Depth": "0"})
        made = http.request("MKCOL", url, content=MKCOL_BODY.format(name="Test"))
        assert made.status_code == 201, made.text
        yield book
        http.request("DELETE", url)
