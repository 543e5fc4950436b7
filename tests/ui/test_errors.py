"""A locked book, a full disk or a read-only file: the user is told plainly, edits are kept,
nothing half-done lands on the undo stack; a bug is shown as a bug, with its details."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rolodex import logs
from rolodex.db import StoreError, StoreInfo
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.ui import errors
from rolodex.ui.main_window.window import MainWindow


def test_a_locked_book_keeps_the_edits_and_says_why(
    book: StoreInfo, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = ContactService().create(ContactData(given="Ona", family="Žemaitė"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.editor.contact_id == cid)
    window.editor.fields["family"].setText("Žemaitytė")

    def locked(self: ContactService, data: ContactData) -> None:
        raise StoreError("The book is locked by another program; try again shortly.")

    monkeypatch.setattr(ContactService, "save", locked)
    assert window.editor.save() is False
    assert window.editor.fields["family"].text() == "Žemaitytė"  # the edit is still there
    assert window.editor.is_dirty()
    assert window.undo_stack.count() == 0
    assert "locked" in window.editor.banner.text()
    monkeypatch.undo()
    assert window.editor.save() is True
    assert ContactService().get(cid).family == "Žemaitytė"  # type: ignore[union-attr]


def test_sqlite_errors_the_user_can_fix_are_shown_as_book_problems(qtbot: QtBot) -> None:
    problem = errors.user_problem(sqlite3.OperationalError("database or disk is full"))
    assert problem is not None and "full" in str(problem)
    box = errors.show_exception(StoreError, StoreError("read-only"), None)
    qtbot.addWidget(box)
    assert box.icon() == box.Icon.Warning and box.text() == "read-only"


def test_a_bug_is_not_hidden(qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    try:
        raise KeyError("oops")
    except KeyError as exc:
        box = errors.show_exception(KeyError, exc, exc.__traceback__)
    qtbot.addWidget(box)
    assert box.icon() == box.Icon.Critical
    assert "KeyError" in box.detailedText()
    assert "KeyError" in capsys.readouterr().err


def test_a_bug_goes_into_the_log_without_its_message(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The log says which bug hit and where, at the default level; the message (which may
    quote a contact) is left out."""
    log_path = logs.configure(tmp_path, "INFO")
    try:
        name = "Øde" + "gård"  # a contact's name in the message (the stack shows the source)
        try:
            {}[name]
        except KeyError as exc:
            box = errors.show_exception(KeyError, exc, exc.__traceback__)
        qtbot.addWidget(box)
        box = errors.show_exception(StoreError, StoreError("The book is read-only."), None)
        qtbot.addWidget(box)
    finally:
        logging.getLogger().handlers[-1].flush()
    text = log_path.read_text("utf-8")
    assert "ERROR" in text and "Uncaught KeyError" in text
    assert "test_a_bug_goes_into_the_log_without_its_message" in text  # the stack
    assert name not in text
    assert "WARNING" in text and "The book is read-only." in text
    capsys.readouterr()
