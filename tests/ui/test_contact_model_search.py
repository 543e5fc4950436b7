"""Search-as-you-type in the contact list: on a server book the search runs off the UI thread,
typing fast shows the last query's result only, and the window keeps answering while the
server is slow; on a file the list changes before ``search`` returns (measured fast enough)."""

from __future__ import annotations

import threading

import psycopg
from PySide6.QtCore import QTimer

from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.ui.contacts.model import ContactTableModel

PEOPLE = ("Berit Berg", "Bernt Bakke", "Bjørn Bø", "Carl Cox", "Berta Dahl")


def add_people(service: ContactService) -> dict[str, int]:
    ids = {}
    for name in PEOPLE:
        given, family = name.split()
        ids[name] = service.create(ContactData(given=given, family=family))
    return ids


def test_typing_fast_on_a_server_book_never_blocks_and_shows_the_last_query(
    pg_book: str, qtbot  # type: ignore[no-untyped-def]
) -> None:
    service = ContactService()
    ids = add_people(service)
    model = ContactTableModel(service)
    shown: list[list[int]] = []
    model.searched.connect(lambda: shown.append(model.all_ids()))

    # Another session holds the search table: every search now waits on the server.
    blocker = psycopg.connect(pg_book)
    blocker.execute("LOCK TABLE contact_search IN ACCESS EXCLUSIVE MODE")
    released = threading.Event()

    def release() -> None:
        if not released.is_set():
            released.set()
            blocker.rollback()

    safety = threading.Timer(20, release)  # frees a blocked UI thread, so the test fails
    safety.start()
    try:
        for typed in ("b", "be", "ber", "bern"):
            model.search(typed)  # each returns at once
        assert not released.is_set(), "the UI thread waited for the server"
        ticked: list[bool] = []
        QTimer.singleShot(10, lambda: ticked.append(True))
        qtbot.waitUntil(lambda: bool(ticked), timeout=5000)  # the event loop runs meanwhile
        assert shown == [] and model.query == "bern"
        release()
        qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    finally:
        safety.cancel()
        release()
        model.stop_searching()
        blocker.close()
    assert shown == [[ids["Bernt Bakke"]]]  # "b" (the one that waited) was dropped
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "Bernt Bakke"  # the first page came along


def test_a_reload_after_typing_drops_the_search_still_running(
    pg_book: str, qtbot  # type: ignore[no-untyped-def]
) -> None:
    service = ContactService()
    ids = add_people(service)
    model = ContactTableModel(service)
    model.search("carl")
    model.set_filter("bjørn")  # e.g. a save refreshed the list while the search ran
    assert model.all_ids() == [ids["Bjørn Bø"]]
    qtbot.wait(200)
    model.stop_searching()
    assert model.all_ids() == [ids["Bjørn Bø"]]


def test_on_a_file_the_list_changes_before_search_returns(book: object, qtbot) -> None:  # type: ignore[no-untyped-def]
    service = ContactService()
    ids = add_people(service)
    model = ContactTableModel(service)
    with qtbot.waitSignal(model.searched, timeout=0):
        model.search("bj")
    assert model.all_ids() == [ids["Bjørn Bø"]]


def test_a_lost_connection_is_one_line_and_the_next_search_connects_again(
    pg_book: str, qtbot  # type: ignore[no-untyped-def]
) -> None:
    service = ContactService()
    ids = add_people(service)
    model = ContactTableModel(service)
    failures: list[str] = []
    model.search_failed.connect(failures.append)
    try:
        with qtbot.waitSignal(model.searched, timeout=20000):
            model.search("carl")
        with psycopg.connect(pg_book, autocommit=True) as admin:  # the server drops the session
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        model.search("bjørn")
        qtbot.waitUntil(lambda: bool(failures), timeout=20000)
        assert len(failures) == 1 and "\n" not in failures[0] and "lost" in failures[0]
        with qtbot.waitSignal(model.searched, timeout=20000):
            model.search("bjørn")
    finally:
        model.stop_searching()
    assert model.all_ids() == [ids["Bjørn Bø"]]


