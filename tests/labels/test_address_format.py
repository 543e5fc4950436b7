"""Addresses follow the destination's postal conventions; names are printed as written."""

from __future__ import annotations

import pytest

from rolodex.labels.address_format import Unmailable, format_address
from rolodex.labels.options import LabelOptions, NameStyle
from rolodex.records import Address, ContactData
from tests.labels.conftest import AMERICAN, LITHUANIAN, NORWEGIAN, RUSSIAN


def lines(contact: ContactData, **options: object) -> list[str]:
    return format_address(contact, LabelOptions(**options)).lines  # type: ignore[arg-type]


def test_norwegian_town_in_capitals_and_home_country_omitted() -> None:
    assert lines(NORWEGIAN, home_country="NO") == [
        "Kari Nordmann",
        "Karl Johans gate 1",
        "0150 OSLO",
    ]


def test_lithuanian_prefix_added_once() -> None:
    got = lines(LITHUANIAN, home_country="LT")
    assert got == ["Jūratė Žemaitienė", "Gedimino pr. 9", "LT-01103 Vilnius"]


def test_us_city_state_zip_with_state_abbreviated() -> None:
    got = lines(AMERICAN, home_country="US")
    assert got[-1] == "MOUNTAIN VIEW, CA 94043"


def test_country_line_in_senders_language() -> None:
    assert lines(NORWEGIAN, home_country="DE", language="de")[-1] == "NORWEGEN"
    assert lines(RUSSIAN, home_country="LT", language="lt")[-1] == "RUSIJA"
    assert lines(NORWEGIAN, home_country="NO", omit_home_country=False)[-1] == "NORWAY"


def test_russian_name_unchanged() -> None:
    assert lines(RUSSIAN, home_country="RU")[0] == "Иван Петров"


def test_name_styles() -> None:
    assert lines(AMERICAN, home_country="US", name_style=NameStyle.ATTENTION)[:2] == [
        "Hooli Logistics",
        "Attn: Mary Smith",
    ]
    assert lines(AMERICAN, home_country="US", name_style=NameStyle.COMPANY)[0] == "Hooli Logistics"
    assert lines(NORWEGIAN, home_country="NO", name_style=NameStyle.COMPANY)[0] == "Kari Nordmann"


def test_chosen_address_type_else_preferred() -> None:
    contact = ContactData(
        given="A",
        family="B",
        addresses=[
            Address(street="Home 1", city="Oslo", postal_code="0150", country="NO", label="home"),
            Address(
                street="Work 2",
                city="Bergen",
                postal_code="5003",
                country="NO",
                label="work",
                pref=True,
            ),
        ],
    )
    assert "Work 2" in lines(contact, home_country="NO")
    assert "Home 1" in lines(contact, home_country="NO", address_label="home")
    assert "Work 2" in lines(contact, home_country="NO", address_label="other")


def test_unknown_country_text_kept() -> None:
    contact = ContactData(
        given="A", addresses=[Address(street="1 Road", city="Town", country="Atlantis")]
    )
    assert lines(contact, home_country="NO")[-1] == "ATLANTIS"


def test_address_without_street_is_unusable() -> None:
    contact = ContactData(given="A", addresses=[Address(city="Oslo", country="NO")])
    with pytest.raises(Unmailable, match="no usable address"):
        format_address(contact, LabelOptions())
