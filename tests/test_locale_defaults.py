"""Issue 12 item 11: phone region, paper, label sheet and sender country come from the
system locale (or the user's first-run answer), never from an assumed United States."""

from __future__ import annotations

import pytest

from rolodex import locale_defaults as ld
from rolodex import paths, settings
from rolodex.db import StoreInfo
from rolodex.records import ContactData, Phone
from rolodex.services import prefs
from rolodex.services.contacts import ContactService

LOCALE_VARIABLES = ("LC_ALL", "LC_PAPER", "LC_TELEPHONE", "LC_ADDRESS", "LANG", "LANGUAGE")


@pytest.fixture
def system(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Set the session's locale variables: system(LANG="nb_NO.UTF-8", LC_PAPER=...)."""
    paths.init()

    def set_locale(**variables: str) -> None:
        for name in LOCALE_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        for name, value in variables.items():
            monkeypatch.setenv(name, value)

    return set_locale


def test_norwegian_locale_gives_norway_a4_and_the_l7160_sheet(system) -> None:  # type: ignore[no-untyped-def]
    system(LANG="nb_NO.UTF-8")
    assert ld.phone_region() == ld.Default("NO", ld.SYSTEM)
    assert ld.sender_country() == ld.Default("NO", ld.SYSTEM)
    assert ld.paper_size() == ld.Default("a4", ld.SYSTEM)
    assert ld.label_sheet().value == "avery-l7160"
    assert not ld.needs_first_run()


def test_each_category_and_lc_all_as_posix_orders_them(system) -> None:  # type: ignore[no-untyped-def]
    system(LANG="lt_LT.UTF-8", LC_PAPER="en_US.UTF-8")
    assert (ld.phone_region().value, ld.paper_size().value) == ("LT", "letter")
    assert ld.label_sheet().value == "avery-5160"
    system(LANG="lt_LT.UTF-8", LC_PAPER="en_US.UTF-8", LC_ALL="ru_RU.UTF-8")
    assert (ld.phone_region().value, ld.paper_size().value) == ("RU", "a4")


@pytest.mark.parametrize("value", ["C.UTF-8", "C", "POSIX", ""])
def test_a_locale_that_says_nothing_asks_and_assumes_no_country(system, value: str) -> None:  # type: ignore[no-untyped-def]
    system(LANG=value)
    assert ld.phone_region() == ld.Default("", ld.UNKNOWN)
    assert ld.sender_country().value == ""
    assert ld.paper_size() == ld.Default("a4", ld.UNKNOWN)
    assert ld.needs_first_run()


def test_the_first_run_answer_is_chosen_and_wins_over_the_system(system) -> None:  # type: ignore[no-untyped-def]
    system(LANG="C.UTF-8")
    settings.save(ld.with_country(settings.load(), "us"))
    assert ld.phone_region() == ld.Default("US", ld.CHOSEN)
    assert ld.paper_size() == ld.Default("letter", ld.CHOSEN)
    assert not ld.needs_first_run()
    system(LANG="nb_NO.UTF-8")
    assert ld.sender_country() == ld.Default("US", ld.CHOSEN)


def test_a_norwegian_mobile_typed_locally_parses_under_a_norwegian_locale(
    system,
    book: StoreInfo,  # type: ignore[no-untyped-def]
) -> None:
    system(LANG="nb_NO.UTF-8")
    assert prefs.phone_region_in_force() == ld.Default("NO", ld.SYSTEM)
    service = ContactService()
    saved = service.get(service.create(ContactData(given="Kari", phones=[Phone("915 12 345")])))
    assert saved is not None and saved.phones[0].e164 == "+4791512345"
    system(LANG="C.UTF-8")
    assert prefs.phone_region() == ""  # not a guessed "US"
    prefs.put(prefs.PHONE_REGION, "LT")
    assert prefs.phone_region_in_force() == ld.Default("LT", ld.BOOK)


def test_paper_size_in_the_settings_file_is_checked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.json"
    path.write_text('{"paper_size": "A5"}', encoding="utf-8")
    with pytest.raises(settings.SettingsError, match="paper_size"):
        settings.load(path)
    settings.save(settings.Settings(paper_size="letter"), path)
    assert settings.load(path).paper_size == "letter"
