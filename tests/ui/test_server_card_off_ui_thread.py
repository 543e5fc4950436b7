"""Selecting a contact on a server book reads it off the UI thread: while another session holds
the contact table the window keeps answering, the pane says "Loading…" (nothing to edit or save
meanwhile), and the card shows the contact once the server answers; arrowing on fast shows only
the last contact; Enter while it loads opens that contact in the form once it is there; a
server error is one line in the status bar. On a file the card is there at once."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from rolodex import paths
from rolodex.records import ContactData
from rolodex.sales.deals import DealService
from rolodex.sales.records import DealInput
from rolodex.services.contacts import ContactService
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import FollowUpData
from rolodex.ui.contacts.card import card_extras
from rolodex.ui.main_window.window import MainWindow
from tests.ui.test_contact_model_search import Blocker, event_loop_runs

WAIT_MS = 20000
PEOPLE = ("Anna Berg", "Bjørn Dahl", "Cecilie Lie")


def add_people() -> list[int]:
    service = ContactService()
    return [
        service.create(ContactData(given=name.split()[0], family=name.split()[1]))
        for name in PEOPLE
    ]


def open_window(qtbot: QtBot) -> MainWindow:
    paths.init()  # this test's own window state (ROLODEX_DATA_DIR)
    win = MainWindow(ContactService())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(pg_book: str, qtbot: QtBot) -> Iterator[MainWindow]:
    ids = add_people()
    win = open_window(qtbot)
    qtbot.waitUntil(lambda: win.editor.contact_id == ids[0], timeout=WAIT_MS)  # the first one
    yield win
    win.model.stop_searching()
    win.tag_model.stop_counting()
    win.stop_loading()


def card_title(win: MainWindow) -> str:
    return win.details.card.title.text()


def pane_says(win: MainWindow) -> str:
    return win.editor.placeholder.text() if win.editor.placeholder.isVisible() else ""


def test_selecting_a_contact_while_the_server_is_held_keeps_the_window_answering(
    window: MainWindow, pg_book: str, qtbot: QtBot
) -> None:
    bjorn = window.model.id_at(1)
    DealService().add(DealInput("Fjordbåt", "100", "NOK", "Lead", contact_id=bjorn))
    crm = CrmServices.create()
    crm.followups.add(FollowUpData(contact_id=bjorn, subject="Send offer"))
    window.details.card.extras = card_extras(crm)  # as the CRM wiring does
    blocker = Blocker(pg_book, "contact")
    try:
        QTest.keyClick(window.table, Qt.Key.Key_Down)  # returns at once
        assert not blocker.released.is_set(), "the UI thread waited for the server"
        card = window.details.card  # Anna Berg's, greyed, for a moment
        assert window.details.currentWidget() is card and not card.isEnabled()
        assert card_title(window) == "Anna Berg"
        assert event_loop_runs(qtbot)
        QTest.keyClicks(window.search_box, "x")  # the window takes typing meanwhile
        assert window.search_box.text() == "x"
        window.search_box.clear()
        assert window.table.currentIndex().row() == 1  # the list's highlight moved at once
        assert window.editor.contact_id is None  # nothing to edit, save or log a call on
        assert not window.editor.save()
        qtbot.waitUntil(lambda: pane_says(window) == "Loading…", timeout=WAIT_MS)
        blocker.release()
        qtbot.waitUntil(lambda: window.editor.contact_id == bjorn, timeout=WAIT_MS)
    finally:
        blocker.close()
    assert card_title(window) == "Bjørn Dahl"
    assert window.details.currentWidget() is window.details.card
    assert "Fjordbåt" in window.details.card.sales.deals.text()  # the card's deals came along
    assert "Send offer" in window.details.card.body.text()  # and its open follow-ups
    assert window.table.currentIndex().row() == 1


def test_arrowing_on_fast_shows_only_the_last_contact(
    window: MainWindow, pg_book: str, qtbot: QtBot
) -> None:
    shown: list[int | None] = []
    window.editor.contact_shown.connect(shown.append)
    blocker = Blocker(pg_book, "contact")
    try:
        QTest.keyClick(window.table, Qt.Key.Key_Down)  # Bjørn Dahl: read, waits for the server
        QTest.keyClick(window.table, Qt.Key.Key_Down)  # Cecilie Lie: the user went on
        assert not blocker.released.is_set(), "the UI thread waited for the server"
        blocker.release()
        qtbot.waitUntil(lambda: window.editor.contact_id is not None, timeout=WAIT_MS)
        assert event_loop_runs(qtbot)  # Bjørn Dahl's answer, had it come, would be here now
    finally:
        blocker.close()
    assert [i for i in shown if i is not None] == [window.model.id_at(2)]
    assert card_title(window) == "Cecilie Lie"


def test_enter_while_a_contact_loads_edits_that_contact_once_it_is_there(
    window: MainWindow, pg_book: str, qtbot: QtBot
) -> None:
    cecilie = window.model.id_at(2)
    blocker = Blocker(pg_book, "contact")
    try:
        window._select_row(2)
        window.edit_current()  # Enter: the form can only open once Cecilie Lie is there
        assert not window.details.editing() or not window.editor.is_open()
        blocker.release()
        qtbot.waitUntil(lambda: window.editor.contact_id == cecilie, timeout=WAIT_MS)
    finally:
        blocker.close()
    assert window.details.editing()
    assert window.editor.fields["given"].text() == "Cecilie"
    window.editor.fields["given"].setText("Cecilia")
    assert window.editor.save()
    assert ContactService().get(cecilie).given == "Cecilia"  # type: ignore[union-attr]
    assert ContactService().get(window.model.id_at(0)).given == "Anna"  # type: ignore[union-attr]


def test_a_lost_connection_while_loading_is_one_line_in_the_status_bar(
    window: MainWindow, pg_book: str, qtbot: QtBot
) -> None:
    with psycopg.connect(pg_book, autocommit=True) as admin:  # the server drops the sessions
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            " AND backend_type = 'client backend'"
        )
    QTest.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()), timeout=WAIT_MS)
    line = window.statusBar().currentMessage()
    assert "\n" not in line and "lost" in line
    assert window.editor.contact_id is None and pane_says(window) != "Loading…"
    QTest.keyClick(window.table, Qt.Key.Key_Down)  # the next selection connects again
    qtbot.waitUntil(lambda: window.editor.contact_id == window.model.id_at(2), timeout=WAIT_MS)


def test_on_a_file_the_card_shows_the_contact_before_the_key_returns(
    book: object, qtbot: QtBot
) -> None:
    ids = add_people()
    win = open_window(qtbot)
    win._select_row(0)
    assert win.editor.contact_id == ids[0]
    QTest.keyClick(win.table, Qt.Key.Key_Down)
    assert win.editor.contact_id == ids[1] and card_title(win) == "Bjørn Dahl"
    win.edit_current()
    assert win.details.editing() and win.editor.fields["given"].text() == "Bjørn"
    assert win._contact_loader is None  # no thread for a file


def test_a_new_contact_opened_while_one_loads_stays_in_the_form(
    window: MainWindow, pg_book: str, qtbot: QtBot
) -> None:
    blocker = Blocker(pg_book, "contact")
    try:
        QTest.keyClick(window.table, Qt.Key.Key_Down)  # Bjørn Dahl, on his way
        window.new_contact()  # Ctrl+N meanwhile
        blocker.release()
        qtbot.waitUntil(lambda: window._wanted() is None, timeout=WAIT_MS)  # he came, and went
    finally:
        blocker.close()
    assert event_loop_runs(qtbot)
    assert window.details.editing() and window.editor.is_open()
    assert window.editor.contact_id is None  # still the new contact, not Bjørn Dahl


def test_what_colleagues_do_with_the_contact_comes_with_it_off_the_ui_thread(
    pg_book: str, qtbot: QtBot
) -> None:
    from rolodex.services.crm.activities import ActivityService
    from rolodex.services.crm.records import ActivityData
    from rolodex.store.transactions import writing
    from rolodex.store.users import act_as, put_user
    from rolodex.team.records import User
    from rolodex.ui.team.presence import install

    ids = add_people()
    with writing():
        put_user(User("bob", "Bob Stone"))
    try:
        act_as("bob")
        ActivityService().log(ActivityData(contact_id=ids[1], kind="call"))
    finally:
        act_as(None)
    win = open_window(qtbot)
    qtbot.waitUntil(lambda: win.editor.contact_id == ids[0], timeout=WAIT_MS)
    presence = install(win)  # as the app does after its first frame
    blocker = Blocker(pg_book, "activity")
    try:
        QTest.keyClick(win.table, Qt.Key.Key_Down)  # Bjørn Dahl, whom Bob called
        qtbot.waitUntil(
            lambda: pane_says(win) == "Loading…" or win.editor.contact_id == ids[1],
            timeout=WAIT_MS,
        )
        assert event_loop_runs(qtbot)
        assert not blocker.released.is_set(), "the UI thread waited for the server"
        blocker.release()
        qtbot.waitUntil(lambda: "Bob Stone: call on" in presence.on_it_label.text(), timeout=WAIT_MS)
    finally:
        blocker.close()
        presence.stop()
        win.model.stop_searching()
        win.tag_model.stop_counting()
        win.stop_loading()
    assert card_title(win) == "Bjørn Dahl" and presence.on_it_label.isVisibleTo(win)
