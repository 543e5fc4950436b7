"""File → Sync accounts…: adding an account finds the Radicale test server's address book off
the UI thread (the typed password goes to the keyring, never settings), "Sync now" runs in
the background and the status line says how it went; the list shows what arrived; a wrong
password is one line in the form, which stays open."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from PySide6.QtWidgets import QApplication

from rolodex import paths
from rolodex.db import StoreInfo
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.sync.accounts import KEYRING_SERVICE
from rolodex.ui.main_window.file_menu import sync_controller
from rolodex.ui.main_window.window import MainWindow
from rolodex.ui.sync.dialog import AddAccountDialog, SyncAccountsDialog
from rolodex.ui.worker import wait_for_idle
from tests.store.test_postgres_open import MemoryKeyring
from tests.sync.conftest import Collection, new_collection
from tests.sync.helpers import card, put_card, server_uids


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def collection(carddav_server: tuple[str, str, str]) -> Iterator[Collection]:
    yield from new_collection(carddav_server)


@pytest.fixture
def window(book: StoreInfo, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    paths.init()
    ContactService().create(ContactData(given="Anna", family="Berg"))
    win = MainWindow(ContactService())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    wait_for_idle()


def _file_action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    menu = window.menuBar().actions()[0].menu()
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def _fill(dialog: AddAccountDialog, collection: Collection, password: str) -> None:
    dialog.name.setText("phone")
    dialog.url.setText(collection.root)
    dialog.user.setText(collection.user)
    dialog.password.setText(password)


def test_add_an_account_and_sync_now(  # type: ignore[no-untyped-def]
    window: MainWindow, collection: Collection, memory_keyring: MemoryKeyring, qtbot
) -> None:
    put_card(collection, "bob.vcf", card("bob-1", "Bob", "Dale"))
    _file_action(window, "Sync accounts…").trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SyncAccountsDialog))
    accounts = QApplication.activeModalWidget()
    assert isinstance(accounts, SyncAccountsDialog)
    form = accounts.add_account()
    _fill(form, collection, collection.password)
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: accounts.list.count() == 1, timeout=20000)
    assert "phone" in accounts.list.item(0).text()
    assert list(memory_keyring.saved) == [(KEYRING_SERVICE, list(memory_keyring.saved)[0][1])]
    assert collection.password in memory_keyring.saved.values()
    accounts.sync.click()
    label = sync_controller(window).label
    qtbot.waitUntil(lambda: label.text().startswith("Synced"), timeout=30000)
    assert "1 sent" in label.text() and "1 received" in label.text()
    assert len(server_uids(collection)) == 2
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)


def test_a_wrong_password_is_one_line_in_the_form(  # type: ignore[no-untyped-def]
    window: MainWindow, collection: Collection, memory_keyring: MemoryKeyring, qtbot
) -> None:
    controller = sync_controller(window)
    accounts = SyncAccountsDialog(controller, window)
    form = accounts.add_account()
    _fill(form, collection, "wrong")
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "401" in form.error.text(), timeout=20000)
    assert form.isVisible() and form.buttons.isEnabled()
    assert memory_keyring.saved == {}
