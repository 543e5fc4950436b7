"""The details pane shows a read-only card (issue 12, item 18): name, company, clickable email,
phone and website, address, tags, open follow-ups and the latest history on one screen. Edit
(the button, Enter in the list, a double-click) opens the form; Save or Escape comes back to
the card; a new contact opens straight in the form; the card is always the highlighted one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rolodex import paths
from rolodex.db import StoreInfo
from rolodex.records import Address, ContactData, LabeledValue, Phone
from rolodex.services.contacts import ContactService
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import ActivityData, FollowUpData
from rolodex.ui.app import build_window
from rolodex.ui.main_window.window import MainWindow
from tests.services.crm_helpers import oslo


@pytest.fixture
def window(book: StoreInfo, qtbot: QtBot) -> Iterator[MainWindow]:
    paths.init()
    service = ContactService()
    kari = service.create(ContactData(
        given="Kari", family="Nordmann", company="Fjord & Søn AS", job_title="Innkjøpssjef",
        emails=[LabeledValue("kari@fjord.no", "work")], phones=[Phone("+47 915 12 345", "mobile")],
        websites=[LabeledValue("fjord.no")], tags=["VIP"],
        addresses=[Address("Storgata 1", "", "", "Oslo", "", "0155", "NO")],
    ))  # fmt: skip
    service.create(ContactData(given="Ola", family="Hansen"))
    crm = CrmServices.create()
    crm.followups.add(
        FollowUpData(contact_id=kari, due_date=date(2030, 1, 15), subject="Send offer")
    )
    crm.activities.log(ActivityData(contact_id=kari, kind="call", subject="Renewal <20 seats>",
                                    occurred_at=oslo(2026, 6, 9, 10)))  # fmt: skip
    win = build_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.waitUntil(lambda: win.crm_actions is not None and win.editor.contact_id == kari)
    yield win
    win.editor.revert()


def test_the_card_shows_the_contact_with_links(window: MainWindow) -> None:
    details = window.details
    assert not details.editing() and details.card.isVisible() and not window.editor.isVisible()
    assert details.card.title.text() == "Kari Nordmann"
    body = details.card.body.text()
    for wanted in ('href="mailto:kari@fjord.no"', 'href="tel:+4791512345"',
                   'href="https://fjord.no"', "Innkjøpssjef · Fjord &amp; Søn AS", "Storgata 1",
                   "0155 Oslo", "VIP", "Send offer", "Renewal &lt;20 seats&gt;"):  # fmt: skip
        assert wanted in body, wanted
    assert details.card.body.openExternalLinks()


def test_edit_then_save_or_escape_comes_back_to_the_card(window: MainWindow, qtbot: QtBot) -> None:
    details = window.details
    qtbot.mouseClick(details.card.edit_button, Qt.MouseButton.LeftButton)
    assert details.editing() and window.editor.fields["given"].hasFocus()
    subtitle = window.editor.subtitle  # the form's heading showed "Fjord &amp; Søn AS"
    assert subtitle.text() == "Innkjøpssjef · Fjord & Søn AS"
    assert subtitle.textFormat() == Qt.TextFormat.PlainText
    qtbot.keyClick(window.editor.fields["given"], Qt.Key.Key_End)  # the name was selected
    qtbot.keyClicks(window.editor.fields["given"], "ne")
    qtbot.keyClick(window.editor.fields["given"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not details.editing() and details.card.title.text() == "Karine Nordmann"

    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # Enter in the list: the form
    assert details.editing()
    qtbot.keyClick(window.editor.fields["given"], Qt.Key.Key_Escape)  # nothing typed: no question
    assert not details.editing() and window.table.hasFocus()

    row = window.model.row_of(window.editor.contact_id)
    rect = window.table.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert details.editing()


def test_a_new_contact_opens_in_the_form_and_the_card_follows_the_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.new_contact()
    assert window.details.editing() and window.editor.fields["given"].hasFocus()
    window.editor.revert()
    ola = window.model.row_of(ContactService().ids("ola")[0])
    window.table.setCurrentIndex(window.model.index(ola, 0))  # one current contact
    assert not window.details.editing() and window.details.card.title.text() == "Ola Hansen"
    assert window.editor.contact_id == window.model.id_at(window.table.currentIndex().row())
