"""The window on a book file's first page, read before the book is opened (issue 15: start-up):
it shows the same rows the store gives, never asks the store before the book is open, and
goes on as usual once it is (the whole list, the first contact on the card, the sidebar)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rolodex import paths
from rolodex.db import StoreError, StoreInfo, close_store, database, open_store
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.store.sqlite.glance import first_page
from rolodex.ui.app import build_window
from rolodex.ui.contacts.model import PAGE_SIZE
from rolodex.ui.main_window.window import MainWindow
from rolodex.ui.settings_state import saved_sort, window_settings
from rolodex.ui.wiring import wire_book

PEOPLE = 130  # more than the page read before the book opens (two pages of the list)


def _names(window: MainWindow, rows: range) -> list[str]:
    return [window.model.index(r, 0).data() for r in rows]


@pytest.fixture
def unopened(book: StoreInfo) -> Path:
    """A book file of PEOPLE contacts, closed and unbound (as the app finds it at start: the
    store answers "No Rolodex book is open" until it is opened)."""
    paths.init()
    service = ContactService()
    for n in range(PEOPLE):
        service.create(ContactData(given=f"Åse{n:03d}", family="Ødegård", tags=["Kunder"]))
    close_store()
    database.initialize(None)
    return book.path


def test_the_first_page_shows_before_the_book_opens(unopened: Path, qtbot: QtBot) -> None:
    page = first_page(unopened, descending=False, rows=2 * PAGE_SIZE)
    assert page is not None
    window = build_window(start_crm_now=False, first_page=page)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.model.rowCount() == PEOPLE
    assert _names(window, range(3)) == ["Åse000 Ødegård", "Åse001 Ødegård", "Åse002 Ødegård"]
    assert window.count_label.text().startswith(f"{PEOPLE} contact")
    assert window.model.index(PEOPLE - 1, 0).data() != "Åse129 Ødegård"  # not read yet
    assert window.table.currentIndex().row() == -1  # nothing chosen while the book is shut
    with pytest.raises(StoreError, match="still opening"):
        window.model.all_ids()  # the whole list is the store's: one clear line, not 100 ids

    open_store(unopened)
    wire_book(window)
    window.book_opened()
    qtbot.waitUntil(lambda: window.built_editor() is not None)
    qtbot.waitUntil(lambda: window.editor.contact_id is not None)  # the first contact
    assert window.editor.fields["given"].text() == "Åse000"
    assert window.model.index(PEOPLE - 1, 0).data() == "Åse129 Ødegård"  # the whole list
    qtbot.waitUntil(lambda: window.tag_model.rowCount() > 0)  # the sidebar's counts
    window.close()


def test_the_list_order_is_saved_for_the_next_start(book: StoreInfo, qtbot: QtBot) -> None:
    paths.init()
    assert saved_sort() == (0, False)  # a first run lists by name, A to Z
    ContactService().save(ContactData(given="Åse", family="Berg"))
    window = MainWindow(ContactService())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.table.horizontalHeader().setSortIndicator(0, window.model.sort_order.DescendingOrder)
    window.close()
    assert saved_sort() == (0, True)
    settings = window_settings()
    settings.remove("main/sort_column")  # a layout saved by an older Rolodex
    settings.sync()
    assert saved_sort() is None  # its order is not known: the book is opened first


def test_the_days_backup_waits_for_the_book(
    unopened: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window may show its first page a while before the book opens (a window started
    minimized paints when first shown): the day's backup and the Trash's purge wait for it."""
    from rolodex.safety.backups import list_backups
    from rolodex.ui import app
    from rolodex.ui.worker import wait_for_idle

    monkeypatch.setattr(app, "HOUSEKEEPING_MS", 10)
    page = first_page(unopened, descending=False, rows=2 * PAGE_SIZE)
    window = build_window(start_crm_now=False, first_page=page)
    qtbot.addWidget(window)
    app.start_housekeeping(window)
    wait_for_idle()
    QApplication.processEvents()  # what the worker reported, had it run on the shut book
    assert "backup failed" not in window.statusBar().currentMessage()  # type: ignore[attr-defined]

    open_store(unopened)
    wire_book(window)
    window.book_opened()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(list_backups()), timeout=10000)  # the day's first backup
    assert "backup failed" not in window.statusBar().currentMessage()  # type: ignore[attr-defined]
    window.close()
