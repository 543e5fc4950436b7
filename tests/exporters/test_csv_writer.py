"""CSV export in Google and Outlook layouts: bytes Excel reads right, formula guard, round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from rolodex.exporters.csv_writer import write_csv
from rolodex.importers.csv_reader import read_csv, sniff_csv
from rolodex.records import Address, ContactData, ImportIssue, LabeledValue, Phone


def people() -> list[ContactData]:
    return [
        ContactData(
            given="Bjørn",
            family="Ødegård",
            company="Fjord AS",
            job_title="Daglig leder",
            emails=[LabeledValue("bjorn@fjord.example", "work", True)],
            phones=[Phone("+47 22 33 44 55", "work"), Phone("+47 987 65 432", "mobile")],
            addresses=[
                Address(
                    street="Storgata 1", city="Oslo", postal_code="0155", country="NO", label="work"
                )
            ],
            tags=["Kunder", "Venner"],
            birthday="1980-05-17",
            notes="Første linje\nandre linje",
        ),
        ContactData(
            given="Jūratė",
            family="Žemaitytė",
            emails=[LabeledValue("jurate@example.lt", "home")],
            addresses=[
                Address(street="Gedimino pr. 9", city="Vilnius", country="LT", label="home")
            ],
            tags=["Klientai"],
        ),
        ContactData(
            given="Иван",
            family="Петров",
            phones=[Phone("8 (495) 123-45-67", "home")],
            emails=[LabeledValue("ivan@example.ru", "")],
            tags=["Клиенты"],
        ),
    ]


def summary(c: ContactData) -> tuple[object, ...]:
    return (
        c.given,
        c.family,
        c.company,
        [e.value for e in c.emails],
        sorted(p.value for p in c.phones),
        [(a.street, a.city, a.postal_code, a.country) for a in c.addresses],
        c.tags,
        c.birthday,
        c.notes,
    )


@pytest.mark.parametrize("layout", ["google", "outlook"])
def test_round_trip_keeps_names_emails_phones_addresses_tags(tmp_path: Path, layout: str) -> None:
    out = tmp_path / f"{layout}.csv"
    assert write_csv(people(), out, layout) == 3  # type: ignore[arg-type]
    assert sniff_csv(out).layout == layout
    back = list(read_csv(out))
    assert not [i for i in back if isinstance(i, ImportIssue)]
    assert [summary(c) for c in back if isinstance(c, ContactData)] == [
        summary(c) for c in people()
    ]


def test_google_round_trip_keeps_labels_and_preference(tmp_path: Path) -> None:
    out = tmp_path / "g.csv"
    write_csv(people(), out, "google")
    first = next(iter(read_csv(out)))
    assert isinstance(first, ContactData)
    assert [(e.label, e.pref) for e in first.emails] == [("work", True)]
    assert [(p.value, p.label) for p in first.phones] == [
        ("+47 22 33 44 55", "work"),
        ("+47 987 65 432", "mobile"),
    ]


def test_file_is_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    write_csv(people(), out, "outlook")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfTitle,First Name")
    assert "Петров".encode() in data
    assert data.count(b"\r\n") >= 4 and b"\r\n" in data.split(b"\r\n", 1)[0] + b"\r\n"
    assert not list(tmp_path.glob(".*.tmp"))


def test_formulas_are_neutralised_but_phone_numbers_stay(tmp_path: Path) -> None:
    evil = ContactData(
        given='=HYPERLINK("http://x")',
        family="+SUM(A1)",
        company="@cmd",
        notes="-2+3",
        job_title="\tTab",
        phones=[Phone("+47 22 33 44 55", "work"), Phone("=1+1", "home")],
    )
    out = tmp_path / "evil.csv"
    write_csv([evil], out, "google")
    text = out.read_text("utf-8-sig")
    for guarded in ("'=HYPERLINK", "'+SUM(A1)", "'@cmd", "'-2+3", "'\tTab", "'=1+1"):
        assert guarded in text
    assert ",+47 22 33 44 55," in text
    [back] = list(read_csv(out))
    assert isinstance(back, ContactData)
    assert (back.given, back.family, back.company) == ('=HYPERLINK("http://x")', "+SUM(A1)", "@cmd")


def test_outlook_puts_what_has_no_column_into_notes(tmp_path: Path) -> None:
    many = ContactData(
        given="Many",
        emails=[LabeledValue(f"m{n}@example.com") for n in range(4)],
        phones=[Phone("+1 555 0101", "mobile"), Phone("+1 555 0102", "mobile")],
    )
    out = tmp_path / "o.csv"
    write_csv(iter([many]), out, "outlook")
    [back] = list(read_csv(out))
    assert isinstance(back, ContactData)
    assert [e.value for e in back.emails] == [f"m{n}@example.com" for n in range(3)]
    assert "E-mail: m3@example.com" in back.notes
    assert sorted(p.value for p in back.phones) == ["+1 555 0101", "+1 555 0102"]


def test_google_stream_with_more_values_than_columns_keeps_them(tmp_path: Path) -> None:
    many = ContactData(given="Many", emails=[LabeledValue(f"m{n}@example.com") for n in range(5)])
    out = tmp_path / "g.csv"
    write_csv(iter([many]), out, "google")
    [back] = list(read_csv(out))
    assert isinstance(back, ContactData)
    assert [e.value for e in back.emails] == [f"m{n}@example.com" for n in range(5)]


def test_unknown_layout_is_refused_and_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Unknown CSV layout"):
        write_csv(people(), tmp_path / "x.csv", "excel")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []
