"""Recording a campaign's responses: its recipients (frozen when it was sent) with the outcome
each gave; choose one, pick interested / not interested / no answer / unsubscribed or type an
outcome of your own, Record. "Interested" offers a follow-up to call them back; "unsubscribed"
marks the contact do-not-mail and do-not-email (the service does it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rolodex.clock import Clock, SystemClock
from rolodex.sales.campaigns import OUTCOMES, CampaignService
from rolodex.sales.records import Recipient, SalesError
from rolodex.services.crm.bundle import CrmServices

Index = QModelIndex | QPersistentModelIndex


class RecipientModel(QAbstractTableModel):
    """Recipients with their recorded outcome (shown in the user's words)."""

    def __init__(self, names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.names = names
        self.people: list[Recipient] = []
        self.outcomes: dict[int, str] = {}
        self.by_post = False  # a letter campaign shows the address it went to

    def set_data(self, people: list[Recipient], outcomes: dict[int, str]) -> None:
        self.beginResetModel()
        self.people, self.outcomes = people, outcomes
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Sent to"), self.tr("Response"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        person = self.people[index.row()]
        if index.column() == 0:
            return person.name
        if index.column() == 1:
            address = person.address.replace("\n", ", ")
            return address if self.by_post else person.email or address
        outcome = self.outcomes.get(person.contact_id or 0, "")
        return self.names.get(outcome, outcome)


class ResponsesDialog(QDialog):
    """The responses of one campaign; ``follow_up_button`` shows after an "interested"."""

    def __init__(self, campaign_id: int, parent: QWidget | None = None,
                 clock: Clock | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.clock = clock or SystemClock()
        self.service = CampaignService(self.clock)
        self.campaign = self.service.get(campaign_id)
        self.setWindowTitle(self.tr("Responses to %1").replace("%1", self.campaign.name))
        self.model = RecipientModel(self.outcome_names(), self)
        self.model.by_post = self.campaign.channel == "letter"
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.outcome = QComboBox(editable=True)
        for key, text in self.outcome_names().items():
            self.outcome.addItem(text, key)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Notes (optional)"))
        self.record_button = QPushButton(self.tr("&Record"))
        self.record_button.clicked.connect(self.record)
        self.follow_up_button = QPushButton(self.tr("Schedule a &follow-up…"))
        self.follow_up_button.clicked.connect(self.follow_up)
        self.follow_up_button.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._layout()
        self.reload()

    def outcome_names(self) -> dict[str, str]:
        return dict(zip(OUTCOMES, (self.tr("Interested"), self.tr("Not interested"),
                                   self.tr("No answer"), self.tr("Unsubscribed")), strict=True))  # fmt: skip

    def _layout(self) -> None:
        row = QHBoxLayout()
        caption = QLabel(self.tr("Res&ponse:"))
        caption.setBuddy(self.outcome)
        for widget in (caption, self.outcome, self.notes, self.record_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.follow_up_button)
        self.resize(640, 480)

    def reload(self) -> None:
        self.model.set_data(self.service.recipients(self.campaign.id),
                            self.service.responses(self.campaign.id))  # fmt: skip

    def current(self) -> Recipient | None:
        row = self.table.currentIndex().row()
        return self.model.people[row] if 0 <= row < len(self.model.people) else None

    def chosen_outcome(self) -> str:
        """The outcome's key when a listed one is chosen, else what was typed."""
        text = self.outcome.currentText().strip()
        index = self.outcome.findText(text)
        return str(self.outcome.itemData(index)) if index >= 0 else text

    def record(self) -> None:
        """Record the chosen outcome for the selected recipient."""
        person = self.current()
        self.follow_up_button.hide()
        if person is None or person.contact_id is None:
            self.status.setText(self.tr("Choose a recipient in the list first."))
            return
        outcome = self.chosen_outcome()
        try:
            self.service.respond(self.campaign.id, person.contact_id, outcome, self.notes.text())
        except SalesError as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(self.tr("Recorded for %1.").replace("%1", person.name))
        self.notes.clear()
        row = self.table.currentIndex().row()
        self.reload()
        self.table.selectRow(row)
        self._interested = person
        self.follow_up_button.setVisible(outcome == "interested")

    def follow_up(self) -> QDialog:
        """The follow-up dialog for the interested recipient, its subject filled in."""
        from rolodex.ui.crm.followup_dialog import FollowUpDialog

        person = self._interested
        assert person.contact_id is not None
        dialog = FollowUpDialog(
            CrmServices.create(self.clock), person.contact_id, person.name, parent=self
        )
        dialog.subject_edit.setText(self.tr("Call back: %1").replace("%1", self.campaign.name))
        dialog.saved.connect(lambda _change: self.follow_up_button.hide())
        dialog.show()
        return dialog
