"""Issue 12 item 20: an empty book greets with "Import contacts…" and "Add a contact";
actions that cannot apply are disabled; an empty Today says "Nothing due"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from rolodex import paths
from rolodex.db import StoreInfo
from rolodex.records import ContactData
from rolodex.services.changes import Change
from rolodex.services.contacts import ContactService
from rolodex.services.crm.bundle import CrmServices
from rolodex.ui.app import build_window
from rolodex.ui.crm.today import TodayView
from rolodex.ui.main_window.window import MainWindow


def open_window(qtbot: QtBot) -> MainWindow:
    paths.init()
    win = build_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.crm_actions is not None)
    qtbot.waitUntil(lambda: win.centralWidget().isVisible())  # with the reminder banner above
    return win


def test_empty_book_greets_and_import_opens_the_import_dialog(
    book: StoreInfo, qtbot: QtBot
) -> None:
    win = open_window(qtbot)
    assert win.body.currentWidget() is win.greeting
    opened: list[object] = []
    win.set_feature("import", lambda *args: opened.append(args))
    win.greeting.import_button.click()
    assert opened == [()]


def test_add_a_contact_opens_a_new_contact_form(book: StoreInfo, qtbot: QtBot) -> None:
    win = open_window(qtbot)
    win.greeting.add_button.click()
    assert win.body.currentWidget() is win.splitter
    assert win.editor.contact_id is None and win.editor.isVisible()
    assert all(size > 100 for size in win.splitter.sizes())  # the panes are laid out
    win.editor.fields["given"].setText("Kari")
    win.editor.save()
    assert win.body.currentWidget() is win.splitter
    assert win.model.rowCount() == 1


def test_ctrl_n_on_the_greeting_opens_the_form(book: StoreInfo, qtbot: QtBot) -> None:
    win = open_window(qtbot)
    win.menu_actions.new_contact.trigger()
    assert win.body.currentWidget() is win.splitter and win.editor.contact_id is None


def test_what_cannot_apply_is_disabled(book: StoreInfo, qtbot: QtBot) -> None:
    win = open_window(qtbot)
    features = win.menu_actions.features
    crm = win.crm_actions
    undo = next(a for a in win.menuBar().actions()[1].menu().actions() if "Undo" in a.text())
    off = [win.menu_actions.delete, features["labels"], features["export"], crm.log_call,
           crm.schedule, undo]  # fmt: skip
    assert [a.isEnabled() for a in off] == [False] * len(off)

    cid = ContactService().create(ContactData(given="Ona", family="Žemaitė"))
    win.contacts_changed(Change("contact", (cid,), "created"))  # as an import reports it
    win.open_contact(cid)
    assert win.body.currentWidget() is win.splitter
    assert [a.isEnabled() for a in off[:5]] == [True] * 5
    win.menu_actions.delete.trigger()  # the last one: the greeting waits (it is in the Trash)
    assert undo.isEnabled() and not crm.log_call.isEnabled() and not features["labels"].isEnabled()
    assert win.body.currentWidget() is win.splitter


def test_empty_today_says_nothing_due(book: StoreInfo, qtbot: QtBot) -> None:
    view = TodayView(CrmServices.create())
    qtbot.addWidget(view)
    view.show()
    assert view.nothing_due.isVisible()
    assert view.nothing_due.text() == "Nothing due"
