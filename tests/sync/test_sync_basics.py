"""Two-way sync against the real Radicale server: the first sync goes both ways, the second
changes nothing, and edits and deletions made with plain HTTP on the server arrive."""

from __future__ import annotations

from pathlib import Path

from rolodex.services.contacts import ContactService
from rolodex.store import sync as state
from tests.sync.conftest import Collection
from tests.sync.helpers import (
    add,
    card,
    live_uids,
    person,
    put_card,
    server_cards,
    server_uids,
    sync,
)


def test_first_sync_goes_both_ways_and_the_second_changes_nothing(
    any_book: str, collection: Collection, tmp_path: Path
) -> None:
    ann = person("Ann", "Berg", "ann@example.no", "+47 912 34 567")
    put_card(collection, "bob.vcf", card("bob-1", "Bob", "Dale", "EMAIL:bob@example.com"))
    add(collection, tmp_path)
    first = sync()
    assert (first.uploaded, first.downloaded, first.errors) == (1, 1, 0)
    ann_uid = ContactService().get(ann).uid  # type: ignore[union-attr]
    assert server_uids(collection) == sorted([ann_uid, "bob-1"])
    assert live_uids() == sorted([ann_uid, "bob-1"])
    bob = [c for c in ContactService().get_many(ContactService().ids()) if c.uid == "bob-1"][0]
    assert bob.emails[0].value == "bob@example.com"
    before = server_cards(collection)
    second = sync()
    assert second.counts() == dict.fromkeys(second.counts(), 0)
    assert server_cards(collection) == before


def test_a_card_edited_on_the_server_with_a_plain_put_arrives(
    book: object, collection: Collection, tmp_path: Path
) -> None:
    put_card(collection, "bob.vcf", card("bob-1", "Bob", "Dale", "TITLE:Clerk"))
    add(collection, tmp_path)
    sync()
    put_card(collection, "bob.vcf", card("bob-1", "Bob", "Dale", "TITLE:Manager"))
    result = sync()
    assert result.updated_local == 1 and result.uploaded == 0
    contact = ContactService().get(ContactService().ids()[0])
    assert contact is not None and contact.job_title == "Manager"


def test_a_local_edit_goes_up_with_if_match(book: object, collection: Collection, tmp_path: Path) -> None:
    cid = person("Ann", "Berg")
    add(collection, tmp_path)
    sync()
    service = ContactService()
    contact = service.get(cid)
    assert contact is not None
    contact.job_title = "Director"
    service.save(contact)
    result = sync()
    assert result.updated_remote == 1
    (text,) = server_cards(collection).values()
    assert "TITLE:Director" in text


def test_deletions_travel_both_ways(any_book: str, collection: Collection, tmp_path: Path) -> None:
    ann = person("Ann", "Berg")
    put_card(collection, "bob.vcf", card("bob-1", "Bob", "Dale"))
    add(collection, tmp_path)
    sync()
    ContactService().delete([ann])
    with collection.http() as http:
        assert http.delete(collection.url + "bob.vcf").status_code in (200, 204)
    result = sync()
    assert (result.deleted_remote, result.deleted_local) == (1, 1)
    assert server_cards(collection) == {} and ContactService().ids() == []
    assert state.items(state.accounts()[0].id) == {}
    assert sync().counts() == dict.fromkeys(result.counts(), 0)


def test_unmodelled_properties_survive_a_local_edit(
    book: object, collection: Collection, tmp_path: Path
) -> None:
    phone_card = card(
        "bob-1", "Bob", "Dale", "X-PHONE-APP-ID:77", "item1.X-SOCIALPROFILE;TYPE=x:bobby",
        "item1.X-ABLabel:Friend", "TEL;TYPE=CELL:+47 400 00 000",
    )  # fmt: skip
    put_card(collection, "bob.vcf", phone_card)
    add(collection, tmp_path)
    sync()
    service = ContactService()
    contact = service.get(service.ids()[0])
    assert contact is not None
    contact.job_title = "Buyer"
    service.save(contact)
    assert sync().updated_remote == 1
    (text,) = server_cards(collection).values()
    lines = {line.upper() for line in text.splitlines()}  # names are case-insensitive
    assert {"X-PHONE-APP-ID:77", "TITLE:BUYER", "ITEM1.X-ABLABEL:FRIEND"} <= lines
    assert "ITEM1.X-SOCIALPROFILE;TYPE=X:BOBBY" in lines
