"""One pipeline column's deals as a list model: it holds the deal ids in order and reads the
cards a page at a time (``DealService.by_ids``), as the contact list does; dragging a card out
carries its id as ``application/x-rolodex-deal``; dropping one in asks the board to move it."""

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

from rolodex.sales import money
from rolodex.sales.deals import DealService
from rolodex.sales.records import DealData

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
        self.ids: list[int] = []
        self._cache: dict[int, DealData] = {}
        self._service = DealService()

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids, self._cache = list(ids), {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def deal(self, row: int) -> DealData | None:
        """The deal on ``row``, reading its page the first time it is needed."""
        if not 0 <= row < len(self.ids):
            return None
        deal_id = self.ids[row]
        if deal_id not in self._cache:
            start = row - row % PAGE
            for found in self._service.by_ids(self.ids[start : start + PAGE]):
                self._cache[found.id] = found
        return self._cache.get(deal_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        deal = self.deal(index.row()) if index.isValid() else None
        if deal is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            who = deal.contact or deal.company
            close = deal.expected_close.isoformat() if deal.expected_close else ""
            lines = [deal.title, who, money.display(deal.value_minor, deal.currency)]
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
