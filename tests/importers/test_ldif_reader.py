"""Thunderbird's LDIF export (its default address-book format) read as contacts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rolodex.db import StoreInfo
from rolodex.importers.ldif import read_ldif
from rolodex.records import ContactData, ImportIssue
from rolodex.services.contacts import ContactService
from rolodex.services.importing.service import run_import
from rolodex.services.importing.sources import file_kind, read_items
from tests.conftest import DATA

LDIF = DATA / "ldif"


def _people(path: Path) -> dict[str, ContactData]:
    items = list(read_ldif(path))
    assert not [i for i in items if isinstance(i, ImportIssue)]
    return {c.full_name(): c for c in items if isinstance(c, ContactData)}


def test_base64_names_in_three_languages_with_lists_as_tags() -> None:
    people = _people(LDIF / "thunderbird_nordic.ldif")
    assert set(people) == {
        "Øystein Ødegård",
        "Kari Nordmann",
        "Šarūnas Žukauskas",
        "Владимир Новиков",
    }
    oystein = people["Øystein Ødegård"]
    assert (oystein.nickname, oystein.company, oystein.job_title) == (
        "Øyst",
        "Fjordkraft AS",
        "Salgssjef",
    )
    assert oystein.notes == "Møtte på messa i Bodø.\nRing før jul."
    assert oystein.birthday == "1985-03-14"
    assert [(p.value, p.label) for p in oystein.phones] == [
        ("915 12 345", "mobile"),
        ("22 33 44 55", "work"),
    ]
    (work,) = oystein.addresses
    assert (work.street, work.city, work.postal_code, work.country, work.label) == (
        "Storgata 1", "Tromsø", "9008", "NO", "work",
    )  # fmt: skip
    assert oystein.tags == ["Kunder"]
    assert people["Šarūnas Žukauskas"].tags == ["Kunder"]
    vladimir = people["Владимир Новиков"]
    assert vladimir.tags == ["Клиенты"]
    (home,) = vladimir.addresses
    assert (home.city, home.region, home.country, home.label) == (
        "Екатеринбург", "Свердловская область", "RU", "home",
    )  # fmt: skip
    assert vladimir.company == "ООО «Завод»" and vladimir.department == "Отдел закупок"
    kari = people["Kari Nordmann"]
    assert [(e.value, e.label) for e in kari.emails] == [
        ("kari@nordmann.example", ""), ("kari.privat@post.example", "other"),
    ]  # fmt: skip
    assert kari.display_name == ""  # cn is just "given family"


def test_thunderbird_sample_with_every_field() -> None:
    (person,) = _people(LDIF / "basic_ldif_addressbook.ldif").values()
    assert person.display_name == "Display Name"
    assert [p.label for p in person.phones] == ["work", "home", "fax", "pager", "mobile"]
    assert [(a.label, a.street, a.extended, a.city) for a in person.addresses] == [
        ("home", "Home Address Line 1", "Home Address Line 2", "Home City"),
        ("work", "Work Address Line 1", "Work Address Line 2", "Work City"),
    ]
    assert [(w.value, w.label) for w in person.websites] == [
        ("http://127.0.0.1", "work"), ("http://localhost", "home"),
    ]  # fmt: skip
    assert person.birthday == "1900-01-02"
    assert person.notes.splitlines() == [f"Notes line {n}" for n in range(1, 5)]
    assert "X-LDIF-MOZILLACUSTOM1" in [e.name for e in person.extras]


def test_thunderbird_export_with_a_list_before_its_member() -> None:
    people = _people(LDIF / "export.ldif")
    assert people["contact number one"].tags == ["new list"]
    assert people["contact number two"].notes == "here's some unicode text…"


def test_folding_crlf_comments_and_a_bad_entry_do_not_stop_the_file(tmp_path: Path) -> None:
    text = (
        "version: 1\r\n# exported\r\n\r\n"
        "dn: cn=Ola Nordmann\r\ncn: Ola Nord\r\n mann\r\nmail: ola@x.no\r\n\r\n"
        "dn: cn=Broken\r\ncn:: ***not base64***\r\n\r\n"
        "mail: no-dn@x.no\r\n\r\n"
        "dn: cn=Per\r\ncn: Per\r\ntelephoneNumber: 22 33 44 55\r\n"
    )
    path = tmp_path / "book.ldif"
    path.write_bytes(text.encode())
    items = list(read_ldif(path))
    names = [i.full_name() for i in items if isinstance(i, ContactData)]
    problems = [(i.card, i.line) for i in items if isinstance(i, ImportIssue)]
    assert names == ["Ola Nordmann", "Per"]
    assert problems == [(2, 10), (3, 12)]  # (entry, line)


def test_ldif_is_recognised_by_extension_and_by_content(tmp_path: Path) -> None:
    assert file_kind(LDIF / "thunderbird_nordic.ldif") == "ldif"
    unnamed = tmp_path / "addressbook"
    unnamed.write_bytes((LDIF / "thunderbird_nordic.ldif").read_bytes())
    assert file_kind(unnamed) == "ldif"
    assert len([i for i in read_items(unnamed) if isinstance(i, ContactData)]) == 4


def test_import_service_stores_the_ldif_contacts(book: StoreInfo) -> None:
    result = run_import([LDIF / "thunderbird_nordic.ldif"])
    assert (result.imported, result.errors) == (4, [])
    again = run_import([LDIF / "thunderbird_nordic.ldif"])
    assert again.imported == 0
    service = ContactService()
    names = {c.full_name() for c in service.get_many(service.ids())}
    assert names == {"Kari Nordmann", "Šarūnas Žukauskas", "Владимир Новиков", "Øystein Ødegård"}


def test_cli_imports_an_ldif_file(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "rolodex", "--db", str(tmp_path / "b.db"), "import"]
    done = subprocess.run(
        [*command, str(LDIF / "thunderbird_nordic.ldif"), "--json"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert '"imported": 4' in done.stdout
