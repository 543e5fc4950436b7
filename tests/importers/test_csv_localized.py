"""Issue 12: CSV files with Norwegian, Lithuanian and Russian headers (hand-made and localised
Outlook/Google exports) are mapped by header, and columns whose header says nothing by content."""

from __future__ import annotations

from pathlib import Path

import pytest

from rolodex.importers.csv_content import column_kind
from rolodex.importers.csv_headers import localized_target
from rolodex.importers.csv_reader import read_csv, sniff_csv
from rolodex.records import ContactData


def _read(path: Path) -> list[ContactData]:
    return [c for c in read_csv(path) if isinstance(c, ContactData)]


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Fornavn", "given"), ("Etternavn", "family"), ("Vardas", "given"),
        ("Pavardė", "family"), ("PAVARDE", "family"), ("Имя", "given"), ("Фамилия", "family"),
        ("Отчество", "additional"), ("Телефон", "phone"), ("E-post", "email"),
        ("El. paštas", "email"), ("el pastas", "email"), ("Адрес", "street"),
        ("Firma", "company"), ("Bedrift", "company"), ("Įmonė", "company"),
        ("Компания", "company"), ("Mobil", "phone:mobile"), ("Postnummer", "postal_code"),
        ("Poststed", "city"), ("Miestas", "city"), ("Город", "city"),
        # localised Outlook exports
        ("Gateadresse, arbeid", "street:work"), ("Poststed, privat", "city:home"),
        ("Telefon, arbeid", "phone:work"), ("Mobiltelefon", "phone:mobile"),
        ("Darbo pašto kodas", "postal_code:work"), ("Namų miestas", "city:home"),
        ("El. pašto adresas", "email"), ("Mobilusis telefonas", "phone:mobile"),
        ("Улица (раб. адрес)", "street:work"), ("Индекс (дом. адрес)", "postal_code:home"),
        ("Страна или регион (раб. адрес)", "country:work"), ("Адрес эл. почты 2", "email"),
        ("Рабочий телефон", "phone:work"), ("Мобильный телефон", "phone:mobile"),
        ("Должность", "job_title"), ("Заметки", "notes"), ("День рождения", "birthday"),
        # localised Google exports
        ("E-post 1 - Verdi", "email"), ("Telefon 2 - Verdi", "phone"),
        ("E-post 1 - Etikett", "ignore"), ("Телефон 1 - Значение", "phone"),
    ],
)  # fmt: skip
def test_headers_in_three_languages(header: str, target: str) -> None:
    assert localized_target(header) == target


def test_norwegian_outlook_file_is_read_without_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "kontakter.csv"
    path.write_text(
        "Fornavn;Etternavn;Firma;E-postadresse;Mobiltelefon;Gateadresse, arbeid;"
        "Postnummer, arbeid;Poststed, arbeid;Land/region, arbeid\n"
        "Øystein;Ødegård;Fjordkraft AS;oystein@fjordkraft.example;915 12 345;Storgata 1;"
        "9008;Tromsø;Norge\n",
        "utf-8",
    )
    (oystein,) = _read(path)
    assert (oystein.given, oystein.family, oystein.company) == (
        "Øystein",
        "Ødegård",
        "Fjordkraft AS",
    )
    assert [(p.value, p.label) for p in oystein.phones] == [("915 12 345", "mobile")]
    (work,) = oystein.addresses
    assert (work.street, work.postal_code, work.city, work.country, work.label) == (
        "Storgata 1", "9008", "Tromsø", "NO", "work",
    )  # fmt: skip


def test_lithuanian_and_russian_files_in_their_own_code_pages(tmp_path: Path) -> None:
    lt = tmp_path / "kontaktai.csv"
    lt.write_bytes(
        "Vardas,Pavardė,Įmonė,El. paštas,Telefonas,Miestas\n"
        "Šarūnas,Žukauskas,Ūkis UAB,sarunas@ukis.example,+370 612 34567,Vilnius\n".encode()
    )
    (sarunas,) = _read(lt)
    assert (sarunas.given, sarunas.family, sarunas.company) == ("Šarūnas", "Žukauskas", "Ūkis UAB")
    assert sarunas.addresses[0].city == "Vilnius"
    ru = tmp_path / "контакты.csv"
    ru.write_bytes(
        "Имя;Фамилия;Компания;Телефон;Адрес;Город\n"
        "Владимир;Новиков;ООО «Завод»;+7 912 345-67-89;ул. Ленина, 5;Екатеринбург\n".encode(
            "cp1251"
        )
    )
    (vladimir,) = _read(ru)
    assert (vladimir.company, vladimir.addresses[0].street) == ("ООО «Завод»", "ул. Ленина, 5")


def test_columns_whose_header_says_nothing_are_guessed_by_content(tmp_path: Path) -> None:
    path = tmp_path / "no-header.csv"
    path.write_text(
        "Kari Nordmann,kari@nordmann.example,+47 41 23 45 67,0150\n"
        "Šarūnas Žukauskas,sarunas@ukis.example,+370 612 34567,LT-01103\n"
        "Владимир Новиков,novikov@zavod.example,8 (912) 345-67-89,620014\n",
        "utf-8",
    )
    sniff = sniff_csv(path)
    assert not sniff.has_header
    assert sniff.proposed() == {1: "email", 2: "phone", 3: "postal_code"}


def test_content_needs_two_values_and_four_in_five_agreeing() -> None:
    assert column_kind(["a@b.no"]) == ""
    assert column_kind(["12 34 56 78", "22334455", ""]) == "phone"
    assert column_kind(["0150", "Oslo", "5003", "9008"]) == ""  # one in four is not a postcode
