"""vCard export: valid output (CRLF, 75-octet folding, photos) and lossless round trips."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rolodex.exporters.vcard import Dropped, contact_to_vcard, write_vcards
from rolodex.exporters.vcard_fold import fold
from rolodex.importers.vcard_reader import read_vcard_text, read_vcards
from rolodex.records import (
    Address,
    ContactData,
    ExtraProperty,
    InstantMessage,
    LabeledValue,
    Phone,
)
from tests.exporters.roundtrip import assert_same_but_left_out

DATA = Path(__file__).resolve().parents[1] / "data" / "vcard"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def read_back(text: str) -> ContactData:
    (item,) = list(read_vcard_text(text))
    assert isinstance(item, ContactData), item
    return item


def full_contact() -> ContactData:
    return ContactData(
        uid="urn:uuid:1234", prefix="Dr.", given="Ūla", additional="Marija", family="Žemaitytė",
        suffix="PhD", nickname="Ūlė, Ula", display_name="Dr. Ūla Ž.", company="Ąžuolas; UAB",
        department="Pardavimai", job_title="Vadovė", role="Sales", birthday="1985-04-12",
        anniversary="--06-01", notes="Line one\nLine two, with comma; and semicolon \\ backslash",
        photo=PNG, photo_mime="image/png",
        emails=[LabeledValue("ula@example.lt", "work", True), LabeledValue("u@x.lt", "Private")],
        phones=[Phone("+370 5 212 3456", "work fax"), Phone("+370 600 00000", "mobile", True),
                Phone("+370 1", "video"), Phone("+370 2", "Vasarnamis")],
        addresses=[Address(street="Gedimino pr. 9\n2 aukštas", city="Vilnius", postal_code="01103",
                           country="LT", label="work", pref=True),
                   Address(city="Tromsø", country="Nordland?", label="Hytta")],
        websites=[LabeledValue("https://example.lt/a,b", "home page")],
        ims=[InstantMessage("ula@jabber.lt", "xmpp", "work"), InstantMessage("ula.s", "skype"),
             InstantMessage("1234", "yahoo")],
        tags=["klientai", "VIP, svarbu"], do_not_mail=True, rev="2024-01-01T10:00:00Z",
        extras=[ExtraProperty("X-MS-OL-DESIGN", "<card a=\"1\">", {"X-SOURCE": ["outlook"]}),
                ExtraProperty("X-ABRELATEDNAMES", "Jonas", {}, "item1"),
                ExtraProperty("X-ABLABEL", "_$!<Spouse>!$_", {}, "item1"),
                ExtraProperty("GEO", "54.68;25.28", {"TYPE": ["work"]}),
                ExtraProperty("X-KADDRESSBOOK-BLOGFEED", "99", {})],
    )  # fmt: skip


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_round_trip_of_every_field(version: str) -> None:
    contact = full_contact()
    assert read_back(contact_to_vcard(contact, version)) == contact


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.vcf")))
def test_import_export_import_changes_nothing(name: str, version: str) -> None:
    first = [c for c in read_vcards(DATA / name) if isinstance(c, ContactData)]
    out = io.BytesIO()
    dropped: list[Dropped] = []
    assert write_vcards(first, out, version, dropped) == len(first)
    second = list(read_vcard_text(out.getvalue().decode("utf-8")))
    assert_same_but_left_out(first, second, dropped)
    if not dropped and version == "3.0":
        assert second == first


def test_output_is_utf8_crlf_and_folded_at_75_octets() -> None:
    contact = ContactData(given="Пётр", family="Чайковский", notes="Щ" * 100 + "ø€😀" * 30)
    raw = contact_to_vcard(contact).encode("utf-8")
    lines = raw.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75
    assert all(line.decode("utf-8") for line in lines if line)  # no line ends mid-character
    assert read_back(raw.decode("utf-8")).notes == contact.notes


def test_fold_counts_octets_and_never_splits_a_character() -> None:
    folded = fold("NOTE:" + "ж" * 80)
    pieces = folded.split(b"\r\n ")
    assert [len(p) for p in pieces][:2] == [75, 74]  # 'NOTE:' + 35×2 bytes; then space + 37×2
    assert b"".join(pieces).decode("utf-8") == "NOTE:" + "ж" * 80 + "\r\n"
    assert fold("FN:short") == b"FN:short\r\n"


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=300))
def test_fold_any_text(text: str) -> None:
    line = "NOTE:" + text.replace("\r", "").replace("\n", "")
    folded = fold(line)
    assert folded.endswith(b"\r\n")
    physical = folded[:-2].split(b"\r\n")
    assert all(len(p) <= 75 for p in physical)
    assert all(p.decode("utf-8") is not None for p in physical)
    assert b"".join(p[1:] if i else p for i, p in enumerate(physical)).decode() == line


def test_photo_is_base64_in_3_and_a_data_uri_in_4() -> None:
    contact = ContactData(given="A", photo=PNG, photo_mime="image/png")
    v3 = contact_to_vcard(contact, "3.0").replace("\r\n ", "")
    v4 = contact_to_vcard(contact, "4.0").replace("\r\n ", "")
    assert "PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgo" in v3
    assert "PHOTO:data:image/png;base64,iVBORw0KGgo" in v4
    assert read_back(v3).photo == read_back(v4).photo == PNG


def test_extras_are_written_with_group_and_params() -> None:
    contact = ContactData(
        given="A", extras=[ExtraProperty("X-FOO", "a\\,b", {"TYPE": ["x,y"]}, "g1")]
    )
    assert 'g1.X-FOO;TYPE="x,y":a\\,b\r\n' in contact_to_vcard(contact)


def test_custom_label_uses_a_free_group() -> None:
    contact = ContactData(
        given="A",
        emails=[LabeledValue("a@b.c", "Club")],
        extras=[ExtraProperty("X-ABADR", "x", {}, "item1")],
    )
    text = contact_to_vcard(contact)
    assert "item2.EMAIL;TYPE=INTERNET:a@b.c\r\nitem2.X-ABLabel:Club\r\n" in text


def test_unknown_version_is_refused() -> None:
    with pytest.raises(ValueError, match="3.0, 4.0"):
        contact_to_vcard(ContactData(), "2.1")
