"""The Today view: overdue follow-ups, today's, the next 7 days', and contacts past their
keep-in-touch cadence — each row actionable in place (done, snooze, open contact, log call).

``TodayView(services, parent=None, undo_stack=None)``; call ``refresh()`` when the book changes.
With the window's ``undo_stack``, Done is undone by Ctrl+Z (here or in the window) like every
other edit. Signals:
``open_contact(int)`` (Enter, double-click or the button), ``changed(Change)`` after a write
made here. On a keep-in-touch row, Done and Log call open the log-call dialog, and a snooze
schedules a "Keep in touch" follow-up instead (which takes the contact off that list). The
keep-in-touch list shows how many contacts qualify and loads them all, a page at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rolodex.services.changes import Change
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.followups import Snooze
from rolodex.services.crm.records import CadenceDue, CrmError, FollowUpData
from rolodex.team import today as team_today
from rolodex.ui.crm.activity_dialog import ActivityDialog
from rolodex.ui.crm.followup_dialog import FollowUpDialog
from rolodex.ui.crm.format import show_due, to_local
from rolodex.ui.crm.undo import CompleteFollowUp

Row = FollowUpData | CadenceDue
_Index = QModelIndex | QPersistentModelIndex
SECTIONS = ("overdue", "today", "upcoming", "cadence")
COL_DUE, COL_CONTACT, COL_SUBJECT = range(3)


class TodayModel(QAbstractTableModel):
    """One Today list: due, contact and subject of follow-ups or keep-in-touch reminders.

    With ``fetch`` (rows from an offset on) and ``total``, the list is loaded a page at a time
    as the view scrolls (Qt's ``canFetchMore``/``fetchMore``), so a list of thousands is all
    there without building thousands of rows up front."""

    def __init__(
        self,
        services: CrmServices,
        parent: Any = None,
        fetch: Callable[[int], Sequence[Row]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[Row] = []
        self.fetch = fetch
        self.total = 0

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.fetch is not None and len(self.rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self.fetch is None:
            return
        more = list(self.fetch(len(self.rows)))[: self.total - len(self.rows)]
        if not more:
            self.total = len(self.rows)  # the list shrank since it was counted
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def load_all(self) -> None:
        """Fetch every remaining page (a test, or a caller that needs the whole list)."""
        while self.canFetchMore():
            before = len(self.rows)
            self.fetchMore()
            if len(self.rows) == before:
                break

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Due"), self.tr("Contact"), self.tr("Subject"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(row, FollowUpData):
            return row.notes or None
        if role == Qt.ItemDataRole.UserRole:
            return row.contact_id
        return None

    def _text(self, row: Row, column: int) -> str:
        if column == COL_CONTACT:
            return row.contact_name
        if isinstance(row, FollowUpData):
            if column == COL_DUE:
                return show_due(row.due_date, row.due_time)
            return ("! " if row.priority > 0 else "") + row.subject
        if column == COL_DUE:
            if row.since is None:
                return self.tr("Never contacted")
            return show_due(to_local(row.since, self.services.clock).date(), None)
        return self.tr("Keep in touch every %n day(s)", "", row.days)


class TodayView(QWidget):
    """Four lists and one row of actions that work on the selected row."""

    open_contact = Signal(int)
    changed = Signal(object)

    def __init__(
        self, services: CrmServices, parent: Any = None, undo_stack: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack
        self.models: dict[str, TodayModel] = {}
        self.views: dict[str, QTableView] = {}
        self.headers: dict[str, QLabel] = {}
        self.active = "overdue"
        self.dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_actions())
        for key in SECTIONS:
            self._build_section(key, layout)
        self.nothing_due = QLabel(self.tr("Nothing due"))
        self.nothing_due.setObjectName("nothingDue")
        self.nothing_due.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_due.setEnabled(False)  # drawn in the secondary text colour
        layout.addWidget(self.nothing_due, 1)
        self.refresh()

    def _build_actions(self) -> QHBoxLayout:
        self.done_action = QAction(self.tr("&Done"), self, triggered=self.mark_done)
        self.open_action = QAction(self.tr("&Open contact"), self, triggered=self.open_current)
        self.call_action = QAction(self.tr("&Log call…"), self, triggered=self.log_call)
        self.snooze_menu = QMenu(self.tr("&Snooze"), self)
        for label, choice in (
            (self.tr("1 hour"), Snooze.HOUR),
            (self.tr("Tomorrow"), Snooze.TOMORROW),
            (self.tr("Next week"), Snooze.NEXT_WEEK),
        ):
            self.snooze_menu.addAction(label, lambda c=choice: self.snooze(c))
        self.snooze_menu.addAction(self.tr("Pick a date…"), self.pick_date)
        bar = QHBoxLayout()
        for action in (self.done_action, self.open_action, self.call_action):
            button = QToolButton()
            button.setDefaultAction(action)
            bar.addWidget(button)
        snooze = QPushButton(self.tr("S&nooze"))
        snooze.setMenu(self.snooze_menu)
        bar.addWidget(snooze)
        bar.addStretch(1)
        self._add_undo_keys()
        self.everyone = QCheckBox(self.tr("&Everyone's"))  # issue 11: mine by default
        self.everyone.setToolTip(self.tr("Show the whole team's follow-ups, not only yours"))
        self.everyone.toggled.connect(self.refresh)
        bar.addWidget(self.everyone)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.refresh)
        bar.addWidget(refresh)
        return bar

    def _add_undo_keys(self) -> None:
        """Ctrl+Z / Ctrl+Shift+Z here too: the window's shortcuts do not reach this dialog."""
        if self.undo_stack is None:
            return
        undo = self.undo_stack.createUndoAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_stack.indexChanged.connect(self._on_undo_index)

    def _on_undo_index(self, _index: int) -> None:
        self.refresh()  # a Done here (or anything in the window) was undone or redone

    def _build_section(self, key: str, layout: QVBoxLayout) -> None:
        header = QLabel()
        header.setStyleSheet("font-weight: bold")
        fetch = self.services.followups.cadence_page if key == "cadence" else None
        model = TodayModel(self.services, self, fetch)
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.activated.connect(lambda _i, k=key: self._activate(k))
        view.selectionModel().currentRowChanged.connect(lambda *_a, k=key: self._focus(k))
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addActions([self.done_action, self.open_action, self.call_action])
        view.addAction(self.snooze_menu.menuAction())
        self.models[key], self.views[key], self.headers[key] = model, view, header
        layout.addWidget(header)
        layout.addWidget(view, 1)

    def refresh(self) -> None:
        """Reload all four lists from the services."""
        data = self.services.followups.today()
        if not self.everyone.isChecked():
            data = team_today.mine(data, self.services.followups)
        lists: dict[str, list[Row]] = {
            "overdue": list(data.overdue),
            "today": list(data.today),
            "upcoming": list(data.upcoming),
            "cadence": list(data.past_cadence),
        }
        titles = {
            "overdue": self.tr("Overdue (%n)", "", data.overdue_total),
            "today": self.tr("Today (%n)", "", len(data.today)),
            "upcoming": self.tr("Next 7 days (%n)", "", len(data.upcoming)),
            "cadence": self.tr("Time to get in touch (%n)", "", data.cadence_total),
        }
        self.models["cadence"].total = data.cadence_total
        for key in SECTIONS:
            self.models[key].set_rows(lists[key])
            self.headers[key].setText(titles[key])
            self.views[key].setVisible(bool(lists[key]))
        self.nothing_due.setVisible(not any(lists.values()))

    def _focus(self, key: str) -> None:
        self.active = key
        for other, view in self.views.items():
            if other != key:
                view.selectionModel().clearSelection()

    def _activate(self, key: str) -> None:
        self._focus(key)
        self.open_current()

    def select(self, key: str, row: int) -> None:
        """Select a row of one list (actions then work on it)."""
        view = self.views[key]
        view.setCurrentIndex(self.models[key].index(row, 0))
        self._focus(key)

    def current(self) -> Row | None:
        """The selected row of the list last worked in."""
        index = self.views[self.active].currentIndex()
        rows = self.models[self.active].rows
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _done(self, change: Change) -> None:
        self.refresh()
        self.changed.emit(change)

    def mark_done(self) -> None:
        row = self.current()
        if isinstance(row, CadenceDue):
            self.log_call()
        elif row is not None and row.id is not None and self.undo_stack is not None:
            self.undo_stack.push(CompleteFollowUp(self.services, row.id, self.changed.emit))
        elif row is not None and row.id is not None:
            self._write(lambda: self.services.followups.complete(row.id).changes[0])

    def snooze(self, choice: Snooze) -> None:
        row = self.current()
        if isinstance(row, FollowUpData) and row.id is not None:
            self._write(lambda: self.services.followups.snooze(row.id, choice))
        elif isinstance(row, CadenceDue):
            self._write(lambda: self._keep_in_touch(row, choice))

    def _keep_in_touch(self, row: CadenceDue, choice: Snooze) -> Change:
        now = to_local(self.services.clock.now(), self.services.clock)
        later = now + (timedelta(hours=1) if choice is Snooze.HOUR else timedelta(0))
        days = {Snooze.HOUR: 0, Snooze.TOMORROW: 1, Snooze.NEXT_WEEK: 7}[choice]
        data = FollowUpData(
            contact_id=row.contact_id,
            due_date=later.date() + timedelta(days=days),
            due_time=later.time().replace(second=0, microsecond=0) if days == 0 else None,
            subject=self.tr("Keep in touch"),
        )
        return self.services.followups.add(data)

    def _write(self, operation: Any) -> None:
        try:
            change = operation()
        except CrmError as exc:
            self.headers[self.active].setText(str(exc))
            return
        self._done(change)

    def pick_date(self) -> FollowUpDialog | None:
        row = self.current()
        if row is None:
            return None
        item = row if isinstance(row, FollowUpData) else None
        dialog = FollowUpDialog(self.services, row.contact_id, row.contact_name, item, self)
        dialog.saved.connect(self._done)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_current(self) -> None:
        row = self.current()
        if row is not None:
            self.open_contact.emit(row.contact_id)

    def log_call(self) -> ActivityDialog | None:
        row = self.current()
        if row is None:
            return None
        dialog = ActivityDialog(self.services, row.contact_id, row.contact_name, "call", None, self)
        dialog.saved.connect(self._done)
        dialog.followup_scheduled.connect(self._done)
        self.dialog = dialog
        dialog.open()
        return dialog
