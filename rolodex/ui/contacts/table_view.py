"""The contact list's view: whole rows selected, fixed-height rows, a clickable sort header
with the name order first, and the team's columns hidden until the column chooser shows them
(their state is kept with the header's, see :mod:`rolodex.ui.settings_state`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from rolodex.ui.contacts.model import COL_LAST_BY, COL_NAME, COL_OWNER, ContactTableModel

WIDTHS = (170, 120, 180, 130, 100, 110, 110, 110)  # Name … Last contacted by; Tags stretches


def contact_table(model: ContactTableModel) -> QTableView:
    """A view of ``model``; a click on its header sorts the model."""
    table = QTableView()
    table.setAccessibleName(QCoreApplication.translate("MainWindow", "Contacts"))
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSortIndicatorShown(True)
    header.setSectionsClickable(True)
    header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
    header.sortIndicatorChanged.connect(model.sort)
    header.setStretchLastSection(True)
    for column, width in enumerate(WIDTHS):
        header.resizeSection(column, width)
    for column in (COL_OWNER, COL_LAST_BY):
        header.setSectionHidden(column, True)
    return table


def show_sort(table: QTableView, column: int, order: Qt.SortOrder) -> None:
    """The header's arrow on ``column`` and ``order`` without asking the model to sort (the
    list is in that order already: a new one the server failed)."""
    header = table.horizontalHeader()
    header.blockSignals(True)
    header.setSortIndicator(column, order)
    header.blockSignals(False)
