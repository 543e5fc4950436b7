"""A contact's (or company's) History: the contact's open follow-ups (Done, schedule one),
then activities newest first with their notes, filterable by kind, editable and deletable.

``TimelineWidget(services, undo_stack=None, parent=None)``; call ``show_contact(id, name)`` or
``show_company(id, name)``. Every write — log, edit, delete, Done, a new follow-up — is a
QUndoCommand on ``undo_stack`` (pass the main window's so Ctrl+Z works everywhere; the widget
makes its own otherwise). Signal ``changed(Change)`` after every write, so other views (contact
list "last contacted", Today) can refresh. The list is a :class:`TimelineModel`
(QAbstractListModel) over plain records.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rolodex.services.changes import Change
from rolodex.services.company_activities import company_timeline
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import ActivityData
from rolodex.ui.crm.activity_dialog import ActivityDialog
from rolodex.ui.crm.followup_dialog import FollowUpDialog
from rolodex.ui.crm.format import show_moment
from rolodex.ui.crm.kinds import kind_label
from rolodex.ui.crm.undo import AddFollowUp, CompleteFollowUp, LogActivity, push_done
from rolodex.ui.timeline.followups import FollowUpList

NOTES_LINES = 6  # longer notes are cut here in the list; the tooltip has them whole
ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


class TimelineModel(QAbstractListModel):
    """Activities as list rows: "date · kind · duration", subject, notes, outcome (the whole
    notes as tooltip)."""

    def __init__(self, services: CrmServices, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[ActivityData] = []
        self.with_names = False  # a company's timeline says whom each activity was with
        self.by_names: dict[str, str] = {}

    def set_rows(self, rows: list[ActivityData]) -> None:
        from rolodex.store.users import acting_login
        from rolodex.team.users import UserService

        me = acting_login()  # issue 11: say who logged what, when it was someone else
        self.by_names = UserService().names({r.by for r in rows if r.by and r.by != me})
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
            return self._text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.notes or None
        if role == ID_ROLE:
            return item.id
        if role == KIND_ROLE:
            return item.kind
        return None

    def _text(self, item: ActivityData) -> str:
        assert item.occurred_at is not None
        head = [
            show_moment(item.occurred_at, self.services.clock),
            kind_label(item.kind).capitalize(),
        ]
        if self.with_names and item.contact_name:
            head.append(item.contact_name)
        if item.by in self.by_names:
            head.append(self.tr("by %1").replace("%1", self.by_names[item.by]))
        if item.duration_minutes:
            head.append(self.tr("%1 min").replace("%1", str(item.duration_minutes)))
        lines = [" · ".join(head)]
        if item.subject:
            lines.append(item.subject)
        notes = [line for line in item.notes.strip().splitlines() if line.strip()]
        if len(notes) > NOTES_LINES:
            notes = [*notes[: NOTES_LINES - 1], notes[NOTES_LINES - 1] + " …"]
        lines += notes
        if item.outcome:
            lines.append(self.tr("Outcome: %1").replace("%1", item.outcome))
        return "\n".join(lines)


class DeleteActivity(QUndoCommand):
    """Soft-delete an activity; undo restores it."""

    def __init__(self, widget: TimelineWidget, activity_id: int) -> None:
        super().__init__(_tr("Delete activity"))
        self.widget, self.activity_id = widget, activity_id

    def redo(self) -> None:
        self.widget.apply(self.widget.services.activities.delete(self.activity_id))

    def undo(self) -> None:
        self.widget.apply(self.widget.services.activities.restore(self.activity_id))


class EditActivity(QUndoCommand):
    """An edit already saved by the dialog; undo writes the old version back."""

    def __init__(self, widget: TimelineWidget, before: ActivityData, after: ActivityData) -> None:
        super().__init__(_tr("Edit activity"))
        self.widget, self.before, self.after = widget, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the dialog saved it already
            self._first = False
            return
        self.widget.apply(self.widget.services.activities.update(copy.copy(self.after)))

    def undo(self) -> None:
        self.widget.apply(self.widget.services.activities.update(copy.copy(self.before)))


class TimelineWidget(QWidget):
    """The timeline list with a kind filter and Log / Edit / Delete buttons."""

    changed = Signal(object)

    def __init__(
        self, services: CrmServices, undo_stack: QUndoStack | None = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack or QUndoStack(self)
        self.contact_id: int | None = None
        self.company_id: int | None = None
        self.name = ""
        self.model = TimelineModel(services, self)
        self._build()

    def _build(self) -> None:
        self.heading = QLabel()  # whose history this is: the same contact as every tab
        self.heading.setObjectName("historyHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.kind_filter = QComboBox()
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.log_button = QPushButton(self.tr("&Log…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.log_button.clicked.connect(self.log_activity)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.followups = FollowUpList(self.services)
        self.followups.done_requested.connect(self.mark_done)
        self.followups.add_requested.connect(self.add_followup)
        self.view = QListView()
        self.view.setAccessibleName(self.tr("Activities"))
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setSpacing(2)  # a little air between one activity and the next
        self.view.doubleClicked.connect(lambda _i: self.edit_current())
        self.view.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_current)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        bar = QHBoxLayout()
        for widget in (self.kind_filter, self.log_button, self.edit_button, self.delete_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.followups)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)  # the activities take the height; the rest their own
        self._fill_kinds()
        self._update_buttons()

    def _fill_kinds(self) -> None:
        current = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in self.services.activities.kinds():
            self.kind_filter.addItem(kind_label(kind).capitalize(), kind)
        found = self.kind_filter.findData(current) if current else 0
        self.kind_filter.setCurrentIndex(max(found, 0))
        self.kind_filter.blockSignals(False)

    def show_contact(self, contact_id: int | None, name: str = "") -> None:
        """Show one contact's activities (None: show nothing)."""
        self.contact_id, self.company_id, self.name = contact_id, None, name
        self.heading.setText(name)
        self.followups.setVisible(contact_id is not None)
        self.model.with_names = False
        self.reload()

    def show_company(self, company_id: int, name: str = "") -> None:
        """Show the activities logged also on a company, each with its person's name."""
        self.contact_id, self.company_id, self.name = None, company_id, name
        self.heading.setText(name)
        self.followups.hide()  # follow-ups belong to people; the company's are on each person
        self.model.with_names = True
        self.reload()

    def set_kind_filter(self, kind: str) -> None:
        """Show only ``kind`` ("" for all kinds)."""
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(kind), 0))

    def reload(self) -> None:
        kind = self.kind_filter.currentData() or ""
        if self.contact_id is None and self.company_id is None:
            rows: list[ActivityData] = []
        elif self.company_id is not None:  # what was logged also on the company
            rows = company_timeline(self.company_id, [kind] if kind else [])
        else:
            rows = self.services.activities.timeline(
                contact_id=self.contact_id, kinds=[kind] if kind else []
            )
        self.model.set_rows(rows)
        if self.contact_id is not None:
            self.followups.show_contact(self.contact_id)
        self._update_buttons()

    def current(self) -> ActivityData | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.log_button.setEnabled(self.contact_id is not None)

    def apply(self, change: Change) -> None:
        """Refresh after a write and tell the rest of the app."""
        self._fill_kinds()
        self.reload()
        self.changed.emit(change)

    def delete_current(self) -> None:
        item = self.current()
        if item is not None and item.id is not None:
            self.undo_stack.push(DeleteActivity(self, item.id))

    def edit_current(self) -> ActivityDialog | None:
        item = self.current()
        if item is None or item.contact_id is None:
            return None
        dialog = ActivityDialog(
            self.services, item.contact_id, item.contact_name, activity=copy.copy(item), parent=self
        )
        dialog.saved.connect(lambda change: self._edited(item, dialog, change))
        dialog.open()
        return dialog

    def _edited(self, before: ActivityData, dialog: ActivityDialog, change: Change) -> None:
        self.undo_stack.push(EditActivity(self, before, dialog.data()))
        self.apply(change)

    def log_activity(self) -> ActivityDialog | None:
        if self.contact_id is None:
            return None
        dialog = ActivityDialog(self.services, self.contact_id, self.name, parent=self)
        dialog.saved.connect(self._logged)
        dialog.followup_scheduled.connect(self._scheduled)
        dialog.open()
        return dialog

    def _logged(self, change: Change) -> None:
        if change.kind == "created":
            push_done(self.undo_stack, LogActivity(self.services, change.ids[0], self.apply))
        self.apply(change)

    def _scheduled(self, change: Change) -> None:
        if change.kind == "created":
            push_done(self.undo_stack, AddFollowUp(self.services, change.ids[0], self.apply))
        self.apply(change)

    def add_followup(self) -> FollowUpDialog | None:
        """Schedule a follow-up for the contact shown (undoable once saved)."""
        if self.contact_id is None:
            return None
        dialog = FollowUpDialog(self.services, self.contact_id, self.name, parent=self)
        dialog.saved.connect(self._scheduled)
        dialog.open()
        return dialog

    def mark_done(self, followup_id: int) -> None:
        """Mark a follow-up done; Ctrl+Z reopens it (and removes the repeat it created)."""
        self.undo_stack.push(CompleteFollowUp(self.services, followup_id, self.apply))
