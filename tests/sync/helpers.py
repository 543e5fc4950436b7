"""Helpers for the sync tests: the server's side read and written with plain HTTP (never the
code under test), and contacts made through the ordinary service."""

from __future__ import annotations

import re
from pathlib import Path

import httpx

from rolodex.records import ContactData, LabeledValue, Phone
from rolodex.services.contacts import ContactService
from rolodex.store.sync import Account
from rolodex.sync.accounts import add_account, require, run_account
from rolodex.sync.result import SyncResult
from tests.sync.conftest import Collection

LISTING = """<?xml version="1.0"?><propfind xmlns="DAV:"><prop><getetag/></prop></propfind>"""


def server_cards(collection: Collection) -> dict[str, str]:
    """Every card on the server, by href (path), read with PROPFIND and GET."""
    with collection.http() as http:
        listing = http.request(
            "PROPFIND", collection.url, content=LISTING, headers={"Depth": "1"}
        )
        hrefs = re.findall(r"<(?:\w+:)?href>([^<]+)</(?:\w+:)?href>", listing.text)
        path = httpx.URL(collection.url).path
        return {
            h: http.get(str(httpx.URL(collection.url).join(h))).text
            for h in hrefs if h.rstrip("/") != path.rstrip("/")
        }  # fmt: skip


def server_uids(collection: Collection) -> list[str]:
    """The UID of each card on the server (a list: a duplicate shows twice)."""
    uids = []
    for text in server_cards(collection).values():
        found = re.search(r"^UID:(.*)$", text, re.MULTILINE)
        uids.append(found.group(1).strip() if found else "")
    return sorted(uids)


def put_card(collection: Collection, name: str, text: str, etag: str = "") -> httpx.Response:
    headers = {"Content-Type": "text/vcard"} | ({"If-Match": etag} if etag else {})
    with collection.http() as http:
        return http.put(collection.url + name, content=text, headers=headers)


def card(uid: str, given: str, family: str, *lines: str) -> str:
    body = "\r\n".join(lines) + ("\r\n" if lines else "")
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nN:{family};{given};;;\r\n"
        f"FN:{given} {family}\r\n{body}END:VCARD\r\n"
    )


def add(collection: Collection, folder: Path, name: str = "phone", tag: str = "") -> Account:
    password = folder / f"{name}.password"
    password.write_text(collection.password + "\n", encoding="utf-8")
    return add_account(
        name, collection.url, collection.user, password_file=str(password), tag=tag
    )


def sync(name: str = "phone", transport: httpx.BaseTransport | None = None) -> SyncResult:
    return run_account(require(name), transport)


def person(given: str, family: str, email: str = "", phone: str = "", **more: object) -> int:
    data = ContactData(given=given, family=family, **more)  # type: ignore[arg-type]
    if email:
        data.emails.append(LabeledValue(email, "work"))
    if phone:
        data.phones.append(Phone(phone, "mobile"))
    return ContactService().create(data)


def live_uids() -> list[str]:
    service = ContactService()
    return sorted(c.uid for c in service.get_many(service.ids()))
