"""The search box and the list's name order as an office user meets them (issue 12, item 17):
Escape clears the search (a second Escape goes back to the list), "kari nord" puts Kari
Nordmann first, and View › Sort by › Family, Given re-sorts the list and shows "Nordmann, Kari",
remembered with the book."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rolodex import paths
from rolodex.db import StoreInfo
from rolodex.records import Address, ContactData
from rolodex.services import prefs
from rolodex.services.contacts import ContactService
from rolodex.ui.app import build_window
from rolodex.ui.main_window.window import MainWindow

PEOPLE = (("Anne", "Berg", "Nordkapp"), ("Kari", "Nordmann", "Oslo"), ("Ola", "Dahl", "Bergen"))


@pytest.fixture
def window(book: StoreInfo, qtbot: QtBot) -> Iterator[MainWindow]:
    paths.init()
    prefs.put(prefs.COLLATION, "nb_NO")
    for given, family, city in PEOPLE:
        addresses = [Address(city=city)]
        notes = "Kari's colleague" if given == "Anne" else ""
        ContactService().create(ContactData(given=given, family=family, addresses=addresses,
                                            notes=notes))  # fmt: skip
    win = build_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.waitUntil(lambda: win.editor.contact_id is not None)
    yield win
    win.editor.revert()


def listed(win: MainWindow) -> list[str]:
    return [win.model.index(r, 0).data() for r in range(win.model.rowCount())]


def test_escape_clears_the_search_then_goes_to_the_list(window: MainWindow, qtbot: QtBot) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search_box, "kari nord")
    window.apply_filter()
    assert listed(window) == ["Kari Nordmann", "Anne Berg"]  # the name match first
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == "" and len(listed(window)) == 3
    assert window.search_box.hasFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.table.hasFocus()


def test_sort_by_family_given_from_the_view_menu(window: MainWindow, qtbot: QtBot) -> None:
    assert listed(window) == ["Anne Berg", "Kari Nordmann", "Ola Dahl"]
    (family,) = (a for a in window.sort_menu.actions() if a.text() == "&Family, Given")
    family.trigger()
    qtbot.waitUntil(lambda: listed(window) == ["Berg, Anne", "Dahl, Ola", "Nordmann, Kari"])
    assert family.isChecked() and prefs.family_first()
    window.close()

    again = build_window()  # remembered with the book
    qtbot.addWidget(again)
    ticked = [a.text() for a in again.sort_menu.actions() if a.isChecked()]
    assert ticked == ["&Family, Given"]
