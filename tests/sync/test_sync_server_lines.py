"""A card from the server keeps its own lines for every field Rolodex did not change: unknown
parameters on modelled properties (``TEL;X-FOO=1``, ``EMAIL;PREF=1``), grouped labels
(``item1.TEL`` + ``item1.X-ABLabel``) and X- properties survive edits on the phone (a plain
HTTP PUT) and here; only the changed field is rewritten."""

from __future__ import annotations

import re
from pathlib import Path

from rolodex.services.contacts import ContactService
from rolodex.sync.cards import card_text, read_card
from tests.sync.conftest import Collection
from tests.sync.helpers import add, card, put_card, server_cards, sync

PHONE_LINES = (
    "TEL;X-FOO=1;TYPE=cell:+47 400 00 001",
    "EMAIL;PREF=1;TYPE=INTERNET:bob@example.no",
    "item1.TEL:+47 22 00 00 00",
    "item1.X-ABLabel:Boat",
    "X-PHONE-APP-ID:77",
    "NOTE:Met at the fair",
)


def _prop(line: str) -> tuple[str, frozenset[str], str]:
    """A content line as (GROUP.NAME, {PARAM=VALUE...}, value), case and order aside (the
    server may write parameters in another order)."""
    head, _, value = line.partition(":")
    name, *params = head.upper().split(";")
    return name, frozenset(params), value


def _server_props(collection: Collection) -> set[tuple[str, frozenset[str], str]]:
    (text,) = server_cards(collection).values()
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    return {_prop(line) for line in unfolded.splitlines() if line}


def _edit(**fields: str) -> None:
    service = ContactService()
    contact = service.get(service.ids()[0])
    assert contact is not None
    for name, value in fields.items():
        setattr(contact, name, value)
    service.save(contact)


def _phone_edit(collection: Collection, old: str, new: str) -> None:
    """The phone changes one line of its card (a plain PUT, If-Match its ETag)."""
    ((href, text),) = server_cards(collection).items()
    with collection.http() as http:
        etag = http.head(collection.root.rstrip("/") + href).headers["ETag"]
    assert old in text
    put = put_card(collection, href.rsplit("/", 1)[1], text.replace(old, new), etag)
    assert put.status_code in (201, 204)


def _has(collection: Collection, *lines: str) -> None:
    props = _server_props(collection)
    missing = [line for line in lines if _prop(line) not in props]
    assert missing == [], props


def test_a_local_edit_keeps_the_phones_parameters_and_groups(
    book: object, collection: Collection, tmp_path: Path
) -> None:
    put_card(collection, "bob.vcf", card("bob-1", "Bob", "Dale", *PHONE_LINES))
    add(collection, tmp_path)
    sync()
    _edit(job_title="Buyer")
    assert sync().updated_remote == 1
    _has(collection, *PHONE_LINES, "TITLE:Buyer")
    assert sync().changed() is False


def test_edits_on_the_phone_and_here_keep_the_phones_lines(
    any_book: str, collection: Collection, tmp_path: Path
) -> None:
    put_card(collection, "bob.vcf", card("bob-1", "Bob", "Dale", *PHONE_LINES))
    add(collection, tmp_path)
    sync()
    _phone_edit(collection, "NOTE:Met at the fair", "NOTE:Met at the fair\r\nEMAIL;X-WORK-ID=9:bob@work.example")
    assert sync().updated_local == 1
    _edit(job_title="Buyer", notes="Call in May")
    result = sync()
    assert (result.updated_remote, result.conflicts) == (1, 0)
    _has(collection, *PHONE_LINES[:5], "EMAIL;X-WORK-ID=9:bob@work.example", "TITLE:Buyer",
         "NOTE:Call in May")  # fmt: skip
    assert sync().changed() is False


def test_only_the_changed_field_is_rewritten(
    book: object, collection: Collection, tmp_path: Path
) -> None:
    put_card(collection, "bob.vcf", card("bob-1", "Bob", "Dale", *PHONE_LINES))
    add(collection, tmp_path)
    sync()
    service = ContactService()
    contact = service.get(service.ids()[0])
    assert contact is not None
    contact.phones = contact.phones[:1]  # the boat's number goes
    service.save(contact)
    assert sync().updated_remote == 1
    _has(collection, "EMAIL;PREF=1;TYPE=INTERNET:bob@example.no", "X-PHONE-APP-ID:77")
    numbers = [p for p in _server_props(collection) if p[0].endswith("TEL")]
    assert [n[2] for n in numbers] == ["+47 400 00 001"]
    assert not any(p[0].endswith("X-ABLABEL") for p in _server_props(collection))


def test_a_card_the_template_cannot_say_is_written_whole() -> None:
    """Whatever is kept, the card sent reads back as the contact (never a stale field)."""
    base = card("bob-1", "Bob", "Dale", *PHONE_LINES)
    contact = read_card(base)
    assert contact is not None
    contact.given, contact.notes = "Robert", ""
    contact.phones[0].value = "+47 400 00 009"
    text = card_text(contact, base)
    back = read_card(text)
    assert back is not None
    assert (back.given, back.notes, [p.value for p in back.phones]) == (
        "Robert", "", ["+47 400 00 009", "+47 22 00 00 00"]
    )  # fmt: skip
    assert "EMAIL;PREF=1;TYPE=INTERNET:bob@example.no" in text
