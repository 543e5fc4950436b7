"""Keep in touch: Contact → "Keep in touch…" for the contact shown, and a tag's right-click
menu in the sidebar; what is chosen is saved and shows up in Today once it is due."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.services.crm import cadence
from rolodex.services.crm.bundle import CrmServices
from rolodex.ui.app import build_window
from rolodex.ui.crm.cadence import CadenceActions, CadenceDialog, tag_at
from rolodex.ui.main_window.window import MainWindow
from tests.services.crm_helpers import make_contact, oslo_clock


def make_window(qtbot: QtBot) -> tuple[MainWindow, CadenceActions]:
    window = build_window()
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.findChild(CadenceActions) is not None)  # CRM wired
    actions = window.findChild(CadenceActions)
    assert actions is not None
    return window, actions


def menu_texts(window: MainWindow, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def click_ok(dialog: CadenceDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def due_ids() -> list[int]:
    today = CrmServices.create(oslo_clock(2026, 6, 10, 12, 0)).followups.today()
    return [c.contact_id for c in today.past_cadence]


def test_contact_cadence_is_saved_read_back_and_due_in_today(book: StoreInfo, qtbot: QtBot) -> None:
    ada = make_contact("Ada", tags=("vip",))
    cadence.set_tag_cadence("vip", 14)
    window, actions = make_window(qtbot)
    assert "&Keep in touch…" in menu_texts(window, "&Contact")
    window.open_contact(ada)
    actions.keep_in_touch.trigger()
    dialog = actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.inherit.isChecked() and "every 14 days" in dialog.inherit.text()
    dialog.days.setValue(45)  # choosing a number picks "Every"
    assert dialog.every.isChecked()
    with qtbot.waitSignal(actions.changed):
        click_ok(dialog)
    assert cadence.contact_cadence(ada) == 45
    assert due_ids() == [ada]  # never contacted, so due at once
    actions.keep_in_touch.trigger()
    again = actions.dialog
    assert again is not None and again.every.isChecked() and again.days.value() == 45
    again.never.setChecked(True)
    click_ok(again)
    assert cadence.contact_cadence(ada) == 0
    assert due_ids() == []


def test_following_tags_again_clears_the_contact_setting(book: StoreInfo, qtbot: QtBot) -> None:
    ada = make_contact("Ada")
    cadence.set_contact_cadence(ada, 0)
    window, actions = make_window(qtbot)
    window.open_contact(ada)
    dialog = actions.edit_contact()
    assert dialog is not None and dialog.never.isChecked()
    assert "none has a reminder" in dialog.inherit.text()
    dialog.inherit.setChecked(True)
    click_ok(dialog)
    assert cadence.contact_cadence(ada) is None


def test_no_contact_shown_means_nothing_to_set(book: StoreInfo, qtbot: QtBot) -> None:
    window, actions = make_window(qtbot)
    assert not actions.keep_in_touch.isEnabled()
    assert actions.edit_contact() is None


def test_tag_cadence_from_the_sidebar_menu(book: StoreInfo, qtbot: QtBot) -> None:
    ada = make_contact("Ada", tags=("vip",))
    make_contact("Bob", tags=("other",))
    window, actions = make_window(qtbot)
    qtbot.waitUntil(lambda: window.tag_model.row_of("tag", "vip") >= 0)
    row = window.tag_model.row_of("tag", "vip")
    center = window.sidebar.visualRect(window.tag_model.index(row, 0)).center()
    assert tag_at(window.sidebar, center) == "vip"
    all_row = window.sidebar.visualRect(window.tag_model.index(0, 0)).center()
    assert tag_at(window.sidebar, all_row) is None  # "All contacts" has no tag menu
    menu = actions.tag_menu("vip")
    assert [a.text() for a in menu.actions()] == ["Keep in touch every…"]
    menu.actions()[0].trigger()
    dialog = actions.dialog
    assert dialog is not None and dialog.never.isChecked() and not dialog.inherit.isVisible()
    dialog.days.setValue(21)
    with qtbot.waitSignal(actions.changed):
        click_ok(dialog)
    assert cadence.tag_cadence("vip") == 21
    assert due_ids() == [ada]
    actions.edit_tag("vip")
    assert actions.dialog is not None and actions.dialog.days.value() == 21
    actions.dialog.never.setChecked(True)
    click_ok(actions.dialog)
    assert cadence.tag_cadence("vip") is None
    assert due_ids() == []
