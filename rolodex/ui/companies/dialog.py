"""The Companies window: every company with its number of people; edit one, see its people
(Enter or double-click opens a person in the main window) and its timeline (the activities
logged also on the company), merge another company into it (undoable with Ctrl+Z), add
companies, move them to the Trash and, with "Show deleted companies" ticked, restore them with
their people.

``CompanyDialog(parent, undo_stack=None, services=None)``: merges go on ``undo_stack`` (by
default the parent's ``undo_stack``, so the main window's Undo also takes one back)."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rolodex.records import CompanyData
from rolodex.services.companies import CompanyService, CompanySummary
from rolodex.services.company_merge import CompanyMergeError
from rolodex.services.contacts import TRASH_DAYS
from rolodex.services.crm.bundle import CrmServices
from rolodex.textfold import fold
from rolodex.ui.companies.merge_dialog import CompanyMergeDialog, MergeCompaniesCommand
from rolodex.ui.companies.models import IdRole, SummaryRole
from rolodex.ui.companies.widgets import CompanyWidgets

EDITOR_PAGE, TRASH_PAGE = range(2)
PEOPLE_TAB, TIMELINE_TAB, CHANGES_TAB = range(3)
SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect


class CompanyDialog(CompanyWidgets, QDialog):
    """Browse and edit companies; emits every Change so the main window refreshes."""

    company_changed = Signal(object)
    open_contact_requested = Signal(int)

    def __init__(
        self,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
        services: CrmServices | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Companies"))
        self.resize(900, 620)
        self.service = CompanyService()
        self.crm = services or CrmServices.create()
        shared = getattr(parent, "undo_stack", None)
        self.undo_stack = undo_stack or (shared if isinstance(shared, QUndoStack) else None)
        self.undo_stack = self.undo_stack or QUndoStack(self)
        self._build_list()
        self._build_editor()
        self._build_trash_page()
        self._build()
        self.reload()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        for widget in (self.filter, self.companies, self.show_deleted, self.new_button):
            left_box.addWidget(widget, 1 if widget is self.companies else 0)
        editor = QWidget()
        editor_box = QVBoxLayout(editor)
        editor_box.setContentsMargins(0, 0, 0, 0)
        editor_box.addWidget(self.form)
        editor_box.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addWidget(self.merge_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        editor_box.addLayout(row)
        trash = QWidget()
        trash_box = QVBoxLayout(trash)
        trash_box.addWidget(self.trash_note)
        trash_box.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        trash_box.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(editor)
        self.pages.addWidget(trash)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setSizes([300, 560])
        self.status = QLabel()
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.addAction(self.undo_action)
        undo_button = QToolButton()
        undo_button.setDefaultAction(self.undo_action)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(undo_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    # -- the list -----------------------------------------------------------------------------
    def in_trash(self) -> bool:
        return self.show_deleted.isChecked()

    def reload(self, *_args: object, select: int | None = None, row: int = 0) -> None:
        """List the companies (live or deleted) matching the filter; keep or pick a current one:
        ``select`` (an id), else the current one, else the one now at ``row``."""
        self._filter_timer.stop()
        wanted = select if select is not None else self.current_id()
        self.model.set_companies(self._summaries())
        found = self.model.row_of(wanted)
        self._set_current_row(found if found >= 0 else min(row, self.model.rowCount() - 1))

    def _summaries(self) -> list[CompanySummary]:
        query = self.filter.text()
        if not self.in_trash():
            return self.service.list_companies(query)
        key = fold(query.strip())
        return [s for s in self.service.trash() if key in fold(s.name)]

    def _set_current_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        with QSignalBlocker(self.companies.selectionModel()):
            if index.isValid():
                self.companies.selectionModel().setCurrentIndex(index, SELECT)
                self.companies.scrollTo(index)
            else:
                self.companies.selectionModel().clear()
        self._show_current()

    def current_id(self) -> int | None:
        index = self.companies.selectionModel().currentIndex()
        return int(index.data(IdRole)) if index.isValid() else None

    def current_summary(self) -> CompanySummary | None:
        index = self.companies.selectionModel().currentIndex()
        return self.model.summary(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.companies.selectionModel().selectedRows())
        return [int(self.model.index(r, 0).data(IdRole)) for r in rows]

    def _show_current(self, *_args: object) -> None:
        if self.in_trash():
            self._update_trash_note()
        else:
            company_id = self.current_id()
            detail = self.service.get(company_id) if company_id is not None else None
            self.form.load(detail.data if detail else CompanyData())
            self.people_model.set_ids(detail.people if detail else [])
            self.changes.show_company(detail.data.id if detail else None)
            self._show_timeline(detail.data.id if detail else None)
        self._update_buttons()

    def _people_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.addWidget(self.people, 1)
        box.addWidget(self.people_label)
        return tab

    def _show_timeline(self, company_id: int | None) -> None:
        if company_id is None:
            self.timeline.show_contact(None)
        else:
            self.timeline.show_company(company_id)
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        people, activities = self.people_model.rowCount(), self.timeline.model.rowCount()
        self.tabs.setTabText(PEOPLE_TAB, self.tr("&People (%n)", "", people))
        self.tabs.setTabText(TIMELINE_TAB, self.tr("&Timeline (%n)", "", activities))
        self.tabs.setTabText(CHANGES_TAB, self.tr("C&hanges (%n)", "", self.changes.count()))

    def _update_buttons(self, *_args: object) -> None:
        self.delete_button.setEnabled(self.form.data().id is not None)
        self.merge_button.setEnabled(self.form.data().id is not None)
        self.restore_button.setEnabled(bool(self.selected_ids()))

    def _update_trash_note(self) -> None:
        if self.model.rowCount() == 0 and not self.filter.text().strip():
            self.trash_note.setText(self.tr("There are no companies in the Trash."))
            return
        self.trash_note.setText(
            self.tr(
                "Deleted companies stay in the Trash for {days} days. Select one or more and "
                "press Restore: each comes back with its people."
            ).format(days=TRASH_DAYS)
        )

    def _toggle_deleted(self, on: bool, select: int | None = None) -> None:
        mode = QAbstractItemView.SelectionMode
        self.companies.setSelectionMode(mode.ExtendedSelection if on else mode.SingleSelection)
        self.pages.setCurrentIndex(TRASH_PAGE if on else EDITOR_PAGE)
        self.new_button.setEnabled(not on)
        with QSignalBlocker(self.companies.selectionModel()):
            self.companies.selectionModel().clear()  # a live id means nothing in the Trash
        self.reload(select=select)

    # -- actions ------------------------------------------------------------------------------
    def new_company(self) -> None:
        with QSignalBlocker(self.companies.selectionModel()):
            self.companies.selectionModel().clear()
        self.form.load(CompanyData())
        self.people_model.set_ids([])
        self.form.fields["name"].setFocus()
        self._update_buttons()

    def save(self) -> None:
        data = self.form.data()
        if not data.name:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("A company needs a name."))
            self.form.fields["name"].setFocus()
            return
        change = self.service.save(data)
        self.reload(select=change.ids[0])
        self.status.setText(self.tr("Saved “{name}”.").format(name=data.name))
        self.company_changed.emit(change)

    def delete(self) -> None:
        summary = self.current_summary()
        data = self.form.data()
        if data.id is None or not self._confirm_delete(data.name, summary):
            return
        row = self.companies.selectionModel().currentIndex().row()
        change = self.service.delete([data.id])
        self.reload(row=max(row, 0))  # the deleted one is gone: its neighbour
        self.status.setText(
            self.tr("Moved “{name}” to the Trash. Tick “Show deleted companies” to restore it.")
            .format(name=data.name)
        )  # fmt: skip
        self.company_changed.emit(change)

    def _confirm_delete(self, name: str, summary: CompanySummary | None) -> bool:
        people = summary.people if summary is not None else 0
        question = self.tr("Move “{name}” to the Trash?").format(name=name)
        details = self.tr(
            "You can restore it for {days} days (tick “Show deleted companies”)."
        ).format(days=TRASH_DAYS)
        if people:
            details += " " + self.tr(
                "Its people ({count}) stay in the book, shown without a company until it is "
                "restored."
            ).format(count=people)
        answer = QMessageBox.question(
            self,
            self.tr("Move company to the Trash"),
            question + "\n\n" + details,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = [self.model.index(self.model.row_of(i), 0).data(SummaryRole).name for i in ids]
        change = self.service.restore(ids)
        with QSignalBlocker(self.show_deleted):
            self.show_deleted.setChecked(False)
        self._toggle_deleted(False, select=ids[0])
        shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
        self.status.setText(self.tr("Restored with their people: {names}.").format(names=shown))
        self.company_changed.emit(change)

    def merge(self) -> None:
        """Pick a company and merge it into the one shown (Ctrl+Z undoes)."""
        keep = self.current_summary()
        if keep is None or self.in_trash():
            return
        dialog = CompanyMergeDialog(keep, self)
        other = dialog.picked() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if other is None:
            return
        try:
            self.undo_stack.push(MergeCompaniesCommand(keep, other, self._merge_step))
        except CompanyMergeError as exc:
            QMessageBox.warning(self, self.tr("Not merged"), str(exc))
            return
        self.reload(select=keep.id)
        self.status.setText(
            self.tr("Merged “{merged}” into “{kept}”. Ctrl+Z undoes it.")
            .format(merged=other.name, kept=keep.name)
        )  # fmt: skip

    def _merge_step(self, change: object) -> None:
        """A merge or its undo wrote: refresh here and tell the main window."""
        if not self.in_trash():
            self.reload()
        self.company_changed.emit(change)

    # -- opening a person ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a person opens them (Qt's ``activated`` does not fire for Enter on macOS)."""
        if (
            watched is self.people
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.people.currentIndex().isValid()
        ):
            self._open_person(self.people.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _open_person(self, index: QModelIndex) -> None:
        contact_id = self.people_model.id_at(index.row())
        if contact_id is not None:
            self.open_contact_requested.emit(contact_id)
            self.accept()
