"""The View menu's sales entries: Pipeline (Ctrl+Shift+P) and Dashboard (Ctrl+Shift+D), each
opening its own window (one of each; a second choice brings it to the front)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from rolodex.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def add_sales_actions(window: MainWindow, menu: QMenu) -> list[QAction]:
    """Add the entries to ``menu``; returns them."""
    board = QAction(_tr("&Pipeline"), window)
    board.setShortcut("Ctrl+Shift+P")
    board.triggered.connect(lambda: _show(window, "_pipeline_board", _new_board))
    dashboard = QAction(_tr("Dash&board"), window)
    dashboard.setShortcut("Ctrl+Shift+D")
    dashboard.triggered.connect(lambda: _show(window, "_sales_dashboard", _new_dashboard))
    menu.addSeparator()
    menu.addActions([board, dashboard])
    return [board, dashboard]


def _show(window: MainWindow, name: str, make: Any) -> None:
    shown = getattr(window, name, None)
    if shown is None or not shown.isVisible():
        shown = make(window)
        setattr(window, name, shown)
    shown.raise_()
    shown.activateWindow()


def _new_board(window: MainWindow) -> Any:
    from rolodex.ui.sales.board import open_board

    return open_board(window)


def _new_dashboard(window: MainWindow) -> Any:
    from rolodex.ui.sales.dashboard import open_dashboard

    view = open_dashboard(window)
    view.open_contact_requested.connect(window.open_contact)
    return view
