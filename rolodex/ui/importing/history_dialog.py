"""Import history: every import batch with its counts; undo a whole batch in one step.

Undo runs off the UI thread (a batch may hold 100,000 contacts). It leaves alone what was
changed since the import, and the status line says so ("3 contacts you have edited since were
kept"). Signal: ``changed(Change)`` after an undo.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rolodex.services.importing.service import (
    ImportBatchInfo,
    ImportUndone,
    import_history,
    undo_import,
)
from rolodex.ui.worker import Task, run_in_background

Index = QModelIndex | QPersistentModelIndex


class ImportHistoryModel(QAbstractTableModel):
    """One row per import batch, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._batches: list[ImportBatchInfo] = []

    def set_batches(self, batches: list[ImportBatchInfo]) -> None:
        self.beginResetModel()
        self._batches = list(batches)
        self.endResetModel()

    def batch(self, row: int) -> ImportBatchInfo:
        return self._batches[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._batches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("When"),
            self.tr("Files"),
            self.tr("Imported"),
            self.tr("Merged"),
            self.tr("Skipped"),
            self.tr("State"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._batches):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        b = self._batches[index.row()]
        column = index.column()
        if column == 0:
            return b.created_at.replace("T", " ")[:16]
        if column == 1:
            files = [s for s in b.source.split("; ") if s]
            names = ", ".join(Path(f).name for f in files)
            return b.source if role == Qt.ItemDataRole.ToolTipRole else names
        if column in (2, 3, 4):
            return str((b.imported, b.merged, b.skipped)[column - 2])
        if b.undone_at:
            return self.tr("Undone %1").replace("%1", b.undone_at.replace("T", " ")[:16])
        return self.tr("Imported")


class ImportHistoryDialog(QDialog):
    """List import batches; undo the chosen one."""

    changed = Signal(object)  # Change

    def __init__(
        self,
        history: Callable[[], list[ImportBatchInfo]] = import_history,
        undo: Callable[[int], ImportUndone] = undo_import,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import history"))
        self.resize(760, 400)
        self._history, self._undo = history, undo
        self._task: Task | None = None
        self.model = ImportHistoryModel(self)
        layout = QVBoxLayout(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        layout.addWidget(self.view, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = buttons.addButton(
            self.tr("Undo import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.clicked.connect(self.undo_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_batches(self._history())
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self.status.setText(self.tr("Nothing has been imported yet."))
        self._update_buttons()

    def selected(self) -> ImportBatchInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.batch(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: Any) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.can_undo and self._task is None)

    def undo_selected(self) -> None:
        """Ask, then undo the chosen batch off the UI thread."""
        batch = self.selected()
        if batch is None or not batch.can_undo:
            return
        parts = [self.tr("Undo this import?")]
        if batch.imported:
            parts.append(self.tr("The %n contact(s) it added go to the Trash.", "", batch.imported))
        if batch.merged:
            parts.append(
                self.tr(
                    "What it added to the %n contact(s) it merged into is taken out.",
                    "",
                    batch.merged,
                )
            )
        parts.append(self.tr("Whatever you have changed since is kept."))
        text = " ".join(parts)
        answer = QMessageBox.question(self, self.tr("Undo import"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.status.setText(self.tr("Undoing…"))
        undo, batch_id = self._undo, batch.id  # never ``self`` in the worker thread's hands
        self._task = run_in_background(
            self, lambda _p, _c: undo(batch_id), self._undone, None, self._failed
        )
        self._update_buttons()

    def _undone(self, done: ImportUndone) -> None:
        self._task = None
        self.refresh()
        self.status.setText(self.describe(done))
        self.changed.emit(done.change)

    def describe(self, done: ImportUndone) -> str:
        """The status line after an undo: what it did and what it left alone."""
        lines = [
            self.tr("The import was undone: %n contact(s) moved to the Trash", "", done.trashed)
            + self.tr(", %n merged contact(s) changed back.", "", done.reverted)
        ]
        if done.kept_edited:
            lines.append(
                self.tr("%n contact(s) you have edited since were kept.", "", done.kept_edited)
            )
        if done.kept_changes:
            lines.append(
                self.tr(
                    "%n merged contact(s) keep values you have changed since.",
                    "",
                    done.kept_changes,
                )
            )
        if done.companies_kept:
            lines.append(
                self.tr(
                    "%n company(s) still in use or edited since were kept.",
                    "",
                    done.companies_kept,
                )
            )
        return "\n".join(lines)

    def _failed(self, exc: Exception) -> None:
        self._task = None
        self.status.setText(str(exc))
        self.refresh()

    @property
    def busy(self) -> bool:
        return self._task is not None
