"""Edit → Preferences…: the phone region and the alphabet of this book, the user's settings
file (even a broken one), and the backup folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from rolodex import paths, settings
from rolodex.db import StoreInfo
from rolodex.identity import book_id
from rolodex.records import ContactData, Phone
from rolodex.safety.backups import backup_dir
from rolodex.services import prefs
from rolodex.services.contacts import ContactService
from rolodex.ui.main_window.window import MainWindow
from rolodex.ui.preferences_dialog import PreferencesDialog
from rolodex.ui.wiring import wire_features


@pytest.fixture
def settings_file() -> Path:
    return paths.init().settings_file  # this test's own data folder (ROLODEX_DATA_DIR)


def open_from_menu(qtbot: QtBot) -> tuple[MainWindow, PreferencesDialog]:
    window = MainWindow()
    wire_features(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    action = window.menu_actions.features["preferences"]
    assert QKeySequence("Ctrl+,") in action.shortcuts()
    action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    return window, dialog


def click_ok(dialog: PreferencesDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def pick(combo, value: str) -> None:  # type: ignore[no-untyped-def]
    row = combo.findData(value)
    assert row >= 0, value
    combo.setCurrentIndex(row)


def names_in_list(window: MainWindow) -> list[str]:
    return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]


def test_phone_region_applies_to_numbers_typed_without_country_code(
    book: StoreInfo, qtbot: QtBot, settings_file: Path
) -> None:
    prefs.put(prefs.PHONE_REGION, "US")
    _window, dialog = open_from_menu(qtbot)
    assert dialog.region_combo.currentData() == "US"
    pick(dialog.region_combo, "NO")
    assert "Norway" in dialog.region_combo.currentText()
    click_ok(dialog)
    assert not dialog.isVisible()
    service = ContactService()
    cid = service.create(ContactData(given="Kari", phones=[Phone("22 33 44 55")]))
    saved = service.get(cid)
    assert saved is not None and saved.phones[0].e164 == "+4722334455"
    assert not settings_file.exists()  # nothing of the user's settings changed


def test_new_alphabet_resorts_the_list_in_the_window(
    book: StoreInfo, qtbot: QtBot, settings_file: Path
) -> None:
    prefs.put(prefs.COLLATION, "en_US")
    for name in ("Zeta", "Øystein", "Anna"):
        ContactService().create(ContactData(given=name))
    window, dialog = open_from_menu(qtbot)
    assert names_in_list(window) == ["Anna", "Øystein", "Zeta"]
    assert dialog.locale_combo.currentData() == "en_US"
    pick(dialog.locale_combo, "nb_NO")
    assert dialog.locale_combo.currentText().startswith("Norwegian")
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        click_ok(dialog)
        assert dialog.busy and dialog.progress.isVisible()  # the work is off the UI thread
    assert names_in_list(window) == ["Anna", "Zeta", "Øystein"]
    assert prefs.collation_locale() == "nb_NO"
    ContactService().create(ContactData(given="Åse"))  # new names follow the new alphabet
    window.refresh()
    assert names_in_list(window) == ["Anna", "Zeta", "Øystein", "Åse"]


def test_broken_settings_file_is_explained_and_the_dialog_still_works(
    book: StoreInfo, qtbot: QtBot, settings_file: Path
) -> None:
    settings_file.write_text('{"backup_keep_daily": 3,', encoding="utf-8")
    _window, dialog = open_from_menu(qtbot)
    assert dialog.settings_warning is not None
    assert "not valid JSON" in dialog.settings_warning.text()
    assert dialog.keep_daily.value() == settings.Settings().backup_keep_daily
    dialog.keep_daily.setValue(10)
    pick(dialog.sender_combo, "LT")
    click_ok(dialog)
    saved = settings.load()
    assert (saved.backup_keep_daily, saved.sender_country) == (10, "LT")


def test_user_settings_are_shown_and_kept(
    book: StoreInfo, qtbot: QtBot, settings_file: Path
) -> None:
    settings.save(settings.Settings(sender_country="NO", backup_keep_weekly=9, unknown={"x": 1}))
    _window, dialog = open_from_menu(qtbot)
    assert dialog.settings_warning is None
    assert dialog.sender_combo.currentData() == "NO"
    assert dialog.keep_weekly.value() == 9
    dialog.keep_weekly.setValue(2)
    click_ok(dialog)
    saved = settings.load()
    assert (saved.sender_country, saved.backup_keep_weekly, saved.unknown) == ("NO", 2, {"x": 1})


def test_backup_folder_must_exist_and_empty_means_default(
    book: StoreInfo, qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    _window, dialog = open_from_menu(qtbot)
    assert dialog.backup_edit.text() == ""
    dialog.backup_edit.setText(str(tmp_path / "usb-stick"))
    click_ok(dialog)
    assert dialog.isVisible() and "does not exist" in dialog.problem.text()
    assert backup_dir() == paths.get().backups_dir / book_id()
    (tmp_path / "usb-stick").mkdir()
    click_ok(dialog)
    assert not dialog.isVisible()
    assert backup_dir() == tmp_path / "usb-stick" / book_id()  # a folder per book
    _window, again = open_from_menu(qtbot)
    assert again.backup_edit.text() == str(tmp_path / "usb-stick")
    again.backup_edit.clear()
    click_ok(again)
    assert backup_dir() == paths.get().backups_dir / book_id()


def test_cancel_changes_nothing(book: StoreInfo, qtbot: QtBot, settings_file: Path) -> None:
    prefs.put(prefs.PHONE_REGION, "US")
    _window, dialog = open_from_menu(qtbot)
    pick(dialog.region_combo, "LT")
    dialog.keep_daily.setValue(20)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert prefs.phone_region() == "US"
    assert not settings_file.exists()
