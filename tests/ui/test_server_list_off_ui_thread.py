"""Issue 10 on a server book: a new sort order (a column header clicked) and the sidebar's tag
counts are read off the UI thread. While another session holds the tables, the window keeps
answering and shows the old order or counts; the new ones arrive once the server answers, the
sidebar keeps its row, and an answer to a question since replaced is dropped. (On a file both
stay at once: tests/ui/test_contact_model.py, tests/ui/test_sidebar_tags.py.)"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from rolodex import paths
from rolodex.records import ContactData
from rolodex.services.changes import Change
from rolodex.services.contacts import ContactService
from rolodex.ui.contacts.model import COL_COMPANY, COL_NAME, ContactTableModel
from rolodex.ui.main_window.window import MainWindow
from rolodex.ui.tags.model import TagModel
from tests.ui.test_contact_model_search import Blocker, event_loop_runs

WAIT_MS = 20000
PEOPLE = (  # name, company, tags: the company order is neither the name order nor its reverse
    ("Anna Berg", "Cargo AS", ["VIP"]),
    ("Bjørn Dahl", "Alfa AS", ["VIP", "Kunder"]),
    ("Cecilie Lie", "Berg AS", []),
)
ASCENDING, DESCENDING = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def add_people() -> dict[str, int]:
    service, ids = ContactService(), {}
    for name, company, tags in PEOPLE:
        given, family = name.split()
        ids[name] = service.create(
            ContactData(given=given, family=family, company=company, tags=tags)
        )
    return ids


def names(model: ContactTableModel) -> list[str]:
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


@pytest.fixture
def window(pg_book: str, qtbot: QtBot) -> Iterator[MainWindow]:
    paths.init()  # this test's own window state (ROLODEX_DATA_DIR): the name order
    add_people()
    win = MainWindow(ContactService())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(
        lambda: counts(win) == {"all": 3, "Kunder": 1, "VIP": 2, "trash": 0}, timeout=WAIT_MS
    )
    yield win
    win.model.stop_searching()
    win.tag_model.stop_counting()


def counts(win: MainWindow) -> dict[str, int]:
    entries = [win.tag_model.entry(r) for r in range(win.tag_model.rowCount())]
    return {e.tag or e.kind: e.count for e in entries if e is not None}


def sidebar_shows(win: MainWindow) -> str | None:
    entry = win.tag_model.entry(win.sidebar.currentIndex().row())
    return None if entry is None else (entry.tag or entry.kind)


def click_header(win: MainWindow, column: int) -> None:
    header = win.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_a_header_click_on_a_server_book_sorts_off_the_ui_thread(
    window: MainWindow, pg_book: str, qtbot: QtBot
) -> None:
    bjorn = window.model.all_ids()[1]
    window.open_contact(bjorn)  # Bjørn Dahl, highlighted (and read off the UI thread)
    qtbot.waitUntil(lambda: window.editor.contact_id == bjorn, timeout=WAIT_MS)
    before = names(window.model)
    assert before == ["Anna Berg", "Bjørn Dahl", "Cecilie Lie"]
    header = window.table.horizontalHeader()
    blocker = Blocker(pg_book, "contact")
    try:
        click_header(window, COL_COMPANY)  # returns at once
        assert not blocker.released.is_set(), "the UI thread waited for the server"
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
            COL_COMPANY,
            ASCENDING,
        )
        assert event_loop_runs(qtbot)
        assert names(window.model) == before  # the old order stays meanwhile
        blocker.release()
        qtbot.waitUntil(lambda: names(window.model) != before, timeout=WAIT_MS)
    finally:
        blocker.close()
    assert names(window.model) == ["Bjørn Dahl", "Cecilie Lie", "Anna Berg"]  # Alfa, Berg, Cargo
    assert window.table.currentIndex().row() == 0  # Bjørn Dahl still highlighted, and shown
    assert window.editor.contact_id == window.model.id_at(0)


def test_a_sort_asked_for_while_another_waits_drops_the_first(pg_book: str, qtbot: QtBot) -> None:
    add_people()
    model = ContactTableModel(ContactService())
    model.set_filter()
    shown: list[list[str]] = []
    model.searched.connect(lambda: shown.append(names(model)))
    blocker = Blocker(pg_book, "contact")
    try:
        model.sort(COL_NAME, DESCENDING)  # runs, and waits for the server
        model.sort(COL_COMPANY, DESCENDING)  # the user clicked on
        assert not blocker.released.is_set(), "the UI thread waited for the server"
        assert event_loop_runs(qtbot) and shown == []
        blocker.release()
        qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    finally:
        blocker.close()
        model.stop_searching()
    assert shown == [["Anna Berg", "Cecilie Lie", "Bjørn Dahl"]]  # Cargo, Berg, Alfa only


def test_a_refresh_waiting_when_the_user_sorts_runs_with_the_new_order(
    pg_book: str, qtbot: QtBot
) -> None:
    ids = add_people()
    model = ContactTableModel(ContactService())
    model.set_filter()
    ContactService().create(ContactData(given="Dag", family="Ås", company="Dorg AS"))
    done: list[list[str]] = []
    blocker = Blocker(pg_book, "contact")
    try:
        model.refresh(lambda: done.append(names(model)))  # a save's refresh, on its way
        model.sort(COL_COMPANY, ASCENDING)
        blocker.release()
        qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    finally:
        blocker.close()
        model.stop_searching()
    assert done == [["Bjørn Dahl", "Cecilie Lie", "Anna Berg", "Dag Ås"]]
    assert model.row_of(ids["Anna Berg"]) == 2


def test_tag_counts_on_a_server_book_come_off_the_ui_thread_and_the_row_stays(
    window: MainWindow, pg_book: str, qtbot: QtBot
) -> None:
    window.sidebar.setCurrentIndex(window.tag_model.index(window.tag_model.row_of("tag", "VIP"), 0))
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=WAIT_MS)
    new = ContactService().create(ContactData(given="Eva", family="Foss", tags=["VIP"]))
    blocker = Blocker(pg_book, "contact_tag")  # what the tag counts (and the VIP list) read
    try:
        window.contacts_changed(Change("contact", (new,), "created"))  # returns at once
        assert not blocker.released.is_set(), "the UI thread waited for the server"
        assert event_loop_runs(qtbot)
        assert counts(window)["VIP"] == 2 and sidebar_shows(window) == "VIP"  # old counts stay
        blocker.release()
        qtbot.waitUntil(lambda: counts(window)["VIP"] == 3, timeout=WAIT_MS)
    finally:
        blocker.close()
    assert counts(window) == {"all": 4, "Kunder": 1, "VIP": 3, "trash": 0}
    assert sidebar_shows(window) == "VIP"  # the row stays selected under the new counts
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=WAIT_MS)


def test_when_a_tags_last_contact_goes_the_server_sidebar_and_list_show_everyone(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.sidebar.setCurrentIndex(
        window.tag_model.index(window.tag_model.row_of("tag", "Kunder"), 0)
    )
    qtbot.waitUntil(lambda: names(window.model) == ["Bjørn Dahl"], timeout=WAIT_MS)
    window.table.selectRow(0)
    window.delete_selected()
    qtbot.waitUntil(lambda: "Kunder" not in counts(window), timeout=WAIT_MS)
    assert sidebar_shows(window) == "all" and window.model.tag is None
    qtbot.waitUntil(lambda: names(window.model) == ["Anna Berg", "Cecilie Lie"], timeout=WAIT_MS)


def test_counts_asked_for_again_drop_the_first_answer_and_a_lost_server_is_one_line(
    pg_book: str, qtbot: QtBot
) -> None:
    add_people()
    model = TagModel(ContactService())
    counted: list[int] = []
    failed: list[str] = []
    model.counted.connect(lambda: counted.append(model.rowCount()))
    model.count_failed.connect(failed.append)
    blocker = Blocker(pg_book, "contact_tag")
    try:
        model.reload()
        model.reload()  # a second change before the first counts came
        assert not blocker.released.is_set(), "the UI thread waited for the server"
        assert event_loop_runs(qtbot) and model.rowCount() == 0
        blocker.release()
        qtbot.waitUntil(lambda: bool(counted), timeout=WAIT_MS)
        assert counted == [4]  # All contacts, Kunder, VIP, Trash: once, the first was dropped
        with psycopg.connect(pg_book, autocommit=True) as admin:  # the server drops the session
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        model.reload()
        qtbot.waitUntil(lambda: bool(failed), timeout=WAIT_MS)
        assert len(failed) == 1 and "\n" not in failed[0] and "lost" in failed[0]
        assert model.rowCount() == 4  # the old counts stay
        with qtbot.waitSignal(model.counted, timeout=WAIT_MS):
            model.reload()  # the next one connects again
    finally:
        blocker.close()
        model.stop_counting()


def test_the_editors_completers_on_a_server_book_read_off_the_ui_thread(
    pg_book: str, qtbot: QtBot
) -> None:
    from rolodex.ui.contact_editor.editor import ContactEditor

    add_people()
    editor = ContactEditor(ContactService())
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    editor.new_contact()
    company, tags = editor.fields["company"], editor.fields["tags"]
    listed = {e: e.completer().model() for e in (company, tags)}
    blocker = Blocker(pg_book, "contact_tag, company")  # what the two lists read
    try:
        for edit in (company, tags):
            qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)  # focus: the list is asked for
            assert edit.hasFocus()
        assert not blocker.released.is_set(), "the UI thread waited for the server"
        assert event_loop_runs(qtbot)
        assert all(model.stringList() == [] for model in listed.values())  # still on the way
        blocker.release()
        qtbot.waitUntil(lambda: listed[tags].stringList() == ["Kunder", "VIP"], timeout=WAIT_MS)
        qtbot.waitUntil(
            lambda: listed[company].stringList() == ["Alfa AS", "Berg AS", "Cargo AS"],
            timeout=WAIT_MS,
        )
    finally:
        blocker.close()
        editor.revert()


def test_a_sort_the_server_fails_leaves_the_header_on_the_order_shown(
    window: MainWindow, pg_book: str, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(window.model.searched, timeout=WAIT_MS):
        window.model.search("")  # the list's thread holds a connection now, and is idle
    before = names(window.model)
    header = window.table.horizontalHeader()
    with psycopg.connect(pg_book, autocommit=True) as admin:  # the server drops the sessions
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    click_header(window, COL_COMPANY)
    qtbot.waitUntil(lambda: "lost" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    assert names(window.model) == before  # the list kept its order...
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (COL_NAME, ASCENDING)
    assert (window.model.sort_column, window.model.sort_order) == (COL_NAME, ASCENDING)
    click_header(window, COL_COMPANY)  # ...and asking again connects again and sorts
    qtbot.waitUntil(lambda: names(window.model) != before, timeout=WAIT_MS)
    assert names(window.model) == ["Bjørn Dahl", "Cecilie Lie", "Anna Berg"]
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (COL_COMPANY, ASCENDING)
