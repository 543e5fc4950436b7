"""The open follow-ups at the top of a contact's History: due date and subject, soonest first,
overdue ones in red, with Done and "Follow-up…" (schedule one) next to them.

``FollowUpList(services)`` is a small widget; ``show_contact(id)`` fills it from the follow-up
service. It only asks the service and emits ``done_requested(id)`` / ``add_requested()``: the
History widget does the writes, on the undo stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import FollowUpData
from rolodex.ui.crm.format import show_due

FOLLOWUP_ID_ROLE = Qt.ItemDataRole.UserRole
VISIBLE_ROWS = 3
OVERDUE = QColor("#b00020")
_Index = QModelIndex | QPersistentModelIndex


class FollowUpModel(QAbstractListModel):
    """Open follow-ups as rows "due · subject"; notes as tooltip."""

    def __init__(self, services: CrmServices, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[FollowUpData] = []

    def set_rows(self, rows: list[FollowUpData]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            subject = item.subject or self.tr("(no subject)")
            return f"{show_due(item.due_date, item.due_time)} · {subject}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.notes or None
        if role == Qt.ItemDataRole.ForegroundRole and self._overdue(item):
            return QBrush(OVERDUE)
        if role == FOLLOWUP_ID_ROLE:
            return item.id
        return None

    def _overdue(self, item: FollowUpData) -> bool:
        return item.due_at is not None and item.due_at < self.services.clock.now()


class FollowUpList(QWidget):
    """The open follow-ups of one contact, with Done and Follow-up… buttons."""

    done_requested = Signal(int)
    add_requested = Signal()

    def __init__(self, services: CrmServices, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.contact_id: int | None = None
        self.model = FollowUpModel(services, self)
        self.title = QLabel()
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Open follow-ups"))
        self.title.setBuddy(self.view)
        self.view.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.mark_done())
        self.done_button = QPushButton(self.tr("Do&ne"))
        self.done_button.setToolTip(self.tr("Mark the selected follow-up done (Ctrl+Z undoes)"))
        self.done_button.clicked.connect(self.mark_done)
        self.add_button = QPushButton(self.tr("Follow-&up…"))
        self.add_button.setToolTip(self.tr("Schedule a follow-up for this contact"))
        self.add_button.clicked.connect(self.add_requested)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.done_button)
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_contact(self, contact_id: int | None) -> None:
        """List ``contact_id``'s open follow-ups (None: nothing, and no buttons)."""
        self.contact_id = contact_id
        rows = self.services.followups.for_contact(contact_id) if contact_id is not None else []
        current = self.current_id()
        self.model.set_rows(rows)
        self.title.setText(self.tr("Open follow-ups: %n", "", len(rows)))
        self.view.setVisible(bool(rows))
        self._fit_height()
        ids = [r.id for r in rows]
        row = ids.index(current) if current in ids else 0
        if rows:
            self.view.setCurrentIndex(self.model.index(row))
        self._update_buttons()

    def _fit_height(self) -> None:
        shown = min(max(self.model.rowCount(), 1), VISIBLE_ROWS)
        line = self.view.sizeHintForRow(0) if self.model.rowCount() else 0
        line = line or self.fontMetrics().lineSpacing() + 4
        self.view.setFixedHeight(shown * line + 2 * self.view.frameWidth() + 2)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return int(index.data(FOLLOWUP_ID_ROLE)) if index.isValid() else None

    def _update_buttons(self) -> None:
        self.done_button.setEnabled(self.current_id() is not None)
        self.add_button.setEnabled(self.contact_id is not None)

    def mark_done(self) -> None:
        followup_id = self.current_id()
        if followup_id is not None:
            self.done_requested.emit(followup_id)
