"""The campaigns window: every campaign with its channel, date, whether it was sent, its
recipients and response rate; New campaign… (recipients by tag, by the main window's search
or its selection), Send… (letters, labels, CSV, on the worker thread) and Responses….

The list and its counts are read on the worker thread (an unsent campaign over a big tag runs
its selection to count the recipients; on a server book every count is a round trip): the old
rows stay until the new ones arrive (``loaded``), and a result older than the last asked for
is dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rolodex.clock import Clock, SystemClock
from rolodex.db import StoreError
from rolodex.sales.campaigns import CampaignService
from rolodex.sales.records import CampaignData, CampaignSummary
from rolodex.ui.locale.dates import show_stored
from rolodex.ui.sales.campaign_dialog import CampaignDialog, MainSelection
from rolodex.ui.sales.campaign_responses import ResponsesDialog
from rolodex.ui.sales.campaign_send import SendDialog
from rolodex.ui.worker import run_in_background

Index = QModelIndex | QPersistentModelIndex
Rows = list[tuple[CampaignData, CampaignSummary]]


class CampaignModel(QAbstractTableModel):
    """Campaigns, newest first, with their counts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[CampaignData, CampaignSummary]] = []
        self.channels: dict[str, str] = {}

    def set_rows(self, rows: list[tuple[CampaignData, CampaignSummary]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Campaign"), self.tr("Channel"), self.tr("Date"), self.tr("Sent"),
                self.tr("Recipients"), self.tr("Response rate"))[section]  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        campaign, summary = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 4:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        rate = summary.response_rate
        return (
            campaign.name,
            self.channels.get(campaign.channel, campaign.channel),
            show_stored(campaign.held_on) if campaign.held_on else "",
            show_stored(campaign.sent_at[:10]) if campaign.sent_at else self.tr("not yet"),
            str(summary.recipients),
            "—" if rate is None or not campaign.sent_at else f"{rate * 100:.1f} %",
        )[index.column()]


class CampaignsWindow(QWidget):
    """``selection`` tells what the main window shows (search, selected contacts) right now."""

    loaded = Signal()  # the campaigns read by the last reload are shown

    def __init__(self, selection: Callable[[], MainSelection] = MainSelection,
                 parent: QWidget | None = None, clock: Clock | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Campaigns"))
        self.clock = clock or SystemClock()
        self.selection = selection
        self.service = CampaignService(self.clock)
        self._asked = 0
        self.model = CampaignModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_responses())
        self.new_button = QPushButton(self.tr("&New campaign…"))
        self.send_button = QPushButton(self.tr("&Send…"))
        self.responses_button = QPushButton(self.tr("&Responses…"))
        self.new_button.clicked.connect(self.new_campaign)
        self.send_button.clicked.connect(self.open_send)
        self.responses_button.clicked.connect(self.open_responses)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.send_button, self.responses_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.error = QLabel()  # why the list could not be read (server down...), else hidden
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.reload()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the campaigns and their counts again on the worker thread; show them (and run
        ``then``) when they arrive, unless another reload was asked for meanwhile."""
        self._asked += 1
        number, service = self._asked, self.service

        def read(_progress: object, _cancelled: object) -> Rows:
            return [(c, service.summary(c.id)) for c in reversed(service.campaigns())]

        run_in_background(
            self, read, lambda rows: self._show(number, rows, then), on_error=self._failed
        )

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, StoreError):
            raise error  # a bug: not swallowed
        self.error.setText(self.tr("Cannot read the campaigns: %1").replace("%1", str(error)))
        self.error.show()

    def _show(self, number: int, rows: Rows, then: Callable[[], None] | None) -> None:
        if number != self._asked:
            return  # a newer reload is on its way
        self.error.hide()
        self.model.channels = self.channel_names()
        self.model.set_rows(rows)
        self._enable()
        if then is not None:
            then()
        self.loaded.emit()

    def channel_names(self) -> dict[str, str]:
        return {"letter": self.tr("Letter"), "email": self.tr("Email"),
                "phone": self.tr("Phone"), "event": self.tr("Event")}  # fmt: skip

    def current(self) -> CampaignData | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row][0] if 0 <= row < len(self.model.rows) else None

    def _enable(self) -> None:
        campaign = self.current()
        self.send_button.setEnabled(campaign is not None)
        self.send_button.setText(self.tr("Write files again…") if campaign and campaign.sent_at
                                 else self.tr("&Send…"))  # fmt: skip
        self.responses_button.setEnabled(campaign is not None)

    def new_campaign(self) -> CampaignDialog:
        """The New campaign dialog (non-modal); the list shows the campaign once saved."""
        dialog = CampaignDialog(self.selection(), self, self.service)
        dialog.accepted.connect(lambda: self._saved(dialog.saved_id))
        dialog.show()
        return dialog

    def _saved(self, campaign_id: int | None) -> None:
        self.reload(lambda: self._select(campaign_id))

    def _select(self, campaign_id: int | None) -> None:
        rows = [c.id for c, _ in self.model.rows]
        if campaign_id in rows:
            self.table.selectRow(rows.index(campaign_id))

    def open_send(self) -> SendDialog | None:
        campaign = self.current()
        if campaign is None:
            return None
        dialog = SendDialog(campaign.id, self, self.clock)
        dialog.sent.connect(lambda _result: self._saved(campaign.id))
        dialog.show()
        return dialog

    def open_responses(self) -> ResponsesDialog | None:
        campaign = self.current()
        if campaign is None:
            return None
        dialog = ResponsesDialog(campaign.id, self, self.clock)
        dialog.finished.connect(lambda _code: self._saved(campaign.id))
        dialog.show()
        return dialog


def open_campaigns(parent: Any, selection: Callable[[], MainSelection]) -> CampaignsWindow:
    """The campaigns in their own window."""
    window = CampaignsWindow(selection, parent)
    window.setWindowFlag(Qt.WindowType.Window)
    window.resize(820, 460)
    window.show()
    return window
