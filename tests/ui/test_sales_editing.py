"""Editing sales data in the app on a real book: a deal made and edited in the deal dialog
(from the board's New deal… and Enter on a card, and from the contact card), the lifecycle
stage changed by hand on the card with its history kept, and amounts in the user's locale."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rolodex.sales import lifecycle, money
from rolodex.sales.deals import DealService
from rolodex.services.contacts import ContactService
from rolodex.ui.contacts.card import ContactCard
from rolodex.ui.sales.board import PipelineBoard
from rolodex.ui.sales.deal_dialog import DealDialog
from rolodex.ui.sales.money_text import editable, show_money
from tests.sales.helpers import deal, person


def _when_dialog_opens(fill: Callable[[DealDialog], None]) -> list[str]:
    """Run ``fill`` on the deal dialog the next action opens modally; returns its errors."""
    errors: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DealDialog):
            QTimer.singleShot(20, act)
            return
        fill(dialog)
        dialog.accept()
        if dialog.isVisible():  # refused: say why, and leave
            errors.append(dialog.error.text())
            dialog.reject()

    QTimer.singleShot(0, act)
    return errors


def _choose_contact(dialog: DealDialog, text: str) -> None:
    dialog.contact.setEditText(text)
    dialog.contact.find_matches()
    dialog.contact.hidePopup()
    dialog.contact.setCurrentIndex(0)


def test_new_deal_on_the_board_is_stored_with_its_override_and_shown(
    book: object, qtbot: QtBot
) -> None:
    money.set_main_currency("NOK")
    kari = person("Kari", "Nordmann")
    board = PipelineBoard()
    qtbot.addWidget(board)

    def fill(d: DealDialog) -> None:
        d.title.setText("Fjord offices")
        _choose_contact(d, "Kari")
        d.value.setText("12 000,50")
        d.stage.setCurrentIndex(d.stage.findData("Proposal"))
        assert d.probability.value() == 50 and not d.probability.isEnabled()
        d.stage_default.setChecked(False)
        d.probability.setValue(40)
        d.close_set.setChecked(True)
        d.close.setDate(QDate(2027, 1, 31))
        d.owner.setCurrentText("kari")

    assert _when_dialog_opens(fill) == []
    board.new_button.click()
    (stored,) = DealService().deals()
    assert (stored.title, stored.contact_id, stored.value_minor) == ("Fjord offices", kari, 1200050)
    assert (stored.stage, stored.probability, stored.probability_set) == ("Proposal", 40, True)
    assert (stored.expected_close, stored.owner) == (date(2027, 1, 31), "kari")
    proposal = board.columns[2]
    assert proposal.model.ids == [stored.id]
    assert "Fjord offices" in proposal.model.index(0).data()
    assert show_money(1200050, "NOK") in proposal.totals.text()


def test_enter_on_a_card_edits_the_deal_and_its_new_stage_is_recorded(
    book: object, qtbot: QtBot
) -> None:
    kari = person("Kari", "Nordmann")
    first = deal(kari, "Lead", "1000", probability=30)
    board = PipelineBoard()
    qtbot.addWidget(board)
    board.show()
    view = board.columns[0].view
    view.setFocus()
    view.setCurrentIndex(board.columns[0].model.index(0))

    def fill(d: DealDialog) -> None:
        assert d.title.text() == f"Deal for {kari}" and d.value.text() == editable(100000, "NOK")
        assert not d.stage_default.isChecked() and d.probability.value() == 30
        d.title.setText("Renamed")
        d.stage.setCurrentIndex(d.stage.findData("Won"))
        d.stage_default.setChecked(True)

    _when_dialog_opens(fill)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    saved = DealService().get(first)
    assert (saved.title, saved.stage, saved.probability_set, saved.probability) == (
        "Renamed",
        "Won",
        False,
        100,
    )
    assert [(h.from_stage, h.to_stage) for h in DealService().history(first)] == [
        ("", "Lead"),
        ("Lead", "Won"),
    ]
    assert lifecycle.current("contact", kari) == "customer"  # a won deal makes a customer
    assert board.columns[4].model.ids == [first] and board.columns[0].model.ids == []


def test_the_dialog_refuses_an_amount_it_cannot_read_and_stores_nothing(
    book: object, qtbot: QtBot
) -> None:
    person("Kari", "Nordmann")
    board = PipelineBoard()
    qtbot.addWidget(board)

    def fill(d: DealDialog) -> None:
        d.title.setText("Offer")
        _choose_contact(d, "Kari")
        d.value.setText("twelve")

    errors = _when_dialog_opens(fill)
    board.new_button.click()
    assert errors and "'twelve' is not an amount" in errors[0]
    assert DealService().deals() == []

    def typed_only(d: DealDialog) -> None:  # Save before the list of matches came up
        d.title.setText("Offer")
        d.contact.setEditText("Nordm")
        d.value.setText("10")

    assert _when_dialog_opens(typed_only) == []
    board.new_button.click()
    assert [d.contact for d in DealService().deals()] == ["Kari Nordmann"]


def _card(contact_id: int, qtbot: QtBot) -> ContactCard:
    card = ContactCard()
    qtbot.addWidget(card)
    data = ContactService().get(contact_id)
    assert data is not None
    card.show_contact(data)
    return card


def test_the_card_shows_and_changes_the_lifecycle_stage_keeping_its_history(
    book: object, qtbot: QtBot
) -> None:
    kari = person("Kari", "Nordmann")
    card = _card(kari, qtbot)
    assert card.sales.stage.currentData() == ""  # not placed yet
    card.sales.stage.setCurrentIndex(card.sales.stage.findData("customer"))
    card.sales.stage.activated.emit(card.sales.stage.currentIndex())
    assert lifecycle.current("contact", kari) == "customer"
    card.sales.stage.setCurrentIndex(card.sales.stage.findData("former_customer"))
    card.sales.stage.activated.emit(card.sales.stage.currentIndex())
    history = [
        (before, after, reason)
        for _at, before, after, _by, reason in lifecycle.history("contact", kari)
    ]
    assert history == [
        ("", "customer", "set by hand"),
        ("customer", "former_customer", "set by hand"),
    ]
    again = _card(kari, qtbot)
    assert again.sales.stage.currentText() == "Former customer"
    assert "Customer → Former customer" in again.sales.stage.toolTip()


def test_the_card_lists_the_contacts_deals_and_adds_one_for_the_contact(
    book: object, qtbot: QtBot
) -> None:
    kari = person("Kari", "Nordmann")
    deal(kari, "Proposal", "3000", title="Boat")
    card = _card(kari, qtbot)
    assert (
        "Boat" in card.sales.deals.text() and show_money(300000, "NOK") in card.sales.deals.text()
    )

    def fill(d: DealDialog) -> None:
        assert d.contact.contact_id() == kari  # the dialog opens for this contact
        d.title.setText("Second boat")
        d.value.setText("500")

    _when_dialog_opens(fill)
    card.sales.new_deal.click()
    assert sorted(d.title for d in DealService().deals()) == ["Boat", "Second boat"]
    assert "Second boat" in card.sales.deals.text()


def test_money_is_shown_the_way_the_locale_writes_it(qapp: QWidget) -> None:
    nb, lt, us = QLocale("nb_NO"), QLocale("lt_LT"), QLocale("en_US")
    assert show_money(1200000, "NOK", nb) == "kr\u00a012\u00a0000,00"
    assert show_money(150050, "EUR", nb) == "EUR\u00a01\u00a0500,50"  # another currency: its code
    assert show_money(1200000, "EUR", lt) == "12\u00a0000,00\u00a0€"
    assert show_money(1200000, "USD", us) == "$12,000.00"
    assert show_money(-1200, "JPY", us) == "JPY\u00a0-1,200"
    assert editable(1200050, "NOK", nb) == "12000,50"
    assert money.parse_amount(editable(1200050, "NOK", nb), "NOK") == 1200050


def test_the_main_windows_card_and_view_menu_offer_a_deal_for_the_contact_shown(
    book: object, qtbot: QtBot
) -> None:
    from rolodex import paths
    from rolodex.ui.app import build_window

    paths.init()
    kari = person("Kari", "Nordmann")
    deal(kari, "Qualified", "2500", title="Boat")
    win = build_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.editor.contact_id == kari)
    card = win.details.card
    assert card.sales.isVisibleTo(win) and "Boat" in card.sales.deals.text()
    (action,) = [a for a in win.findChildren(QAction) if a.text() == "New d&eal for this contact…"]

    def fill(d: DealDialog) -> None:
        assert d.contact.contact_id() == kari
        d.title.setText("Engine")

    _when_dialog_opens(fill)
    action.trigger()
    assert sorted(d.title for d in DealService().deals()) == ["Boat", "Engine"]
    assert "Engine" in card.sales.deals.text()  # the card was drawn again
    win.editor.revert()


def test_the_board_in_norwegian_translates_the_seeded_stages_and_writes_kroner(
    book: object, qtbot: QtBot, qapp: QApplication
) -> None:
    from rolodex.sales import stages
    from rolodex.ui.app import install_translations

    money.set_main_currency("NOK")
    stages.add("Demo day", 30)
    deal(person("Kari"), "Won", "12000")
    translators = install_translations(qapp, QLocale("nb_NO"))
    QLocale.setDefault(QLocale("nb_NO"))
    try:
        board = PipelineBoard()
        qtbot.addWidget(board)
        titles = [c.title.text() for c in board.columns]
        won = board.columns[4].totals.text()
        card = board.columns[4].model.index(0).data()
    finally:
        QLocale.setDefault(QLocale.c())
        for translator in translators:
            qapp.removeTranslator(translator)
    assert titles[4].startswith("<b>Vunnet</b>") and titles[6].startswith("<b>Demo day</b>")
    assert "kr\u00a012\u00a0000,00" in won and "1 salg" in won
    assert "kr\u00a012\u00a0000,00" in card


def test_the_board_fits_a_1366_pixel_screen_without_scrolling_sideways(book: object, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QScrollArea

    board = PipelineBoard()
    qtbot.addWidget(board)
    board.resize(1366, 700)
    board.show()
    qtbot.waitExposed(board)
    scroll = board.findChild(QScrollArea)
    assert scroll is not None and not scroll.horizontalScrollBar().isVisible()
    assert len(board.columns) == 6 and all(c.width() >= 180 for c in board.columns)
