"""Every card the vCard writer produces is valid: vobject and Rolodex's reader both read it, and
what cannot be written validly is left out of the card and reported, never written broken."""

from __future__ import annotations

import base64

import pytest
import vobject

from rolodex.exporters.vcard import Dropped, card_bytes
from rolodex.importers.vcard_reader import read_vcard_text
from rolodex.records import ContactData, ExtraProperty

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
VERSIONS = ["3.0", "4.0"]


def export(contact: ContactData, version: str) -> tuple[str, list[Dropped]]:
    """The card as written, after checking that vobject and our reader both read it."""
    dropped: list[Dropped] = []
    text = card_bytes(contact, version, dropped).decode("utf-8")
    (card,) = list(vobject.readComponents(text, validate=True))
    names = [line.name for line in card.lines()]
    assert "BEGIN" not in names and "END" not in names and names.count("VERSION") == 1
    assert card.version.value == version
    (back,) = list(read_vcard_text(text))
    assert isinstance(back, ContactData), back
    return text, dropped


def read_back(text: str) -> ContactData:
    (back,) = list(read_vcard_text(text))
    assert isinstance(back, ContactData)
    return back


def reasons(dropped: list[Dropped]) -> list[tuple[str, str]]:
    return [(d.property_name, d.reason) for d in dropped]


