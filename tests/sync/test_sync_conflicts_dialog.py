"""The Conflicts list of File → Sync accounts…: every field changed on both sides is listed
with what was kept and what the server had; "Take theirs" updates the contact (the next sync
sends the merged card), "Keep mine" only takes it off the list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rolodex import paths
from rolodex.db import StoreInfo
from rolodex.services.contacts import ContactService
from rolodex.sync.review import open_conflicts
from rolodex.ui.main_window.file_menu import sync_controller
from rolodex.ui.main_window.window import MainWindow
from rolodex.ui.sync.dialog import SyncAccountsDialog
from rolodex.ui.worker import wait_for_idle
from tests.sync.conftest import Collection
from tests.sync.helpers import add, person, server_cards, sync
from tests.sync.test_sync_merge import _edit_local, _edit_server


@pytest.fixture
def window(book: StoreInfo, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    paths.init()
    win = MainWindow(ContactService())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    wait_for_idle()


def test_take_theirs_and_keep_mine(  # type: ignore[no-untyped-def]
    window: MainWindow, collection: Collection, tmp_path: Path, qtbot
) -> None:
    cid = person("Ann", "Berg", job_title="Clerk")
    add(collection, tmp_path)
    sync()
    _edit_local(cid, job_title="Director", notes="Mine")
    _edit_server(collection, "TITLE:Manager", "NOTE:Theirs\r\n")
    assert sync().conflicts == 2
    dialog = SyncAccountsDialog(sync_controller(window), window)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.conflicts
    qtbot.waitUntil(lambda: box.list.count() == 2, timeout=20000)
    assert box.title.text().startswith("2 conflict")
    texts = [box.list.item(i).text() for i in range(2)]
    assert any("Ann Berg — Job title (phone)" in t and "Director" in t and "Manager" in t
               for t in texts)  # fmt: skip
    title_row = next(i for i, t in enumerate(texts) if "Job title" in t)
    box.list.setCurrentRow(title_row)
    box.take.click()
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=20000)
    assert "Notes" in box.list.item(0).text()
    box.list.setCurrentRow(0)
    box.keep.click()
    qtbot.waitUntil(lambda: box.title.text().startswith("0 conflict"), timeout=20000)
    assert box.list.count() == 0
    contact = ContactService().get(cid)
    assert contact is not None and (contact.job_title, contact.notes) == ("Manager", "Mine")
    assert open_conflicts() == []
    assert sync().updated_remote == 1
    (text,) = server_cards(collection).values()
    assert "TITLE:Manager" in text and "NOTE:Mine" in text
