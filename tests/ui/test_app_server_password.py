"""``rolodex --db postgresql://…`` without a password at hand: the app asks in the shared-book
dialog (filled in with the book), never on the terminal; a wrong password is one line in the
dialog, which asks again; the right one opens the book (and is remembered in the keyring when
ticked); Cancel leaves nothing open."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from rolodex.db import StoreError, bound_database, close_store, database
from rolodex.store.postgres.connection import is_postgres
from rolodex.ui.app import open_book_for_gui
from rolodex.ui.shared_book_dialog import SharedBookDialog
from tests.store.test_postgres_open import MemoryKeyring
from tests.ui.test_shared_book_dialog import memory_keyring, server  # noqa: F401 (fixtures)


def without_password(url: str) -> str:
    parts = urlsplit(url)
    return parts._replace(netloc=f"{parts.username}@{parts.hostname}:{parts.port}").geturl()


def when_the_dialog_shows(then: Callable[[SharedBookDialog], None]) -> list[str]:
    """Run ``then`` on the dialog once it is up (its ``exec`` holds the caller); any other
    window that asks instead (a message box) is closed and named in the list returned."""
    others: list[str] = []

    def look(tries: int = 500) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SharedBookDialog) and dialog.isVisible():
            then(dialog)
        elif dialog is not None and isinstance(dialog, QDialog):
            others.append(type(dialog).__name__)
            dialog.reject()
        elif tries:
            QTimer.singleShot(20, lambda: look(tries - 1))

    QTimer.singleShot(0, look)
    return others


def launch(url: str, tmp_path: Path) -> bool:
    args = argparse.Namespace(db=url, data_dir=tmp_path, passphrase_file=None)
    return open_book_for_gui(args, Path(url))


def test_the_app_asks_for_the_password_in_the_dialog_and_again_when_wrong(
    server: str,  # noqa: F811
    memory_keyring: MemoryKeyring,  # noqa: F811
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("getpass.getpass", lambda *_a, **_k: pytest.fail("asked on a terminal"))
    secret = urlsplit(server).password
    seen: list[str] = []

    def first(dialog: SharedBookDialog) -> None:
        seen.append(dialog.status.text())  # why it asks: no password yet
        assert dialog.dbname.text() == urlsplit(server).path[1:] and dialog.user.text()
        dialog.password.setText("not-it")
        dialog.refused.connect(lambda line: second(dialog, line))
        dialog.open_book()

    def second(dialog: SharedBookDialog, line: str) -> None:
        seen.append(line)
        if len(seen) == 2:
            dialog.password.setText(secret or "")
            dialog.remember.setChecked(True)
            dialog.open_book()

    others = when_the_dialog_shows(first)
    assert launch(without_password(server), tmp_path), others
    assert "needs a password" in seen[0]
    assert "Wrong password" in seen[1] and "\n" not in seen[1]
    assert is_postgres(bound_database())
    assert list(memory_keyring.saved.values()) == [secret]
    close_store()


def test_cancel_leaves_nothing_open(
    server: str,  # noqa: F811
    memory_keyring: MemoryKeyring,  # noqa: F811
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    database.initialize(None)  # as in a fresh app: no book yet
    others = when_the_dialog_shows(lambda dialog: dialog.reject())
    assert not launch(without_password(server), tmp_path)
    assert others == []  # no message box after Cancel either
    with pytest.raises(StoreError):
        bound_database()
    assert memory_keyring.saved == {}


def test_a_password_from_the_keyring_opens_without_asking(
    server: str,  # noqa: F811
    memory_keyring: MemoryKeyring,  # noqa: F811
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = without_password(server)
    from rolodex.store.url import parse_target

    memory_keyring.saved[("rolodex", parse_target(url).display)] = urlsplit(server).password or ""
    monkeypatch.setattr(SharedBookDialog, "exec", lambda _self: pytest.fail("asked"))
    assert launch(url, tmp_path)
    assert is_postgres(bound_database())
    close_store()
