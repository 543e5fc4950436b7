"""The Conflicts list of File → Sync accounts…: the fields changed both here and on the server
since a sync (the local value was kept and sent), each with "Keep mine" or "Take theirs".

Taking theirs sets the field from the server's card in an ordinary edit, so the contact's
views refresh and the next sync sends the merged card. Loading and resolving run on the
worker thread, as everything touching the book does."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rolodex.services.changes import Change
from rolodex.ui.worker import run_in_background

if TYPE_CHECKING:
    from rolodex.store.sync import Conflict

ID_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncConflicts", text)


def _field(name: str) -> str:
    """A merged field's name as the user knows it."""
    from rolodex.ui.contacts.merge_dialog import field_titles

    lists = {
        "emails": _tr("Email addresses"), "phones": _tr("Phone numbers"),
        "addresses": _tr("Addresses"), "websites": _tr("Websites"),
        "ims": _tr("Instant messaging"), "extras": _tr("Other card properties"),
        "tags": _tr("Tags"),
    }  # fmt: skip
    return field_titles().get(name) or lists.get(name, name.replace("_", " "))


def _open(_progress: Any = None, _cancelled: Any = None) -> list[Conflict]:
    from rolodex.sync.review import open_conflicts

    return open_conflicts()


class ConflictsBox(QWidget):
    """The open conflicts of every account, oldest first."""

    changed = Signal(object)  # the Change of a contact whose field was taken from the server

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.keep, self.take = QPushButton(_tr("&Keep mine")), QPushButton(_tr("&Take theirs"))
        self.keep.clicked.connect(lambda: self.resolve("local"))
        self.take.clicked.connect(lambda: self.resolve("remote"))
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep)
        buttons.addWidget(self.take)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        run_in_background(self, _open, self._show)

    def _show(self, conflicts: list[Conflict]) -> None:
        self.list.clear()
        for c in conflicts:
            text = _tr("%1 — %2 (%3)").replace("%1", c.contact).replace(
                "%2", _field(c.field)).replace("%3", c.account)  # fmt: skip
            text += "\n" + _tr("Kept here: %1 · The server had: %2").replace(
                "%1", c.local).replace("%2", c.remote)  # fmt: skip
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, (c.id, c.contact_id))
            self.list.addItem(item)
        self.title.setText(self.tr("%n conflict(s) to review", "", len(conflicts)))
        self.list.setVisible(bool(conflicts))
        if conflicts:
            self.list.setCurrentRow(0)
        self._enable()

    def _enable(self) -> None:
        chosen = self.list.currentItem() is not None
        self.keep.setEnabled(chosen)
        self.take.setEnabled(chosen)

    def resolve(self, take: str) -> None:
        from rolodex.sync.review import resolve

        item = self.list.currentItem()
        if item is None:
            return
        conflict_id, contact_id = item.data(ID_ROLE)
        self.keep.setEnabled(False)
        self.take.setEnabled(False)
        run_in_background(
            self, lambda _p, _c: resolve(conflict_id, take),
            lambda _r: self._resolved(take, contact_id), on_error=self._failed,
        )  # fmt: skip

    def _resolved(self, take: str, contact_id: int) -> None:
        if take == "remote":
            self.changed.emit(Change("contact", (contact_id,), "updated"))
        self.reload()

    def _failed(self, exc: Exception) -> None:
        from rolodex.db import StoreError

        if not isinstance(exc, StoreError):
            raise exc
        self.title.setText(str(exc))
        self.reload()
