"""The passphrase dialog: a wrong passphrase says so plainly and allows another try."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rolodex.db import close_store, open_store
from rolodex.models import Contact
from rolodex.ui.safety.passphrase_dialog import PassphraseDialog

SECRET = "Žalias šuo ir ёж"  # non-Latin-1: typed with setText, not keyClicks


@pytest.fixture
def encrypted(tmp_path: Path) -> Iterator[Path]:
    from sqlcipher3 import dbapi2

    fast = dbapi2.connect(":memory:")  # fewer PBKDF2 rounds in this process only: fast tests
    fast.execute("PRAGMA cipher_default_kdf_iter = 2000")
    path = tmp_path / "secret.db"
    open_store(path, SECRET)
    Contact.create(given="Jonaitė", created_at="t", updated_at="t")
    close_store()
    yield path
    close_store()
    fast.execute("PRAGMA cipher_default_kdf_iter = 256000")
    fast.close()


def test_wrong_then_right_passphrase(qtbot: QtBot, encrypted: Path) -> None:
    dialog = PassphraseDialog(encrypted)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.error.isHidden()
    dialog.field.setText("not it")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.info is None
    assert dialog.error.text() == "Wrong passphrase. Please try again."
    assert dialog.field.selectedText() == "not it"  # typing replaces it
    dialog.field.setText(SECRET)
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.accepted.emit()
    assert dialog.info is not None and dialog.info.encrypted
    assert [c.given for c in Contact.select()] == ["Jonaitė"]
    assert dialog.attempts == 2


def test_empty_passphrase_is_not_tried(qtbot: QtBot, encrypted: Path) -> None:
    tried: list[str] = []
    dialog = PassphraseDialog(encrypted, opener=lambda p, s: tried.append(s))  # type: ignore[arg-type,return-value]
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert tried == [] and "type the passphrase" in dialog.error.text()


def test_a_file_that_is_no_book_is_explained(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    dialog = PassphraseDialog(folder)
    qtbot.addWidget(dialog)
    dialog.field.setText("whatever")
    dialog.buttons.accepted.emit()
    assert "folder" in dialog.error.text() and dialog.info is None
