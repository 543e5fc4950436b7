"""The File menu's "Open shared book…" and "Sync accounts…" entries, and the window title that
names the open book, without their dialogs: :mod:`rolodex.ui.shared_book_dialog` and
:mod:`rolodex.ui.sync.dialog` load when an entry is chosen (their Qt classes alone cost the
first window several ms). The strings keep their dialogs' translation contexts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from rolodex.db import StoreError, bound_database

if TYPE_CHECKING:
    from rolodex.ui.main_window.window import MainWindow
    from rolodex.ui.sync.status import SyncController


def book_label() -> str:
    """How the window title names the open book: its file name, or user@host/db."""
    db = bound_database()
    target = getattr(db, "target", None)  # a server book's (a file's database has none)
    if target is not None:
        from rolodex.store.url import PostgresTarget

        assert isinstance(target, PostgresTarget)
        who = f"{target.user}@" if target.user else ""
        return f"{who}{target.host or 'localhost'}/{target.dbname}"
    return str(db.database).rsplit("/", 1)[-1]


def show_book_in_title(window: QWidget) -> None:
    try:
        label = book_label()
    except StoreError:  # no book open (tests building a bare window)
        return
    title = QCoreApplication.translate("SharedBookDialog", "%1 — Rolodex")
    window.setWindowTitle(title.replace("%1", label))


def add_open_shared_book(window: MainWindow, menu: QMenu) -> QAction:
    """The File menu's "Open shared book…" entry; also names the open book in the title."""
    text = QCoreApplication.translate("SharedBookDialog", "Open &shared book…")
    action = QAction(text, window)
    action.triggered.connect(lambda: _open_shared_book(window))
    menu.addAction(action)
    show_book_in_title(window)
    return action


def _open_shared_book(window: MainWindow) -> None:
    from rolodex.ui.shared_book_dialog import open_shared_book

    open_shared_book(window)


def add_sync_accounts(window: MainWindow, menu: QMenu) -> QAction:
    """The File menu's "Sync accounts…" entry. The background sync behind it starts after the
    first frame (:func:`sync_controller`, from ``MainWindow``'s start), or when chosen."""
    action = QAction(QCoreApplication.translate("SyncDialog", "S&ync accounts…"), window)

    def open_dialog() -> None:
        from rolodex.ui.sync.dialog import SyncAccountsDialog

        SyncAccountsDialog(sync_controller(window), window).open()

    action.triggered.connect(open_dialog)
    menu.addAction(action)
    return action


def sync_controller(window: MainWindow) -> SyncController:
    """The window's background sync (its timer and status-line label), started on first use."""
    controller = getattr(window, "sync_controller", None)
    if controller is None:
        from rolodex.ui.sync.status import attach_sync

        controller = attach_sync(window)
    return controller
