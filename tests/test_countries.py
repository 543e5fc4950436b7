"""Countries written in the user's language become ISO codes; codes become names again."""

from __future__ import annotations

import pytest

from rolodex.countries import country_code, country_name, normalize_country


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("NO", "NO"), ("nor", "NO"), ("Norway", "NO"), ("Norge", "NO"), ("NORGE", "NO"),
        ("Lietuva", "LT"), ("Lithuania", "LT"), ("Россия", "RU"), ("Russia", "RU"),
        ("Deutschland", "DE"), ("Polska", "PL"), ("Sverige", "SE"), ("UK", "GB"),
        ("États-Unis", "US"), ("etats-unis", "US"), ("USA", "US"),
    ],
)  # fmt: skip
def test_names_in_many_languages_become_codes(text: str, code: str) -> None:
    assert country_code(text) == code


def test_unknown_text_is_kept_as_written() -> None:
    assert country_code("Narnia") == ""
    assert normalize_country(" Narnia ") == "Narnia"


def test_names_in_a_chosen_language() -> None:
    assert country_name("NO", "nb") == "Norge"
    assert country_name("LT", "lt") == "Lietuva"
    assert country_name("RU", "ru") == "Россия"
    assert country_name("LT") == "Lithuania"
    assert country_name("Narnia") == "Narnia"
