"""Encoding, delimiter and header detection on CSV bytes as other programs write them."""

from __future__ import annotations

import codecs

import pytest

from rolodex.importers.csv_detect import detect_delimiter, detect_encoding, sniff_text

NORWEGIAN = "Fornavn,Etternavn,E-post\nBjørn,Ødegård,bjorn@example.no\nÅse,Bråten,ase@example.no\n"
RUSSIAN = "Имя;Фамилия;Почта\nИван;Петров;ivan@example.ru\nАнна;Сидорова;anna@example.ru\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF8 + NORWEGIAN.encode(), "utf-8-sig"),
        (NORWEGIAN.encode(), "utf-8"),
        (codecs.BOM_UTF16_LE + NORWEGIAN.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + NORWEGIAN.encode("utf-16-be"), "utf-16"),
        (NORWEGIAN.encode("utf-16-le"), "utf-16-le"),
        (NORWEGIAN.encode("utf-16-be"), "utf-16-be"),
        (NORWEGIAN.encode("cp1252"), "cp1252"),
        (RUSSIAN.encode("cp1251"), "cp1251"),
        ("名前,メール\n山田太郎,taro@example.jp\n".encode("shift_jis"), "cp932"),
    ],
)
def test_detect_encoding(data: bytes, expected: str) -> None:
    encoding = detect_encoding(data, complete=True)
    assert encoding == expected
    assert "@example" in data.decode(encoding)


def test_utf8_sample_cut_inside_a_character_is_still_utf8() -> None:
    data = ("Ø" * 100).encode()
    assert detect_encoding(data[:-1], complete=False) == "utf-8"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2;3\n", ";"),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ('Name;Note\n"Doe, John";"a, b, c"\n"Roe, Jane";"d, e"\n', ";"),
        ("justone\nfield\n", ","),
    ],
)
def test_detect_delimiter(text: str, expected: str) -> None:
    assert detect_delimiter(text) == expected


def test_header_detection() -> None:
    assert sniff_text("Name,Email\nAnn,ann@example.com\n", "utf-8").has_header
    assert not sniff_text("Ann,ann@example.com\nBob,bob@example.com\n", "utf-8").has_header
    assert sniff_text("Foo,Bar\nAnn,555-1234\n", "utf-8").has_header
    forced = sniff_text("Foo,Bar\nAnn,Bob\n", "utf-8", has_header=False)
    assert not forced.has_header and forced.sample_rows[0] == ["Foo", "Bar"]
