"""Autocomplete in the contact editor: Company offers the book's companies (also one added
after the editor opened), Tags completes the word being typed and keeps the tags before it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.records import CompanyData, ContactData
from rolodex.services.companies import CompanyService
from rolodex.services.contacts import ContactService
from rolodex.ui.contact_editor.editor import ContactEditor


@pytest.fixture
def editor(book: StoreInfo, qtbot: QtBot) -> ContactEditor:
    service = ContactService()
    service.create(ContactData(given="Ona", company="Ąžuolas UAB", tags=["VIP", "Customers"]))
    service.create(ContactData(given="Kari", company="Fjord AS", tags=["Vilnius office"]))
    widget = ContactEditor(service)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    widget.new_contact()
    return widget


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)  # focus: the lists are read now
    assert edit.hasFocus()
    qtbot.keyClicks(edit, text)


def offered(edit: QLineEdit) -> list[str]:
    completer = edit.completer()
    model = completer.completionModel()
    return [model.index(r, 0).data() for r in range(completer.completionCount())]


def test_company_offers_the_books_companies_by_any_part(
    editor: ContactEditor, qtbot: QtBot
) -> None:
    CompanyService().save(CompanyData(name="Fjordkraft ASA"))  # added after the editor opened
    company = editor.fields["company"]
    type_into(qtbot, company, "fjord")
    assert offered(company) == ["Fjord AS", "Fjordkraft ASA"]
    company.clear()
    qtbot.keyClicks(company, "uolas")
    assert offered(company) == ["Ąžuolas UAB"]


def test_tags_complete_the_word_being_typed(editor: ContactEditor, qtbot: QtBot) -> None:
    tags = editor.fields["tags"]
    type_into(qtbot, tags, "Customers, vi")
    assert sorted(offered(tags)) == ["VIP", "Vilnius office"]
    popup = tags.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    chosen = popup.currentIndex().data()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert tags.text() == f"Customers, {chosen}"
    assert editor.data().tags == ["Customers", chosen]