class Blocker:
    """Another session holding ``table``: every read of it waits until :meth:`release`
    (or the safety timer, which frees a UI thread that blocked, so the test fails)."""

    def __init__(self, url: str, table: str) -> None:
        self._conn = psycopg.connect(url)
        self._conn.execute(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")
        self.released = threading.Event()
        self._safety = threading.Timer(20, self.release)
        self._safety.start()

    def release(self) -> None:
        if not self.released.is_set():
            self.released.set()
            self._conn.rollback()

    def close(self) -> None:
        self._safety.cancel()
        self.release()
        self._conn.close()


def event_loop_runs(qtbot) -> bool:  # type: ignore[no-untyped-def]
    ticked: list[bool] = []
    QTimer.singleShot(10, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked), timeout=5000)
    return True


def test_the_refresh_after_a_save_waits_for_a_slow_server_off_the_ui_thread(
    pg_book: str, qtbot  # type: ignore[no-untyped-def]
) -> None:
    service = ContactService()
    add_people(service)
    model = ContactTableModel(service)
    model.set_filter("b")
    before = model.all_ids()
    new = service.create(ContactData(given="Ada", family="Berg"))  # saved; the list follows
    done: list[list[int]] = []
    blocker = Blocker(pg_book, "contact_search")
    try:
        model.refresh(lambda: done.append(model.all_ids()))  # returns at once
        assert not blocker.released.is_set(), "the UI thread waited for the server"
        assert event_loop_runs(qtbot)
        assert done == [] and model.all_ids() == before  # the old list stays meanwhile
        blocker.release()
        qtbot.waitUntil(lambda: bool(done), timeout=20000)
    finally:
        blocker.close()
        model.stop_searching()
    assert done == [[new, *before]]  # Ada Berg sorts first
    assert model.data(model.index(0, 0)) == "Ada Berg"


def test_scrolling_to_a_page_not_read_yet_shows_it_loading_then_its_rows(
    pg_book: str, qtbot, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    import rolodex.ui.contacts.model as contact_model

    monkeypatch.setattr(contact_model, "PAGE_SIZE", 2)
    service = ContactService()
    add_people(service)
    model = ContactTableModel(service)
    model.set_filter()
    last = model.index(4, 0)  # "Carl Cox": on the third page
    blocker = Blocker(pg_book, "contact")
    try:
        with qtbot.waitSignal(model.dataChanged, timeout=20000):
            assert model.data(last) == "Loading…"  # the view paints at once
            assert not blocker.released.is_set(), "the UI thread waited for the server"
            assert event_loop_runs(qtbot)
            assert model.data(last) == "Loading…"  # asked once, still on the way
            blocker.release()
    finally:
        blocker.close()
    assert model.data(last) == "Carl Cox"
    assert model.data(model.index(4, 1)) == ""  # its other columns: the row, no placeholder
    # A page asked for the list before a search is dropped when it comes after it:
    model.data(model.index(2, 0))
    blocker = Blocker(pg_book, "contact")
    try:
        model.data(model.index(0, 0))
        model.search("carl")
        blocker.release()
        qtbot.waitSignal(model.searched, timeout=20000).wait()
    finally:
        blocker.close()
        model.stop_searching()
    assert model.all_ids() == [service.ids("carl")[0]] and model.cached_pages() == 1


def test_on_a_file_the_refresh_and_a_new_page_are_there_at_once(
    book: object, qtbot, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    import rolodex.ui.contacts.model as contact_model

    monkeypatch.setattr(contact_model, "PAGE_SIZE", 2)
    service = ContactService()
    add_people(service)
    model = ContactTableModel(service)
    model.set_filter()
    assert model.data(model.index(4, 0)) == "Carl Cox"
    done: list[int] = []
    model.refresh(lambda: done.append(model.rowCount()))
    assert done == [len(PEOPLE)]