def person(*extras: ExtraProperty, **fields: object) -> ContactData:
    return ContactData(id=7, given="Ada", family="Lovelace", extras=list(extras), **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("name", ["END", "BEGIN", "VERSION", "PROFILE", "end", "Begin"])
def test_structural_names_are_never_written(name: str, version: str) -> None:
    contact = person(ExtraProperty(name, "VCARD."), ExtraProperty("X-AFTER", "still here"))
    text, dropped = export(contact, version)
    assert text.upper().count("\r\nEND:") == 1 and text.upper().count("BEGIN:") == 1
    assert text.count("VERSION:") == 1
    assert reasons(dropped) == [(name, "structure")]
    assert dropped[0].contact_id == 7 and dropped[0].contact == "Ada Lovelace"
    assert "break the file" in dropped[0].message
    assert read_back(text).extras == [ExtraProperty("X-AFTER", "still here")]


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize(
    "photo",
    [
        ExtraProperty(
            "PHOTO", "/9j/4AAQSkZJRgABAQ" + "A" * 7, {"ENCODING": ["b"], "TYPE": ["JPEG"]}
        ),
        ExtraProperty("LOGO", "data:image/png;base64,iVBORw0KGgoA%%", {}),
        ExtraProperty("PHOTO", "not base64 at all!", {"ENCODING": ["BASE64"]}),
    ],
    ids=["one-char-too-many", "data-uri", "garbage"],
)
def test_broken_base64_is_left_out_with_a_warning(photo: ExtraProperty, version: str) -> None:
    contact = person(photo, photo=PNG, photo_mime="image/png")
    text, dropped = export(contact, version)
    assert reasons(dropped) == [(photo.name, "base64")]
    assert "not valid base64" in dropped[0].message
    back = read_back(text)
    assert back.photo == PNG and back.extras == []


def test_a_binary_photo_is_a_data_uri_in_4_and_encoding_b_in_3() -> None:
    body = base64.b64encode(PNG).decode()
    second = ExtraProperty("PHOTO", body.rstrip("="), {"ENCODING": ["b"], "TYPE": ["PNG", "work"]})
    contact = person(second, photo=PNG, photo_mime="image/png")
    v4, dropped4 = export(contact, "4.0")
    v3, dropped3 = export(contact, "3.0")
    assert dropped4 == dropped3 == []
    v4, v3 = v4.replace("\r\n ", ""), v3.replace("\r\n ", "")
    assert "ENCODING" not in v4.upper()
    assert f"PHOTO;TYPE=work:data:image/png;base64,{body}\r\n" in v4
    assert f"PHOTO;ENCODING=b;TYPE=PNG,work:{body}\r\n" in v3
    card3 = vobject.readOne(v3)  # vobject decodes the base64 of both photos
    assert [p.value for p in card3.contents["photo"]] == [PNG, PNG]


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("name", ["X-messaging/gadu-Other", "X_LOTUS", "X FOO", "X-Ü", ""])
def test_names_with_characters_vcard_does_not_allow_are_left_out(name: str, version: str) -> None:
    text, dropped = export(person(ExtraProperty(name, "1"), ExtraProperty("X-OK", "2")), version)
    assert reasons(dropped) == [(name, "name")]
    assert [e.name for e in read_back(text).extras] == ["X-OK"]


@pytest.mark.parametrize("version", VERSIONS)
def test_a_bad_group_becomes_a_free_item_group_and_keeps_its_label(version: str) -> None:
    contact = person(
        ExtraProperty("X-ABRELATEDNAMES", "Jonas", {}, "item 1/x"),
        ExtraProperty("X-ABLABEL", "_$!<Spouse>!$_", {}, "item 1/x"),
        ExtraProperty("X-OTHER", "kept", {}, "item1"),
    )
    text, dropped = export(contact, version)
    assert dropped == []
    assert "item2.X-ABRELATEDNAMES:Jonas\r\nitem2.X-ABLABEL:_$!<Spouse>!$_\r\n" in text
    assert "item1.X-OTHER:kept\r\n" in text


@pytest.mark.parametrize("version", VERSIONS)
def test_parameters_are_quoted_or_left_out(version: str) -> None:
    extra = ExtraProperty(
        "X-FOO",
        "v",
        {
            "X-A": ["a:b;c,d"],
            "X-Q": ['say "hi"', "ok"],
            "X-C": ["bell\x07"],
            "X-N": ["two\nlines"],
            "BAD KEY": ["x"],
            "ENCODING": ["QUOTED-PRINTABLE"],
            "CHARSET": ["windows-1252"],
            "X-EMPTY": [],
        },
    )
    text, dropped = export(person(extra), version)
    assert 'X-FOO;X-A="a:b;c,d";X-Q=ok:v\r\n' in text
    assert reasons(dropped) == [("X-FOO", "parameter")] * 6
    assert [d.detail for d in dropped] == [
        "X-Q", "X-C", "X-N", "'BAD KEY'", "ENCODING=QUOTED-PRINTABLE", "X-EMPTY",
    ]  # fmt: skip
    (back,) = read_back(text).extras
    assert back.params == {"X-A": ["a:b;c,d"], "X-Q": ["ok"]}


@pytest.mark.parametrize("version", VERSIONS)
def test_a_card_holds_each_once_only_property_once(version: str) -> None:
    contact = person(
        ExtraProperty("UID", "second-uid"),
        ExtraProperty("N", "Other;Name;;;"),
        ExtraProperty("PRODID", "-//Apple Inc.//Address Book 6.1//EN"),
        ExtraProperty("PRODID", "-//Google//EN"),
        ExtraProperty("BDAY", "not a date"),
        uid="urn:uuid:1",
    )
    text, dropped = export(contact, version)
    assert reasons(dropped) == [("UID", "duplicate"), ("N", "duplicate"), ("PRODID", "duplicate")]
    assert text.count("UID:") == text.count("PRODID:") == text.count("\r\nN:") == 1
    assert "PRODID:-//Apple Inc.//Address Book 6.1//EN\r\n" in text
    assert "BDAY:not a date\r\n" in text  # the only BDAY: it stays


@pytest.mark.parametrize("version", VERSIONS)
def test_control_characters_in_an_unmodelled_value_leave_it_out(version: str) -> None:
    contact = person(ExtraProperty("X-NUL", "a\x00b"), ExtraProperty("X-TAB", "a\tb"))
    text, dropped = export(contact, version)
    assert reasons(dropped) == [("X-NUL", "control")]
    assert [(e.name, e.value) for e in read_back(text).extras] == [("X-TAB", "a\tb")]


@pytest.mark.parametrize("version", VERSIONS)
def test_bare_line_breaks_in_a_value_are_written_escaped(version: str) -> None:
    contact = person(ExtraProperty("X-NOTE", "one\r\ntwo\rthree\nEND:VCARD"))
    text, dropped = export(contact, version)
    assert dropped == []
    assert "X-NOTE:one\\ntwo\\nthree\\nEND:VCARD\r\n" in text
