"""Opening a book this version must upgrade: the upgrade runs on the worker thread while a
window says so (before, the app showed nothing until it was done: ~20 s at 100,000 contacts
for migration 10); then the book is open on the UI thread with its contacts intact."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from rolodex.db import close_store, needs_upgrade
from rolodex.migrations import LATEST_VERSION
from rolodex.services.contacts import ContactService
from rolodex.store.sqlite.files import connect, schema_version
from rolodex.ui import worker
from rolodex.ui.app import open_book_for_gui

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def launch(book: Path, tmp_path: Path) -> bool:
    args = argparse.Namespace(db=str(book), data_dir=tmp_path / "data", passphrase_file=None)
    return open_book_for_gui(args, book)


def version_of(book: Path) -> int:
    conn = connect(book, None, readonly=True)
    try:
        return schema_version(conn, book, False)
    finally:
        conn.close()


def test_an_old_book_is_upgraded_off_the_ui_thread_with_a_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    book = tmp_path / "book.db"
    shutil.copy(FIXTURES / "schema_v9.db", book)
    assert needs_upgrade(book)
    seen: list[str] = []

    def look() -> None:  # the UI thread is free while the book upgrades
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        seen.append("upgrading" if shown and "Upgrading" in shown[0].labelText() else "other")

    QTimer.singleShot(0, look)
    try:
        assert launch(book, tmp_path)
        assert seen == ["upgrading"]
        assert version_of(book) == LATEST_VERSION and not needs_upgrade(book)
        names = [r.name for r in ContactService().rows(ContactService().ids())]
        assert "Øystein Bjørnstad" in names  # read on the UI thread's own connection
    finally:
        worker.wait_for_idle()
        close_store()


def test_a_book_already_upgraded_opens_as_before(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    book = tmp_path / "book.db"
    shutil.copy(FIXTURES / f"schema_v{LATEST_VERSION}.db", book)
    assert not needs_upgrade(book) and not needs_upgrade(tmp_path / "new.db")
    try:
        assert launch(book, tmp_path)
    finally:
        close_store()


def test_a_book_that_cannot_be_upgraded_is_explained_in_one_line(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    book = tmp_path / "book.db"
    shutil.copy(FIXTURES / "schema_v9.db", book)
    odd = sqlite3.connect(book)  # a table in the way of migration 10: the upgrade fails
    odd.execute("CREATE TABLE contact_fts_v10 (x)")
    odd.commit()
    odd.close()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.informativeText()))
    try:
        assert not launch(book, tmp_path)
    finally:
        worker.wait_for_idle()
        close_store()
    assert len(told) == 1 and "\n" not in told[0] and "contact_fts_v10" in told[0]
    assert version_of(book) == 9  # left as it was
