"""File → Encryption…: encrypt, change the passphrase and decrypt the open book from the app;
mistakes are refused with a plain message and leave the book as it was, still usable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rolodex import paths
from rolodex.db import (
    SQLITE_MAGIC,
    StoreInfo,
    WrongPassphraseError,
    close_store,
    open_store,
)
from rolodex.records import ContactData
from rolodex.services.changes import Change
from rolodex.services.contacts import ContactService
from rolodex.ui.safety.security_dialog import SecurityDialog
from rolodex.ui.worker import wait_for_idle

OLD = "Žalias šuo ir ёж"  # non-Latin-1: typed with setText
NEW = "correct horse battery"


@pytest.fixture(autouse=True)
def fast_key_derivation() -> Iterator[None]:
    """Far fewer PBKDF2 rounds in this process only, as in tests/safety/conftest.py."""
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(":memory:")
    conn.execute("PRAGMA cipher_default_kdf_iter = 2000")
    yield
    conn.execute("PRAGMA cipher_default_kdf_iter = 256000")
    conn.close()


@pytest.fixture
def plain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[StoreInfo]:
    """A plain book holding Ona, bound; backups go to a private data folder."""
    monkeypatch.setattr(paths, "_paths", None)
    paths.init(tmp_path / "data")
    info = open_store(tmp_path / "book.db")
    ContactService().create(ContactData(given="Ona", family="Žemaitė"))
    yield info
    wait_for_idle()
    close_store()


@pytest.fixture
def secret(plain: StoreInfo) -> StoreInfo:
    """The same book, encrypted with OLD and bound again."""
    from rolodex.safety.crypto import encrypt_book

    close_store()
    encrypt_book(plain.path, OLD)
    return open_store(plain.path, OLD)


def _dialog(qtbot: QtBot) -> SecurityDialog:
    dialog = SecurityDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _run(qtbot: QtBot, dialog: SecurityDialog, button: object) -> bool:
    with qtbot.waitSignal(dialog.conversion_done, timeout=10000) as blocker:
        button.click()  # type: ignore[attr-defined]
    return bool(blocker.args and blocker.args[0])


def _names() -> list[str]:
    service = ContactService()
    return [row.name for row in service.rows(service.ids())]


def _head(path: Path) -> bytes:
    return path.read_bytes()[: len(SQLITE_MAGIC)]


def test_encrypt_from_the_dialog(qtbot: QtBot, plain: StoreInfo) -> None:
    dialog = _dialog(qtbot)
    assert "not encrypted" in dialog.state.text()
    assert dialog.encrypt_group.isVisible() and not dialog.decrypt_group.isVisible()
    dialog.encrypt_new.setText(OLD)
    dialog.encrypt_confirm.setText(OLD)
    changes: list[Change] = []
    dialog.changed.connect(changes.append)
    assert _run(qtbot, dialog, dialog.encrypt_button)
    assert _head(plain.path) != SQLITE_MAGIC
    assert _names() == ["Ona Žemaitė"]  # the book is open again, on this thread too
    assert changes == [Change("contact", (), "updated")]
    assert "now encrypted" in dialog.message.text()
    assert "is encrypted" in dialog.state.text() and dialog.change_group.isVisible()
    assert dialog.encrypt_new.text() == ""  # the passphrase does not linger in the form


def test_change_passphrase(qtbot: QtBot, secret: StoreInfo) -> None:
    dialog = _dialog(qtbot)
    dialog.change_current.setText(OLD)
    dialog.change_new.setText(NEW)
    dialog.change_confirm.setText(NEW)
    assert _run(qtbot, dialog, dialog.change_button)
    assert _names() == ["Ona Žemaitė"]
    close_store()
    with pytest.raises(WrongPassphraseError):
        open_store(secret.path, OLD)
    open_store(secret.path, NEW)
    assert _names() == ["Ona Žemaitė"]


def test_decrypt(qtbot: QtBot, secret: StoreInfo) -> None:
    dialog = _dialog(qtbot)
    notes = [label.text() for label in dialog.decrypt_group.findChildren(QLabel)]
    assert any("stored unencrypted" in note for note in notes)
    dialog.decrypt_current.setText(OLD)
    assert _run(qtbot, dialog, dialog.decrypt_button)
    assert _head(secret.path) == SQLITE_MAGIC
    assert _names() == ["Ona Žemaitė"]
    assert "not encrypted" in dialog.state.text()


def test_mismatched_new_passphrases_are_refused(qtbot: QtBot, plain: StoreInfo) -> None:
    dialog = _dialog(qtbot)
    dialog.encrypt_new.setText(NEW)
    dialog.encrypt_confirm.setText(NEW + "!")
    dialog.encrypt_button.click()
    assert dialog.message.text() == "The new passphrases do not match. Nothing was changed."
    assert not dialog.busy and _head(plain.path) == SQLITE_MAGIC
    dialog.encrypt_new.setText("short")
    dialog.encrypt_confirm.setText("short")
    dialog.encrypt_button.click()
    assert "at least 8 characters" in dialog.message.text()
    assert _head(plain.path) == SQLITE_MAGIC and _names() == ["Ona Žemaitė"]


def test_wrong_current_passphrase_leaves_the_book_usable(qtbot: QtBot, secret: StoreInfo) -> None:
    dialog = _dialog(qtbot)
    dialog.decrypt_current.setText("not the passphrase")
    assert not _run(qtbot, dialog, dialog.decrypt_button)
    assert dialog.message.text() == "The current passphrase is wrong. Nothing was changed."
    assert _head(secret.path) != SQLITE_MAGIC
    ContactService().create(ContactData(given="Ada"))  # still open, and writable
    assert sorted(_names()) == ["Ada", "Ona Žemaitė"]
    assert dialog.decrypt_button.isEnabled()


def test_background_work_on_an_encrypted_book_leaves_the_app_running(
    secret: StoreInfo, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QObject

    from rolodex.ui.worker import run_in_background

    parent = QObject()
    counts: list[int] = []
    for _ in range(3):  # each job connects with the key, reads, and must leave cleanly
        run_in_background(parent, lambda _p, _c: ContactService().stats().contacts, counts.append)
    qtbot.waitUntil(lambda: len(counts) == 3, timeout=20000)
    assert counts == [1, 1, 1]
    assert ContactService().stats().contacts == 1  # the UI thread's connection still works
