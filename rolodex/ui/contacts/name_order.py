"""View › Sort by: "Given Family" or "Family, Given". The choice is the book's (it decides the
stored sort keys, like the alphabet in Preferences) and so is remembered with it; it changes
both the order of the list and how names read there. Re-sorting runs on the worker thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from rolodex.db import StoreError
from rolodex.services import prefs
from rolodex.services.changes import Change

if TYPE_CHECKING:
    from rolodex.ui.main_window.window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("NameOrder", text)


def add_sort_menu(window: MainWindow, view_menu: QMenu) -> QMenu:
    """Add the "Sort by" submenu to the View menu."""
    menu = view_menu.addMenu(_tr("&Sort by"))
    group = QActionGroup(menu)
    family_first = window.family_first()
    for text, family in ((_tr("&Given Family"), False), (_tr("&Family, Given"), True)):
        action = QAction(text, menu, checkable=True, checked=family == family_first)
        action.setData(family)
        action.triggered.connect(lambda _c=False, f=family: sort_by(window, f))
        group.addAction(action)
        menu.addAction(action)
    window.sort_menu = menu
    return menu


def sort_by(window: MainWindow, family_first: bool) -> None:
    """Re-sort the book (in the background) and show the list in the new order."""
    from rolodex.services.resort import sort_names_by
    from rolodex.ui.worker import run_in_background

    if prefs.family_first() == family_first:
        return

    def work(_progress: Any, _cancelled: Any) -> Change:
        return sort_names_by(family_first)

    def failed(exc: Exception) -> None:
        if not isinstance(exc, StoreError):
            raise exc
        window.statusBar().showMessage(str(exc), 8000)
        _check(window)

    window.statusBar().showMessage(_tr("Sorting every name…"))
    run_in_background(window, work, on_done=lambda change: _done(window, change), on_error=failed)


def _done(window: MainWindow, change: Change) -> None:
    window.statusBar().clearMessage()
    window.contacts_changed(change)
    _check(window)


def _check(window: MainWindow) -> None:
    """Tick what is in force (after a failure, the old order)."""
    family_first = prefs.family_first()
    for action in window.sort_menu.actions():
        action.setChecked(action.data() == family_first)
