"""The View menu's sales entries: Pipeline (Ctrl+Shift+P), Dashboard (Ctrl+Shift+D) and
Campaigns, each opening its own window (one of each; a second choice brings it to the front),
and "New deal for this contact…" for the contact the details pane shows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from rolodex.ui.main_window.window import MainWindow


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
    campaigns = QAction(_tr("Ca&mpaigns"), window)
    campaigns.triggered.connect(lambda: _show(window, "_campaigns_window", _new_campaigns))
    new_deal = QAction(_tr("New d&eal for this contact…"), window)
    new_deal.triggered.connect(lambda: _new_deal(window))
    menu.addSeparator()
    menu.addActions([board, dashboard, campaigns, new_deal])
    return [board, dashboard, campaigns, new_deal]


def _new_deal(window: MainWindow) -> None:
    from rolodex.ui.sales.deal_dialog import edit_deal

    contact_id = window.editor.contact_id
    if contact_id is not None and edit_deal(window, contact_id=contact_id):
        window.details.refresh()


def _new_campaigns(window: MainWindow) -> Any:
    from rolodex.ui.sales.campaign_dialog import MainSelection
    from rolodex.ui.sales.campaigns_window import open_campaigns

    def selection() -> MainSelection:
        return MainSelection(window.search_box.text().strip(), tuple(window.selected_ids()))

    return open_campaigns(window, selection)


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
