"""Tags in the sidebar: one entry for "VIP" and "vip", in the book's alphabet, and renamed,
merged or deleted from a tag's right-click menu (delete asks, naming how many contacts carry
it), each undone by Ctrl+Z."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rolodex import paths
from rolodex.db import StoreInfo
from rolodex.records import ContactData
from rolodex.services import prefs
from rolodex.services.contacts import ContactService
from rolodex.ui.app import build_window, install_translations
from rolodex.ui.main_window.window import MainWindow
from rolodex.ui.tags.model import KindRole

PEOPLE = (
    ("Anna", ["VIP", "Ørsta"]), ("Bjørn", ["vip"]), ("Cecilie", ["Kunder", "zebra"]),
    ("Dag", ["kunder", "Åsane"]),
)  # fmt: skip


@pytest.fixture
def window(book: StoreInfo, qtbot: QtBot, qapp) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    translators = install_translations(qapp, QLocale(QLocale.Language.English))  # plurals
    paths.init()
    prefs.put(prefs.COLLATION, "nb_NO")
    for given, tags in PEOPLE:
        ContactService().create(ContactData(given=given, family="Berg", tags=list(tags)))
    win = build_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.editor.contact_id is not None)
    yield win
    win.editor.revert()
    for translator in translators:
        qapp.removeTranslator(translator)


def sidebar(win: MainWindow) -> list[str]:
    model = win.tag_model
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    return [f"{i.data()} {win.tag_model.entry(i.row()).count}" for i in rows  # type: ignore[union-attr]
            if i.data(KindRole) == "tag"]  # fmt: skip


def tag_action(win: MainWindow, tag: str, text: str):  # type: ignore[no-untyped-def]
    menu = win.list_actions.sidebar_menu(win.tag_model.row_of("tag", tag))
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_one_entry_per_tag_in_the_books_alphabet(window: MainWindow) -> None:
    assert sidebar(window) == ["Kunder 2", "VIP 2", "zebra 1", "Ørsta 1", "Åsane 1"]


def test_rename_merge_and_delete_from_the_menu_with_undo(window: MainWindow, qtbot: QtBot) -> None:
    window.sidebar.setCurrentIndex(window.tag_model.index(window.tag_model.row_of("tag", "VIP"), 0))
    tag_action(window, "VIP", "Rename tag…").trigger()
    dialog = window.tag_actions.dialog
    dialog.setTextValue("Key accounts")
    dialog.accept()
    assert sidebar(window) == ["Key accounts 2", "Kunder 2", "zebra 1", "Ørsta 1", "Åsane 1"]
    assert window.model.tag == "Key accounts" and window.model.rowCount() == 2  # still shown
    assert window.undo_stack.undoText() == "Rename tag “VIP”"

    tag_action(window, "zebra", "Rename tag…").trigger()
    window.tag_actions.dialog.setTextValue("KUNDER")
    window.tag_actions.dialog.accept()
    assert sidebar(window) == ["Key accounts 2", "Kunder 2", "Ørsta 1", "Åsane 1"]
    assert "Merged “zebra” into “Kunder”" in window.statusBar().currentMessage()

    tag_action(window, "Kunder", "Delete tag…").trigger()
    box = window.tag_actions.dialog
    assert isinstance(box, QMessageBox)
    assert box.text() == "Delete the tag “Kunder”?"
    assert box.informativeText() == "It is taken off 2 contacts; the contacts themselves stay."
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert sidebar(window) == ["Key accounts 2", "Ørsta 1", "Åsane 1"]

    window.undo_stack.undo()
    assert sidebar(window) == ["Key accounts 2", "Kunder 2", "Ørsta 1", "Åsane 1"]
    window.undo_stack.undo()
    assert sidebar(window) == ["Key accounts 2", "Kunder 2", "zebra 1", "Ørsta 1", "Åsane 1"]
    window.undo_stack.undo()
    assert sidebar(window) == ["Kunder 2", "VIP 2", "zebra 1", "Ørsta 1", "Åsane 1"]
    assert window.model.tag == "VIP" and window.model.rowCount() == 2


def test_cancel_changes_nothing(window: MainWindow, qtbot: QtBot) -> None:
    tag_action(window, "VIP", "Delete tag…").trigger()
    box = window.tag_actions.dialog
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert sidebar(window)[1] == "VIP 2" and window.undo_stack.count() == 0
