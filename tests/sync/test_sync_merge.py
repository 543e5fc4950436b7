"""Concurrent edits: different fields merge, the same field keeps the local value and files the
server's in the contact's history as a conflict; a lost race (412) is merged, never
overwritten; a contact deleted on one side and edited on the other comes back with a note."""

from __future__ import annotations

import re
from pathlib import Path

from rolodex.services.contacts import ContactService
from rolodex.services.crm.activities import ActivityService
from rolodex.store import sync as state
from tests.sync.conftest import Collection
from tests.sync.helpers import add, card, person, put_card, server_cards, sync


def _edit_server(collection: Collection, change: str, add_line: str = "") -> None:
    """Change the one card on the server with a plain PUT (If-Match its ETag)."""
    ((href, text),) = server_cards(collection).items()
    text = re.sub(r"^TITLE:.*\r\n", "", text, flags=re.MULTILINE) if change else text
    text = text.replace("END:VCARD", (change + "\r\n" if change else "") + add_line + "END:VCARD")
    with collection.http() as http:
        etag = http.head(collection.root.rstrip("/") + href).headers["ETag"]
        assert put_card(collection, href.rsplit("/", 1)[1], text, etag).status_code in (201, 204)


def _edit_local(cid: int, **fields: str) -> None:
    service = ContactService()
    contact = service.get(cid)
    assert contact is not None
    for name, value in fields.items():
        setattr(contact, name, value)
    service.save(contact)


def _notes(cid: int) -> list[str]:
    return [f"{a.subject}: {a.notes}" for a in ActivityService().timeline(contact_id=cid)]


def test_edits_to_different_fields_merge(any_book: str, collection: Collection, tmp_path: Path) -> None:
    cid = person("Ann", "Berg", job_title="Clerk")
    add(collection, tmp_path)
    sync()
    _edit_local(cid, notes="Prefers mornings")
    _edit_server(collection, "TITLE:Manager")
    result = sync()
    assert (result.updated_local, result.updated_remote, result.conflicts) == (1, 1, 0)
    contact = ContactService().get(cid)
    assert contact is not None and (contact.job_title, contact.notes) == ("Manager", "Prefers mornings")
    (text,) = server_cards(collection).values()
    assert "TITLE:Manager" in text and "NOTE:Prefers mornings" in text
    assert sync().counts() == dict.fromkeys(result.counts(), 0)


def test_the_same_field_keeps_the_local_value_and_files_a_conflict(
    any_book: str, collection: Collection, tmp_path: Path
) -> None:
    cid = person("Ann", "Berg", job_title="Clerk")
    add(collection, tmp_path)
    sync()
    _edit_local(cid, job_title="Director")
    _edit_server(collection, "TITLE:Manager")
    result = sync()
    assert result.conflicts == 1
    contact = ContactService().get(cid)
    assert contact is not None and contact.job_title == "Director"
    assert any("conflict" in n and "Manager" in n and "Director" in n for n in _notes(cid))
    (text,) = server_cards(collection).values()
    assert "TITLE:Director" in text
    assert sync().conflicts == 0


def test_deleted_on_the_server_but_edited_here_is_sent_back(
    book: object, collection: Collection, tmp_path: Path
) -> None:
    cid = person("Ann", "Berg")
    add(collection, tmp_path)
    sync()
    _edit_local(cid, job_title="Director")
    ((href, _),) = server_cards(collection).items()
    with collection.http() as http:
        http.delete(collection.root.rstrip("/") + href)
    result = sync()
    assert result.deleted_local == 0 and result.uploaded == 1
    (text,) = server_cards(collection).values()
    assert "TITLE:Director" in text
    assert any("sent back" in n for n in _notes(cid))


def test_deleted_here_but_edited_on_the_server_comes_back(
    book: object, collection: Collection, tmp_path: Path
) -> None:
    cid = person("Ann", "Berg", job_title="Clerk")
    add(collection, tmp_path)
    sync()
    ContactService().delete([cid])
    _edit_server(collection, "TITLE:Manager")
    result = sync()
    assert result.deleted_remote == 0
    assert ContactService().ids() == [cid]
    contact = ContactService().get(cid)
    assert contact is not None and contact.job_title == "Manager"
    assert any("came back" in n for n in _notes(cid))
    assert len(server_cards(collection)) == 1


def test_purged_here_but_edited_on_the_server_comes_back(
    book: object, collection: Collection, tmp_path: Path
) -> None:
    cid = person("Ann", "Berg", job_title="Clerk")
    add(collection, tmp_path)
    sync()
    service = ContactService()
    uid = service.get(cid).uid  # type: ignore[union-attr]
    service.delete([cid])
    service.empty_trash()
    _edit_server(collection, "TITLE:Manager")
    sync()
    (back,) = list(service.get_many(service.ids()))
    assert (back.uid, back.job_title) == (uid, "Manager")


def test_a_lost_race_is_merged_never_overwritten(
    book: object, collection: Collection, tmp_path: Path
) -> None:
    """The server's card changes between the listing and the upload: the PUT's If-Match
    fails (412), the card is fetched again and merged, and both edits survive."""
    import httpx

    cid = person("Ann", "Berg", job_title="Clerk")
    account = add(collection, tmp_path)
    sync()
    _edit_local(cid, notes="Local note")
    real = httpx.HTTPTransport()

    class RaceTransport(httpx.BaseTransport):
        raced = False

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "PUT" and not self.raced:
                self.raced = True
                _edit_server(collection, "TITLE:Manager")
            return real.handle_request(request)

    result = sync(transport=RaceTransport())
    assert result.conflicts == 0 and result.errors == 0
    (text,) = server_cards(collection).values()
    assert "TITLE:Manager" in text and "NOTE:Local note" in text
    contact = ContactService().get(cid)
    assert contact is not None and contact.job_title == "Manager"
    assert len(state.items(account.id)) == 1


def test_a_card_on_the_server_with_a_local_contacts_uid_is_matched_not_doubled(
    book: object, collection: Collection, tmp_path: Path
) -> None:
    cid = person("Ann", "Berg", "ann@example.no")
    uid = ContactService().get(cid).uid  # type: ignore[union-attr]
    put_card(collection, "other-name.vcf", card(uid, "Ann", "Berg", "TEL:+47 22 33 44 55"))
    add(collection, tmp_path)
    result = sync()
    assert (result.uploaded, result.downloaded) == (0, 0)
    assert list(server_cards(collection)) == [httpx_path(collection) + "other-name.vcf"]
    contact = ContactService().get(cid)
    assert contact is not None and [p.value for p in contact.phones] == ["+47 22 33 44 55"]


def httpx_path(collection: Collection) -> str:
    import httpx

    return httpx.URL(collection.url).path
