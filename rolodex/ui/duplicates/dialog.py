"""Find duplicates across the book, shown in groups; merge the checked contacts of a group.

The search runs off the UI thread (it reads the whole book). Choosing a group lists its
contacts with check boxes and why each is there; only contacts a shared email, phone or UID
links are ticked, so a group held together by a name alone merges nothing until the user
ticks who is the same person. "Merge…" opens the :class:`MergeDialog` for the checked ones.
Signals: ``changed(Change)`` after each merge, ``merged(MergePlan, MergeResult)`` for the
window's undo stack (see :class:`rolodex.ui.contacts.merge_dialog.MergeUndoCommand`), and ``ready``
when a search has finished.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rolodex.records import ContactData, ContactRow
from rolodex.services.contacts import ContactService
from rolodex.services.duplicates.find import DuplicateGroup, find_duplicates
from rolodex.services.duplicates.merge import MergeResult, load_for_merge, merge
from rolodex.services.duplicates.merge_plan import MergePlan
from rolodex.ui.contacts.merge_dialog import MergeDialog, MergeFn
from rolodex.ui.duplicates.models import DuplicateGroupsModel, GroupMembersModel
from rolodex.ui.worker import Task, run_in_background

FindFn = Callable[..., list[DuplicateGroup]]
RowsFn = Callable[[Sequence[int]], list[ContactRow]]
LoadFn = Callable[[Sequence[int]], list[ContactData]]


class DuplicatesDialog(QDialog):
    """Groups of likely duplicates; pick a group, tick its contacts, merge."""

    changed = Signal(object)  # Change
    merged = Signal(object, object)  # MergePlan, MergeResult
    ready = Signal()

    def __init__(
        self,
        find: FindFn = find_duplicates,
        rows: RowsFn | None = None,
        load: LoadFn = load_for_merge,
        merge_fn: MergeFn = merge,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(900, 600)
        self._find, self._load, self._merge = find, load, merge_fn
        self._rows = rows or ContactService().rows
        self._task: Task | None = None
        self.merge_dialog: MergeDialog | None = None
        self.groups = DuplicateGroupsModel(self)
        self.members = GroupMembersModel(self)
        self._build()
        self.search()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.progress = QProgressBar()
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        self.group_view = self._table(self.groups)
        self.group_view.selectionModel().selectionChanged.connect(self._group_selected)
        self.member_view = self._table(self.members)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.group_view)
        splitter.addWidget(self.member_view)
        layout.addWidget(splitter, 1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = buttons.addButton(
            self.tr("Merge…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.search_button = buttons.addButton(
            self.tr("Search again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.merge_button.clicked.connect(self.merge_checked)
        self.search_button.clicked.connect(self.search)
        self.members.dataChanged.connect(self._update_buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _table(self, model: Any) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().hide()
        return view

    # -- searching -------------------------------------------------------------------------
    def search(self) -> None:
        """Look for duplicates again (off the UI thread)."""
        if self._task is not None:
            return
        self.status.setText(self.tr("Looking for duplicates…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.search_button.setEnabled(False)
        self.merge_button.setEnabled(False)
        self._task = run_in_background(self, self._work, self._found, self._progress, self._failed)

    def _work(self, progress: Any, cancelled: Any) -> tuple[list[DuplicateGroup], dict]:
        groups = self._find(progress=progress, cancelled=cancelled)
        ids = [i for g in groups for i in g.ids]
        return groups, {r.id: r for r in self._rows(ids)}

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _found(self, result: tuple[list[DuplicateGroup], dict[int, ContactRow]]) -> None:
        self._task = None
        groups, rows = result
        self.groups.set_groups(groups, rows)
        self.members.set_members([])
        self.progress.hide()
        self.search_button.setEnabled(True)
        self._show_count()
        if groups:
            self.group_view.selectRow(0)
        self.ready.emit()

    def _failed(self, exc: Exception) -> None:
        self._task = None
        self.progress.hide()
        self.search_button.setEnabled(True)
        self.status.setText(self.tr("The search failed: %1").replace("%1", str(exc)))
        self.ready.emit()

    def _show_count(self) -> None:
        count = self.groups.rowCount()
        if count:
            self.status.setText(self.tr("%n group(s) of possible duplicates.", "", count))
        else:
            self.status.setText(self.tr("No duplicates found."))

    # -- choosing and merging --------------------------------------------------------------
    def _group_selected(self, *_args: Any) -> None:
        rows = self.group_view.selectionModel().selectedRows()
        if not rows:
            self.members.set_members([])
            self.hint.clear()
        else:
            group = self.groups.group(rows[0].row())
            found = (self.groups.contact_row(i) for i in group.ids)
            ticked = group.strong_ids()
            ticked = ticked if len(ticked) >= 2 else []
            self.members.set_members([r for r in found if r is not None], ticked, group.why)
            self.hint.setText(self._hint(len(ticked), len(group.ids)))
        self._update_buttons()

    def _hint(self, ticked: int, total: int) -> str:
        if ticked == 0:
            return self.tr(
                "Only a name links these contacts, so none is ticked: tick the ones that are"
                " the same person."
            )
        if ticked < total:
            return self.tr(
                "Ticked: the contacts sharing an email, phone or identifier. The others only"
                " share a name: tick them if they are the same person."
            )
        return self.tr("Ticked: the contacts sharing an email, phone or identifier.")

    def _update_buttons(self, *_args: Any) -> None:
        self.merge_button.setEnabled(len(self.members.checked_ids()) >= 2)

    def merge_checked(self) -> None:
        """Open the merge dialog for the checked contacts of the chosen group."""
        ids = self.members.checked_ids()
        contacts = self._load(ids)
        if len(contacts) < 2:
            self.status.setText(self.tr("These contacts were changed meanwhile; search again."))
            return
        dialog = MergeDialog(contacts, self._merge, self)
        dialog.merged.connect(self._merged)
        dialog.finished.connect(dialog.deleteLater)
        self.merge_dialog = dialog
        dialog.open()

    def _merged(self, plan: MergePlan, result: MergeResult) -> None:
        self.groups.drop_contacts(set(plan.others))
        self.groups.update_rows({r.id: r for r in self._rows([plan.survivor])})
        self._show_count()
        self.merged.emit(plan, result)
        self.changed.emit(result.change)
        if self.groups.rowCount() and not self.group_view.selectionModel().hasSelection():
            self.group_view.selectRow(0)
        self._group_selected()

    def done(self, code: int) -> None:
        if self._task is not None:
            self._task.cancel()
        super().done(code)
