"""Issue 12 item 11 in the app: the first-run country question when the locale says nothing,
Preferences saying what is in force and where it came from, and the label sheet offered first."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from rolodex import paths, settings
from rolodex.db import StoreInfo
from rolodex.services import prefs
from rolodex.ui.first_run_dialog import ask_country_if_unknown
from rolodex.ui.labels.dialog import LabelsDialog
from rolodex.ui.preferences_dialog import PreferencesDialog
from tests.test_locale_defaults import LOCALE_VARIABLES


@pytest.fixture
def system(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    paths.init()

    def set_locale(**variables: str) -> None:
        for name in LOCALE_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        for name, value in variables.items():
            monkeypatch.setenv(name, value)

    return set_locale


def test_c_locale_asks_once_and_the_answer_sets_region_sender_and_paper(
    system,
    book: StoreInfo,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    system(LANG="C.UTF-8")
    dialog = ask_country_if_unknown()
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    dialog.choose("NO")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    saved = settings.load()
    assert (saved.phone_region, saved.sender_country, saved.paper_size) == ("NO", "NO", "a4")
    assert prefs.phone_region() == "NO"
    assert ask_country_if_unknown() is None  # answered: never asked again
    prefs_dialog = PreferencesDialog()
    qtbot.addWidget(prefs_dialog)
    assert "(chosen)" in prefs_dialog.region_combo.itemText(0)
    assert "chosen by you" in prefs_dialog.sender_source.text()


def test_a_locale_that_names_a_country_is_not_asked(system, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    system(LANG="lt_LT.UTF-8")
    assert ask_country_if_unknown() is None


def test_preferences_shows_the_system_defaults_and_where_they_come_from(
    system,
    book: StoreInfo,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    system(LANG="lt_LT.UTF-8")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.region_combo.currentData() == ""
    assert "(LT)" in dialog.region_combo.currentText()
    assert "from your system" in dialog.region_combo.currentText()
    assert "from your system" in dialog.region_source.text()
    assert "(LT)" in dialog.sender_combo.currentText()
    assert "A4" in dialog.paper_combo.currentText()
    row = dialog.paper_combo.findData("letter")
    dialog.paper_combo.setCurrentIndex(row)
    assert "chosen by you" in dialog.paper_source.text()
    dialog.accept()
    assert settings.load().paper_size == "letter"
    assert prefs.get(prefs.PHONE_REGION) == ""  # untouched: still follows the system


@pytest.mark.parametrize(
    ("lang", "sheet"), [("nb_NO.UTF-8", "avery-l7160"), ("en_US.UTF-8", "avery-5160")]
)
def test_the_label_sheet_offered_first_follows_the_paper(
    system,
    qtbot: QtBot,
    lang: str,
    sheet: str,  # type: ignore[no-untyped-def]
) -> None:
    system(LANG=lang)
    dialog = LabelsDialog(lambda: [])
    qtbot.addWidget(dialog)
    assert dialog.form.current_template().id == sheet
    assert dialog.form.home_country.text() == lang[3:5]


def test_with_no_country_to_guess_nothing_is_chosen_until_the_user_picks_one(
    system, book: StoreInfo, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from rolodex.ui import first_run_dialog

    system(LANG="C.UTF-8")
    monkeypatch.setattr(first_run_dialog, "guessed_country", lambda: "")  # Qt's locale: C too
    dialog = ask_country_if_unknown()
    assert dialog is not None
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.country_combo.currentIndex() == -1  # not the list's first country
    assert dialog.country_combo.placeholderText() == "Choose your country…"
    assert not ok.isEnabled()
    qtbot.keyClick(dialog.country_combo, "N")  # keys pick from the list as in any combo box
    dialog.choose("LT")
    assert ok.isEnabled()
    ok.click()
    assert settings.load().phone_region == "LT"
