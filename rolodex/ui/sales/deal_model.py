"""One pipeline column's deals as a list model: it opens with the first page of cards the
board read with the totals and reads further pages as the view scrolls down (``fetchMore``,
``DealService.page``), never the whole stage; dragging a card out carries its id as
``application/x-rolodex-deal``; dropping one in asks the board to move it. Amounts are
shown in the user's locale (:mod:`rolodex.ui.sales.money_text`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from rolodex.sales.deals import DealService
from rolodex.sales.pipeline import BoardColumn
from rolodex.sales.records import DealData, DealFilter
from rolodex.ui.locale.dates import show_date
from rolodex.ui.sales.money_text import show_money

MIME = "application/x-rolodex-deal"
PAGE = 50
Index = QModelIndex | QPersistentModelIndex
DealIdRole = Qt.ItemDataRole.UserRole + 1


class DealListModel(QAbstractListModel):
    """The cards of one stage."""

    dropped = Signal(int, str)  # deal id, this column's stage name

    def __init__(self, stage: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.stage_id = 0
        self.ids: list[int] = []  # the cards read so far, in order
        self.count = 0  # the stage's deals in all
        self.where = DealFilter()
        self._deals: list[DealData] = []
        self._service = DealService()

    def set_column(self, column: BoardColumn, where: DealFilter) -> None:
        """Show a column as the board read it: its count and its first page of cards."""
        self.beginResetModel()
        self.stage_id, self.count, self.where = column.row.stage.id, column.count, where
        self._deals = list(column.first)
        self.ids = [d.id for d in self._deals]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._deals)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._deals) < self.count

    def fetchMore(self, parent: Index) -> None:
        """The next page of cards (the view asks as it scrolls to the end)."""
        more = self._service.page(self.stage_id, self.where, len(self._deals), PAGE)
        more = [d for d in more if d.id not in set(self.ids)]
        if not more:
            self.count = len(self._deals)
            return
        self.beginInsertRows(QModelIndex(), len(self._deals), len(self._deals) + len(more) - 1)
        self._deals += more
        self.ids += [d.id for d in more]
        self.endInsertRows()

    def deal(self, row: int) -> DealData | None:
        """The deal on ``row``."""
        return self._deals[row] if 0 <= row < len(self._deals) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        deal = self.deal(index.row()) if index.isValid() else None
        if deal is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            who = deal.contact or deal.company
            close = show_date(deal.expected_close) if deal.expected_close else ""
            lines = [deal.title, who, show_money(deal.value_minor, deal.currency)]
            return "\n".join(
                line for line in [*lines, " ".join(p for p in (close, deal.owner) if p)] if line
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{deal.title} — {deal.probability} %"
        if role == DealIdRole:
            return deal.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        ids = [str(self.ids[i.row()]) for i in indexes if i.isValid()]
        data.setData(MIME, ",".join(ids).encode())
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(MIME):
            return False
        for text in bytes(data.data(MIME).data()).decode().split(","):
            if text.isdecimal() and int(text) not in self.ids:
                self.dropped.emit(int(text), self.stage)
        return False  # the board reloads every column; nothing is inserted here
