"""The pipeline board: one column per stage with its count, total and weighted value, the
deals as cards (a :class:`~rolodex.ui.sales.deal_model.DealListModel` per column, never item
widgets), dragged between columns or moved with Ctrl+Left/Ctrl+Right; filters by owner,
expected close month and tag. Every move goes through ``DealService.move`` (recorded)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rolodex.sales import pipeline
from rolodex.sales.deals import DealService
from rolodex.sales.pipeline import BoardColumn
from rolodex.sales.records import DealFilter, PipelineRow, SalesError
from rolodex.ui.sales.deal_dialog import edit_deal
from rolodex.ui.sales.deal_model import DealIdRole, DealListModel
from rolodex.ui.sales.money_text import show_money
from rolodex.ui.sales.stage_names import shown_stage

COLUMN_MIN_WIDTH, COLUMN_MAX_WIDTH = 180, 320  # six stages fit a 1366-pixel-wide screen


def _tr(text: str) -> str:
    return QCoreApplication.translate("PipelineBoard", text)


class CardView(QListView):
    """A column's list of cards; Ctrl+Right / Ctrl+Left ask to move the current card."""

    step_requested = Signal(int)  # +1: next stage, -1: previous
    open_requested = Signal(int)  # Enter or a double-click on a card: its deal id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doubleClicked.connect(self._open)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(int(index.data(DealIdRole)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            event.accept()
            return
        steps = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in steps:
            self.step_requested.emit(steps[Qt.Key(event.key())])
            event.accept()
            return
        super().keyPressEvent(event)


class ChoiceBox(QComboBox):
    """A filter whose choices are read the first time it is opened or stepped through (the
    board opens without them: "everyone" and "any month" need no query)."""

    def __init__(self, anything: str, load: Callable[[], list[str]]) -> None:
        super().__init__()
        self._load: Callable[[], list[str]] | None = load
        self.addItem(anything, None)

    def ensure_loaded(self) -> None:
        if self._load is None:
            return
        values, self._load = self._load(), None
        self.blockSignals(True)
        for value in values:
            self.addItem(value, value)
        self.blockSignals(False)

    def showPopup(self) -> None:
        self.ensure_loaded()
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.ensure_loaded()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.ensure_loaded()
        super().wheelEvent(event)


class StageColumn(QFrame):
    """One stage: its name and probability, its totals, its cards."""

    def __init__(self, row: PipelineRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setMaximumWidth(COLUMN_MAX_WIDTH)
        name = shown_stage(row.stage.name)
        self.title = QLabel(f"<b>{name}</b> · {row.stage.probability} %")
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.totals.setMinimumHeight(3 * self.totals.fontMetrics().lineSpacing())
        self.model = DealListModel(row.stage.name, self)
        self.view = CardView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(name)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setSpacing(3)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.totals, self.view):
            layout.addWidget(widget)

    def show_column(self, column: BoardColumn, currency: str, where: DealFilter) -> None:
        row, t = column.row, column.row.totals
        text = self.tr("%n deal(s)", "", t.count) + " · " + show_money(t.value_minor, currency)
        text += "\n" + self.tr("weighted %1").replace("%1", show_money(t.weighted_minor, currency))
        for code, other in row.other.items():
            text += "\n" + _tr("+ %1 in %2 (not converted)").replace(
                "%1", str(other.count)
            ).replace("%2", code)
        self.totals.setText(text)
        self.model.set_column(column, where)


class PipelineBoard(QWidget):
    """The board; ``deal_moved`` tells the rest of the window a deal changed stage."""

    deal_moved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Pipeline"))
        self.service = DealService()
        self.owner = ChoiceBox(_tr("Everyone"), pipeline.owners)
        self.month = ChoiceBox(_tr("Any month"), pipeline.close_months)
        self.tag = ChoiceBox(_tr("Any tag"), pipeline.tag_names)
        self.columns: list[StageColumn] = []
        self._build()
        self.reload()

    def _build(self) -> None:
        filters = QHBoxLayout()
        for label, box in ((_tr("&Owner:"), self.owner), (_tr("&Close month:"), self.month),
                           (_tr("T&ag:"), self.tag)):  # fmt: skip
            caption = QLabel(label)
            caption.setBuddy(box)
            filters.addWidget(caption)
            filters.addWidget(box)
            box.currentIndexChanged.connect(self.reload)
        filters.addStretch(1)
        self.new_button = QPushButton(_tr("&New deal…"))
        self.new_button.clicked.connect(self.new_deal)
        filters.addWidget(self.new_button)
        self.strip = QHBoxLayout()
        holder = QWidget()
        holder.setLayout(self.strip)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(scroll, 1)
        self.hint = QLabel(_tr("Drag a card to another stage, or press Ctrl+Right / Ctrl+Left. "
                             "Enter or a double-click opens the deal."))
        layout.addWidget(self.hint)

    def current_filter(self) -> DealFilter:
        return DealFilter(owner=self.owner.currentData(), close_month=self.month.currentData(),
                          tag=self.tag.currentData())  # fmt: skip

    def reload(self) -> None:
        """Read the totals and card ids again (cards themselves a page at a time)."""
        where = self.current_filter()
        result, columns = pipeline.board(where)
        if [c.model.stage for c in self.columns] != [c.row.stage.name for c in columns]:
            self._make_columns([c.row for c in columns])
        for widget, column in zip(self.columns, columns, strict=True):
            widget.show_column(column, result.currency, where)

    def _make_columns(self, rows: list[PipelineRow]) -> None:
        for column in self.columns:
            column.setParent(None)
        self.columns = [StageColumn(row) for row in rows]
        for i, column in enumerate(self.columns):
            self.strip.addWidget(column)
            column.model.dropped.connect(self.move)
            column.view.step_requested.connect(lambda step, i=i: self.move_current(i, step))
            column.view.open_requested.connect(self.edit_deal)

    def move_current(self, column: int, step: int) -> None:
        """Move the selected card of ``column`` one stage right (1) or left (-1)."""
        target = column + step
        index = self.columns[column].view.currentIndex()
        if not index.isValid() or not 0 <= target < len(self.columns):
            return
        deal_id = int(index.data(DealIdRole))
        self.move(deal_id, self.columns[target].model.stage)
        self._select(target, deal_id)

    def new_deal(self) -> None:
        """The deal dialog for a new deal; the board shows it once saved."""
        if edit_deal(self):
            self.reload()

    def edit_deal(self, deal_id: int) -> None:
        """The deal dialog for a card (Enter or a double-click)."""
        if edit_deal(self, deal_id):
            self.reload()
            self.deal_moved.emit(deal_id)

    def move(self, deal_id: int, stage: str) -> None:
        try:
            self.service.move(deal_id, stage)
        except SalesError as exc:
            self.hint.setText(str(exc))
            return
        self.reload()
        self.deal_moved.emit(deal_id)

    def _select(self, column: int, deal_id: int) -> None:
        view = self.columns[column].view
        model = self.columns[column].model
        if deal_id in model.ids:
            view.setFocus()
            view.setCurrentIndex(model.index(model.ids.index(deal_id)))


def open_board(parent: Any) -> PipelineBoard:
    """The board in its own window."""
    board = PipelineBoard(parent)
    board.setWindowFlag(Qt.WindowType.Window)
    board.resize(1300, 680)
    board.show()
    return board
