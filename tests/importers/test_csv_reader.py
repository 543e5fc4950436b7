"""Reading CSV contact files: real exports from Thunderbird, Google and Outlook layouts, legacy
encodings, files without a header, and damaged rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from rolodex.importers.csv_mapping import ColumnMapping, MappingError, parse_map_arg
from rolodex.importers.csv_reader import CsvError, CsvMappingRequired, read_csv, sniff_csv
from rolodex.records import ContactData, ImportIssue

DATA = Path(__file__).resolve().parents[1] / "data" / "csv"
SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
SAMPLE_FILES = sorted(SAMPLES.rglob("*.csv")) + sorted(SAMPLES.rglob("export.txt"))


def contacts(path: Path, mapping: ColumnMapping | None = None) -> list[ContactData]:
    found = list(read_csv(path, mapping))
    assert all(isinstance(item, ContactData) for item in found), found
    return [item for item in found if isinstance(item, ContactData)]


def emails(contact: ContactData) -> list[str]:
    return [e.value for e in contact.emails]


def phones(contact: ContactData) -> list[tuple[str, str]]:
    return [(p.value, p.label) for p in contact.phones]


@pytest.mark.skipif(not SAMPLE_FILES, reason="shared samples folder not present")
@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_every_shared_csv_sample_reads_without_crashing(path: Path) -> None:
    try:
        items = list(read_csv(path))
    except CsvMappingRequired as exc:
        assert "mapping" in str(exc) and exc.sniff.sample_rows
        return
    assert items, "a sample with contacts gave nothing"
    assert all(isinstance(i, ContactData | ImportIssue) for i in items)


def test_utf16_thunderbird_export() -> None:
    sniff = sniff_csv(DATA / "utf16_addressbook.csv")
    assert (sniff.encoding, sniff.layout, sniff.has_header) == ("utf-16", "thunderbird", True)
    [john] = contacts(DATA / "utf16_addressbook.csv")
    assert (john.given, john.family, john.display_name) == ("John", "Doe", "John Doe")
    assert emails(john) == ["johndoe@host.invalid"]


def test_shift_jis_thunderbird_export() -> None:
    assert sniff_csv(DATA / "shiftjis_addressbook.csv").encoding == "cp932"
    [person] = contacts(DATA / "shiftjis_addressbook.csv")
    assert (person.given, person.family) == ("権兵衛", "名無し")
    assert person.display_name == "名無しの権兵衛"
    assert emails(person) == ["名無しの権兵衛@host.invalid"]


def test_semicolon_separated() -> None:
    assert sniff_csv(DATA / "csv_semicolon.csv").delimiter == ";"
    found = contacts(DATA / "csv_semicolon.csv")
    assert [(c.display_name, c.given, c.family) for c in found] == [
        ("John Doe", "John", "Doe"),
        ("Jane Doe", "Jane", "Doe"),
    ]
    assert [emails(c) for c in found] == [["john@doe.invalid"], ["jane@doe.invalid"]]


def test_file_without_header_needs_a_mapping_and_says_what_it_holds() -> None:
    with pytest.raises(CsvMappingRequired) as caught:
        read_csv(DATA / "csv_no_header.csv")
    message = str(caught.value)
    assert "mapping" in message and "'john@doe.invalid'" in message and "'John Doe'" in message
    mapping = parse_map_arg("0=display_name,1=given,2=family,3=email")
    found = contacts(DATA / "csv_no_header.csv", mapping)
    assert [(c.given, c.family, emails(c)) for c in found] == [
        ("John", "Doe", ["john@doe.invalid"]),
        ("Jane", "Doe", ["jane@doe.invalid"]),
    ]


def test_tab_file_with_one_comma_row_reads_every_row() -> None:
    sniff = sniff_csv(DATA / "tab_comma_mixed.csv")
    assert (sniff.delimiter, sniff.has_header) == ("\t", False)
    found = contacts(DATA / "tab_comma_mixed.csv", parse_map_arg("0=given,1=family,4=email"))
    assert [emails(c) for c in found] == [[f"{n}@host.invalid"] for n in (1, 2, 3, 4)]


def test_thunderbird_export_with_quotes_tabs_and_line_breaks_in_fields() -> None:
    one, two = contacts(DATA / "export.csv")
    assert (one.given, one.family, one.display_name) == ("contact", "one", "contact number one")
    assert two.job_title == '"worker"'
    assert two.notes == "here's some unicode text…"
    custom = {e.name: e.value for e in two.extras}
    assert custom == {
        "X-CUSTOM-1": "custom, 1",
        "X-CUSTOM-2": "custom\t2",
        "X-CUSTOM-3": "custom\r3",
        "X-CUSTOM-4": "custom\n4",
    }


def test_quoted_company_row_keeps_its_phone() -> None:
    [acer] = contacts(DATA / "quote.csv")
    assert (acer.company, acer.display_name) == ("Acer America", "Acer America")
    assert phones(acer) == [("(800) 000-0000", "work")]


def test_google_current_layout() -> None:
    path = DATA / "google_current.csv"
    assert sniff_csv(path).layout == "google"
    items = list(read_csv(path))
    ingrid, jonas, phone_only, issue = items
    assert isinstance(ingrid, ContactData) and isinstance(jonas, ContactData)
    assert (ingrid.given, ingrid.family, ingrid.nickname) == ("Ingrid", "Bjørnstad", "Inga")
    assert (ingrid.company, ingrid.job_title, ingrid.department) == (
        "Fjord Shipping AS",
        "Skipper",
        "Operations",
    )
    assert [(e.value, e.label, e.pref) for e in ingrid.emails] == [
        ("ingrid@fjord.example", "work", True),
        ("inga@home.example", "home", False),
    ]
    assert phones(ingrid) == [
        ("+47 912 34 567", "mobile"),
        ("+47 913 00 000", "mobile"),
        ("+47 22 33 44 55", "work"),
    ]
    [addr] = ingrid.addresses
    assert (addr.street, addr.city, addr.postal_code, addr.country, addr.label) == (
        "Strandkaien 3",
        "Bergen",
        "5013",
        "NO",
        "work",
    )
    assert ingrid.tags == ["Friends", "Sailing"]
    assert (ingrid.birthday, ingrid.anniversary) == ("1975-03-08", "2001-06-23")
    assert ingrid.notes == "Likes sailing,\nhates meetings"
    assert [(w.value, w.label) for w in ingrid.websites] == [
        ("https://fjord.example/ingrid", "Profile")
    ]
    assert [(x.name, x.value, x.params) for x in ingrid.extras] == [
        ("X-CUSTOM-FIELD", "39", {"TYPE": ["Shoe size"]})
    ]
    assert (jonas.family, jonas.tags, jonas.birthday) == ("Žukauskas", ["Klientai"], "--12-24")
    assert (jonas.addresses[0].city, jonas.addresses[0].country) == ("Vilnius", "LT")
    assert isinstance(phone_only, ContactData) and phones(phone_only) == [("+1 555 0100", "mobile")]
    assert isinstance(issue, ImportIssue)
    assert (issue.card, issue.line) == (4, 8)
    assert "no name" in issue.message


def test_google_legacy_layout() -> None:
    path = DATA / "google_legacy.csv"
    assert sniff_csv(path).layout == "google-legacy"
    marie, sven = contacts(path)
    assert (marie.display_name, marie.given, marie.family) == ("Marie Dubois", "Marie", "Dubois")
    assert (marie.company, marie.job_title) == ("Ateliers Dubois", "Gérante")
    assert emails(marie) == ["marie.dubois@example.fr", "marie@maison.example"]
    assert marie.emails[0].pref and marie.emails[0].label == "work"
    assert phones(marie) == [("+33 1 42 68 53 00", "work"), ("+33 6 12 34 56 78", "mobile")]
    assert (marie.addresses[0].city, marie.addresses[0].country) == ("Paris", "FR")
    assert marie.tags == ["Clients"]
    assert sven.tags == []
    assert sven.addresses[0].street == "Drottninggatan 1, 111 51 Stockholm"


def test_outlook_layout() -> None:
    path = DATA / "outlook.csv"
    assert sniff_csv(path).layout == "outlook"
    anna, tom = contacts(path)
    assert (anna.prefix, anna.given, anna.additional, anna.family) == (
        "Dr.",
        "Anna",
        "Maria",
        "Kowalska",
    )
    assert emails(anna) == ["anna.kowalska@contoso.example", "anna@dom.example"]
    assert sorted(phones(anna)) == [
        ("+1 (425) 555-0100", "work"),
        ("+1 (425) 555-0199", "fax"),
        ("+48 601 234 567", "mobile"),
    ]
    [work] = anna.addresses
    assert (work.street, work.extended, work.city, work.region, work.country) == (
        "1 Microsoft Way",
        "Building 4",
        "Redmond",
        "WA",
        "US",
    )
    assert (anna.birthday, anna.anniversary) == ("1980-05-17", "")
    assert anna.tags == ["Clients", "VIP"]
    assert [(x.name, x.value) for x in anna.extras] == [("X-SPOUSE", "Piotr")]
    assert (tom.family, tom.addresses[0].country, tom.birthday) == ("O'Brien", "IE", "")


def test_cyrillic_cp1251_semicolon_outlook_file() -> None:
    sniff = sniff_csv(DATA / "outlook_ru_cp1251.csv")
    assert (sniff.encoding, sniff.delimiter, sniff.layout) == ("cp1251", ";", "outlook")
    ivan, olga = contacts(DATA / "outlook_ru_cp1251.csv")
    assert (ivan.given, ivan.additional, ivan.family) == ("Иван", "Сергеевич", "Петров")
    assert ivan.company == "ООО «Ромашка»"
    assert phones(ivan) == [("+7 495 123-45-67", "work"), ("+7 916 765-43-21", "mobile")]
    assert ivan.tags == ["Клиенты", "Поставщики"]
    assert ivan.addresses[0].country == "RU"  # the Russian name of the country, recognised
    assert olga.addresses[0].country == "RU"
    assert olga.notes == "Ёлка, щука, съезд, эхо, юла, явь"


def test_russian_headers_are_read_without_a_mapping_and_by_name() -> None:
    path = DATA / "custom_ru_cp1251.csv"
    automatic = contacts(path)  # issue 12: "Фамилия", "Имя", "Телефон"... are recognised
    assert [(c.given, c.additional, c.family) for c in automatic][0] == (
        "Алексей", "Петрович", "Кузнецов",
    )  # fmt: skip
    assert [a.city for a in automatic[1].addresses] == ["Екатеринбург"]
    mapping = parse_map_arg(
        "Фамилия=family,Имя=given,Отчество=additional,Телефон=phone:work,"
        "Электронная почта=email,Город=city"
    )
    found = contacts(path, mapping)
    assert [(c.given, c.family) for c in found] == [
        ("Алексей", "Кузнецов"),
        ("Мария", "Васильева"),
        ("Дмитрий", "Попов"),
    ]
    assert phones(found[0]) == [("+7 (383) 222-33-44", "work")]
    assert [a.city for a in found[1].addresses] == ["Екатеринбург"]
    assert emails(found[2]) == ["popov@example.ru"]


def test_simple_headers_are_recognised_without_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "simple.csv"
    path.write_text("Name,Email,Mobile\nÅse Berg,ase@example.no,+47 400 00 000\n", "utf-8")
    [ase] = contacts(path)
    assert (ase.display_name, emails(ase), phones(ase)) == (
        "Åse Berg",
        ["ase@example.no"],
        [("+47 400 00 000", "mobile")],
    )


def test_mapping_to_a_missing_column_is_a_clear_error() -> None:
    with pytest.raises(MappingError, match="No column named 'Surname'"):
        read_csv(DATA / "custom_ru_cp1251.csv", parse_map_arg("Surname=family"))
    with pytest.raises(MappingError, match="Column 9 does not exist"):
        read_csv(DATA / "csv_no_header.csv", parse_map_arg("9=email"))


def test_empty_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"\xef\xbb\xbf\r\n")
    with pytest.raises(CsvError, match="empty"):
        read_csv(path)


def test_unclosed_quote_loses_only_its_own_row(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text(
        "First Name,Last Name,E-mail Address\r\n"
        "Ann,Lee,ann@example.com\r\n"
        'Bob,"Broken,bob@example.com\r\n'
        "Cid,Ng,cid@example.com\r\n"
        "Dee,Oz,dee@example.com\r\n",
        "utf-8",
    )
    items = list(read_csv(path))
    issues = [i for i in items if isinstance(i, ImportIssue)]
    good = [i for i in items if isinstance(i, ContactData)]
    assert [c.given for c in good] == ["Ann", "Cid", "Dee"]
    [issue] = issues
    assert (issue.card, issue.line) == (2, 3)
    assert "line 3" in issue.message


def test_row_with_too_many_fields_is_reported_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "shifted.csv"
    path.write_text(
        "First Name,Last Name,E-mail Address\nAnn,Lee,ann@example.com\n"
        "Bob,Smith, Jr.,bob@example.com\nCid,Ng,cid@example.com\n",
        "utf-8",
    )
    items = list(read_csv(path))
    assert [i.given for i in items if isinstance(i, ContactData)] == ["Ann", "Cid"]
    [issue] = [i for i in items if isinstance(i, ImportIssue)]
    assert (issue.card, issue.line) == (2, 3) and "4 fields" in issue.message


def test_multi_line_notes_beyond_the_sample_are_read(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    rows = [f'Person{n},Family{n},"note {n}\nsecond line",p{n}@example.com' for n in range(3000)]
    path.write_text("First Name,Last Name,Notes,E-mail Address\n" + "\n".join(rows), "utf-8")
    assert path.stat().st_size > 64 * 1024
    found = contacts(path)
    assert len(found) == 3000
    assert (found[-1].given, found[-1].notes) == ("Person2999", "note 2999\nsecond line")
    assert emails(found[-1]) == ["p2999@example.com"]
