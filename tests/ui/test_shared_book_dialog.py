"""File → Open shared book…: the dialog opens the test server's book off the UI thread and
binds it in place of the open file; a wrong password or a stopped server is one line in the
dialog, which stays open with the file still the open book; a typed password is remembered in
the keyring only when asked; the window title names the open book."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import keyring
import pytest
from PySide6.QtWidgets import QDialog

from rolodex.db import StoreInfo, bound_database, close_store
from rolodex.models import Book
from rolodex.store.postgres.connection import is_postgres
from rolodex.ui.shared_book_dialog import SharedBookDialog, book_label, show_book_in_title
from tests.store.test_postgres_open import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def server(pg_database: str, monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> str:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    return pg_database


def fill(dialog: SharedBookDialog, url: str, *, password: str | None = None, port: int = 0) -> None:
    parts = urlsplit(url)
    dialog.host.setText(parts.hostname or "")
    dialog.port.setValue(port or parts.port or 5432)
    dialog.dbname.setText(parts.path.lstrip("/"))
    dialog.user.setText(parts.username or "")
    dialog.password.setText(parts.password if password is None else password)


def test_the_dialog_opens_the_server_book(
    book: StoreInfo,
    server: str,
    qtbot,
    memory_keyring: MemoryKeyring,  # type: ignore[no-untyped-def]
) -> None:
    dialog = SharedBookDialog()
    qtbot.addWidget(dialog)
    fill(dialog, server)
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(dialog.opened, timeout=20000) as opened:
        dialog.open_book()
        assert dialog.busy  # connecting runs on the worker; the window keeps painting
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert is_postgres(bound_database())
    assert Book.select().count() == 1  # the migrated server book answers on the UI thread
    parts = urlsplit(server)
    assert book_label() == f"{parts.username}@{parts.hostname}/{parts.path[1:]}"
    url = opened.args[0]
    assert parts.password not in url
    assert memory_keyring.saved == {("rolodex", url): parts.password}
    close_store()


def test_a_wrong_password_is_one_line_and_the_file_stays_open(
    book: StoreInfo,
    server: str,
    qtbot,
    memory_keyring: MemoryKeyring,  # type: ignore[no-untyped-def]
) -> None:
    dialog = SharedBookDialog()
    qtbot.addWidget(dialog)
    fill(dialog, server, password="not-it")
    dialog.remember.setChecked(True)
    dialog.open_book()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert "Wrong password" in dialog.status.text() and "\n" not in dialog.status.text()
    assert dialog.isVisible() or dialog.result() != QDialog.DialogCode.Accepted
    assert not is_postgres(bound_database())
    assert memory_keyring.saved == {}


def test_a_stopped_server_is_one_line(book: StoreInfo, server: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    dialog = SharedBookDialog()
    qtbot.addWidget(dialog)
    fill(dialog, server, port=port)
    dialog.open_book()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert "Cannot reach the PostgreSQL server" in dialog.status.text()
    assert not is_postgres(bound_database())


def test_the_window_title_names_the_open_file(book: StoreInfo, qtbot) -> None:  # type: ignore[no-untyped-def]
    from rolodex.ui.main_window.window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.windowTitle() == f"{book.path.name} — Rolodex"
    show_book_in_title(window)
    assert book.path.name in window.windowTitle()
