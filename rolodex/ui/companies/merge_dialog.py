"""Merging two companies from the Companies window: pick the company to merge into the one
shown, read what will happen, press Merge; Ctrl+Z (or Undo) takes it back.

``CompanyMergeDialog(keep, parent)`` lists the other companies (filter as you type) and says
what merging does; ``picked()`` is the chosen company's summary once accepted.
:class:`MergeCompaniesCommand` is the undo-stack entry: its first redo merges.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from rolodex.services.changes import Change
from rolodex.services.companies import CompanyService, CompanySummary
from rolodex.services.company_merge import (
    CompanyMergeResult,
    merge_companies,
    undo_company_merge,
)
from rolodex.ui.companies.models import CompanyListModel

FILTER_DELAY_MS = 200
Notify = Callable[[Change], None]


class CompanyMergeTexts(QObject):
    """The undo entry's name (a QObject's self.tr, so lupdate files it)."""

    def undo_text(self, kept: str, merged: str) -> str:
        return self.tr("Merge “{merged}” into “{kept}”").format(merged=merged, kept=kept)


class MergeCompaniesCommand(QUndoCommand):
    """Merge ``merged`` into ``kept``; undo separates them again exactly as they were."""

    def __init__(self, kept: CompanySummary, merged: CompanySummary, notify: Notify) -> None:
        super().__init__(CompanyMergeTexts().undo_text(kept.name, merged.name))
        self.kept, self.merged, self.notify = kept, merged, notify
        self.result: CompanyMergeResult | None = None

    def redo(self) -> None:
        self.result = merge_companies(self.kept.id, self.merged.id)
        for change in self.result.changes:
            self.notify(change)

    def undo(self) -> None:
        assert self.result is not None
        for change in undo_company_merge(self.result):
            self.notify(change)


class CompanyMergeDialog(QDialog):
    """Pick the company to merge into ``keep``."""

    def __init__(self, keep: CompanySummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keep = keep
        self.setWindowTitle(self.tr("Merge companies"))
        self.resize(480, 420)
        intro = QLabel(self.tr("Merge into “{name}”:").format(name=keep.name))
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter companies"))
        self.filter.setAccessibleName(self.tr("Filter companies"))
        self.filter.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.filter.textChanged.connect(self._timer.start)
        self.model = CompanyListModel(self)
        self.companies = QListView()
        self.companies.setAccessibleName(self.tr("Company to merge"))
        self.companies.setModel(self.model)
        self.companies.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.companies.selectionModel().currentChanged.connect(lambda *_a: self._explain())
        self.companies.doubleClicked.connect(lambda _i: self.accept_if_picked())
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept_if_picked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.filter, self.companies, self.explanation, self.buttons):
            layout.addWidget(widget, 1 if widget is self.companies else 0)
        self.reload()

    def reload(self) -> None:
        self._timer.stop()
        rows = CompanyService().list_companies(self.filter.text())
        self.model.set_companies([r for r in rows if r.id != self.keep.id])
        if self.model.rowCount():
            self.companies.setCurrentIndex(self.model.index(0, 0))
        self._explain()

    def picked(self) -> CompanySummary | None:
        index = self.companies.currentIndex()
        return self.model.summary(index.row()) if index.isValid() else None

    def _explain(self) -> None:
        other = self.picked()
        self.merge_button.setEnabled(other is not None)
        if other is None:
            self.explanation.setText(self.tr("No other company matches."))
            return
        self.explanation.setText(
            self.tr(
                "The people of “{merged}” ({count}) and the activities logged on it move to "
                "“{kept}”; the empty details of “{kept}” are filled from it; “{merged}” goes "
                "to the Trash. Ctrl+Z undoes the merge."
            ).format(merged=other.name, kept=self.keep.name, count=other.people)
        )

    def accept_if_picked(self) -> None:
        if self.picked() is not None:
            self.accept()
