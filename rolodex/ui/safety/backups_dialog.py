"""The Backups dialog: the book's backups (date, kind, size, contact count), "Back up now" and
"Restore…" with a confirmation. Backing up and restoring run on the worker thread; a restore
first backs up the current book, so the dialog says how to undo it.

Connect :attr:`BackupsDialog.restored` to reload every view: the whole book changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rolodex.db import StoreError
from rolodex.safety.backups import BackupInfo, backup_now, list_backups
from rolodex.ui.locale.dates import show_datetime
from rolodex.ui.worker import run_in_background

COL_DATE, COL_KIND, COL_SIZE, COL_CONTACTS = range(4)
InfoRole = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupsDialog", text)


def kind_label(reason: str) -> str:
    """A backup's reason as the user reads it."""
    known = {
        "manual": _tr("Manual"),
        "daily": _tr("Daily"),
        "before-import": _tr("Before import"),
        "before-import-undo": _tr("Before undoing an import"),
        "before-merge": _tr("Before merge"),
        "before-restore": _tr("Before restore"),
        "before-migration": _tr("Before upgrade"),
        "before-encrypt": _tr("Before encryption"),
        "before-decrypt": _tr("Before decryption"),
        "before-change-passphrase": _tr("Before passphrase change"),
    }
    if reason in known:
        return known[reason]
    return _tr("Before %1").replace("%1", reason.removeprefix("before-").replace("-", " "))


def size_label(size: int) -> str:
    value = float(size)
    for unit in (_tr("bytes"), _tr("KB"), _tr("MB")):
        if value < 1000:
            return f"{value:.0f} {unit}" if unit == _tr("bytes") else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} {_tr('GB')}"


class BackupTableModel(QAbstractTableModel):
    """Backups, newest first. ``InfoRole`` gives the :class:`BackupInfo` of a row."""

    HEADERS = ("Date", "Kind", "Size", "Contacts")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backups: list[BackupInfo] = []

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self.backups = list(backups)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.backups):
            return None
        info = self.backups[index.row()]
        if role == InfoRole:
            return info
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (COL_SIZE, COL_CONTACTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(info, index.column())

    def _text(self, info: BackupInfo, column: int) -> str:
        if column == COL_DATE:
            return show_datetime(info.created.astimezone())
        if column == COL_KIND:
            return kind_label(info.reason)
        if column == COL_SIZE:
            return size_label(info.size)
        return str(info.contacts)


class BackupsDialog(QDialog):
    """List, make and restore backups of the open book."""

    backed_up = Signal(object)  # BackupInfo
    restored = Signal(object)  # RestoreResult

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 380)
        self.busy = False
        self.model = BackupTableModel(self)
        self.table = self._make_table()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(lambda _index: self.restore_selected())
        return table

    def refresh(self) -> None:
        """Reload the list from the backup folder."""
        try:
            self.model.set_backups(list_backups())
        except StoreError as exc:
            self.model.set_backups([])
            self.status.setText(str(exc))
        if self.model.rowCount():
            self.table.selectRow(0)
        elif not self.status.text():
            self.status.setText(self.tr("No backups yet. Rolodex makes one every day."))
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], InfoRole) if rows else None

    def _update_buttons(self) -> None:
        self.backup_button.setEnabled(not self.busy)
        self.restore_button.setEnabled(not self.busy and self.model.rowCount() > 0)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy = busy
        self.status.setText(message)
        self._update_buttons()

    def back_up_now(self) -> None:
        self._set_busy(True, self.tr("Backing up…"))
        run_in_background(
            self, lambda _p, _c: backup_now(), on_done=self._backed_up, on_error=self._failed
        )

    def _backed_up(self, info: BackupInfo) -> None:
        self._set_busy(False)
        self.refresh()
        self.status.setText(self.tr("Backed up %n contact(s) (checked).", "", info.contacts))
        self.backed_up.emit(info)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or self.busy:
            return
        checked = self._check(info)
        if checked is None:
            return
        facts, other_book = checked
        if not self._confirm(info, facts):
            return
        from rolodex.safety.restore import restore

        self._set_busy(True, self.tr("Restoring…"))
        run_in_background(
            self,
            lambda _p, _c: restore(info.path, other_book=other_book),
            on_done=self._restored,
            on_error=self._failed,
        )

    def _check(self, info: BackupInfo) -> tuple[Any, bool] | None:
        """What the backup holds and whether it is another book's (the user agreed), or None
        when it cannot or should not be restored (the reason is shown)."""
        from rolodex.safety.restore import OtherBookError, preview

        try:
            return preview(info.path), False
        except OtherBookError as exc:
            self.status.setText(str(exc))
            if not self._confirm_other_book(str(exc)):
                return None
        except StoreError as exc:
            self._failed(exc)
            return None
        try:
            return preview(info.path, other_book=True), True
        except StoreError as exc:
            self._failed(exc)
            return None

    def _confirm_other_book(self, refusal: str) -> bool:
        text = (
            refusal
            + "\n\n"
            + self.tr(
                "Restore it into this book anyway? Its contacts replace this book's; the book "
                "keeps its own identity and its own backups."
            )
        )
        answer = QMessageBox.warning(
            self,
            self.tr("Backup of another book"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _confirm(self, info: BackupInfo, facts: Any) -> bool:
        when = show_datetime(info.created.astimezone())
        text = self.tr(
            "Replace the whole contact book with the backup from %1?\n\n"
            "It holds %2 contacts; its last change was %3.\n\n"
            "The book as it is now is backed up first, so you can undo this by restoring "
            "that backup."
        )
        last = facts.last_change or self.tr("never")
        text = text.replace("%1", when).replace("%2", str(facts.contacts)).replace("%3", last)
        answer = QMessageBox.question(self, self.tr("Restore backup"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _restored(self, result: Any) -> None:
        self._set_busy(False)
        self.refresh()
        self.status.setText(
            self.tr(
                "Restored %n contact(s). To undo, restore the backup marked “Before restore”.",
                "",
                result.contacts,
            )
        )
        self.restored.emit(result)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if not isinstance(exc, StoreError):
            raise exc
        self.status.setText(str(exc))
        QMessageBox.warning(self, self.tr("Backups"), str(exc))
