"""Shared pieces for the label tests: the template catalogue, contacts in several scripts and
a reader for the generated PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from rolodex.labels.catalog import TemplateCatalog, load_templates
from rolodex.records import Address, ContactData


@pytest.fixture
def catalog(tmp_path: Path) -> TemplateCatalog:
    return load_templates(tmp_path / "custom")


def person(ident: int, given: str, family: str, **address: str) -> ContactData:
    return ContactData(id=ident, given=given, family=family, addresses=[Address(**address)])


NORWEGIAN = person(
    1,
    "Kari",
    "Nordmann",
    street="Karl Johans gate 1",
    postal_code="0150",
    city="Oslo",
    country="NO",
)
LITHUANIAN = person(
    2,
    "Jūratė",
    "Žemaitienė",
    street="Gedimino pr. 9",
    postal_code="LT-01103",
    city="Vilnius",
    country="LT",
)
RUSSIAN = person(
    3,
    "Иван",
    "Петров",
    street="ул. Тверская, д. 7, кв. 12",
    postal_code="125009",
    city="Москва",
    country="RU",
)
AMERICAN = ContactData(
    id=4,
    given="Mary",
    family="Smith",
    company="Hooli Logistics",
    addresses=[
        Address(
            street="1600 Amphitheatre Pkwy",
            postal_code="94043",
            city="Mountain View",
            region="California",
            country="US",
        )
    ],
)
LONG = ContactData(
    id=5,
    given="Maximilian Alexander",
    family="von Hohenzollern-Sigmaringen",
    company="Internationale Gesellschaft für Zusammenarbeit und Entwicklungsförderung",
    addresses=[
        Address(
            street="Oberbürgermeister-Dr.-Heinrich-Schmidt-Straße 123a, Hinterhaus",
            extended="Gebäude C, 4. Obergeschoss, Zimmer 4711",
            postal_code="53113",
            city="Bonn",
            country="DE",
        )
    ],
)


@pytest.fixture
def contacts() -> list[ContactData]:
    return [NORWEGIAN, LITHUANIAN, RUSSIAN, AMERICAN, LONG]


@dataclass(frozen=True)
class Char:
    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    font: str


def read_chars(pdf_path: Path) -> list[Char]:
    import pdfplumber

    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            for c in page.chars:
                out.append(
                    Char(c["text"], number, c["x0"], c["x1"], c["top"], c["bottom"], c["fontname"])
                )
    return out


def read_text(pdf_path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.fixture(autouse=True)
def _fresh_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings and custom sheets go to this test's own data folder, not one cached earlier."""
    from rolodex import paths

    monkeypatch.setattr(paths, "_paths", None)
