"""The sidebar: "All contacts", every tag with its count, and the Trash.

Each row carries its kind (``all``, ``tag`` or ``trash``), the tag name and a count; the
delegate draws the count right-aligned and grey so names stay easy to scan.

The counts are read again after every change (:meth:`TagModel.reload`). On a file that takes
~45-60 ms at 100,000 contacts and happens at once (a second connection on a thread would cost
more than it saves, an encrypted file its key derivation again). On a server book it is a round trip or more,
so it runs on a thread of its own (a :class:`~rolodex.ui.search_worker.SearchThread`, with its
own connection, so the counts never wait behind a search): the old counts stay in the sidebar
until the new ones come (``counted``), and counts asked for before the newest are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QStyledItemDelegate

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    from rolodex.services.contacts import ContactService

from rolodex.db import StoreError
from rolodex.ui.search_worker import SearchThread, in_background

KindRole = Qt.ItemDataRole.UserRole + 1
TagRole = Qt.ItemDataRole.UserRole + 2
CountRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SidebarEntry:
    kind: str  # "all", "tag" or "trash"
    tag: str | None
    count: int


class TagModel(QAbstractListModel):
    """All contacts, the tags (by name) and the Trash, each with a count."""

    counted = Signal()  # the sidebar shows the counts reload() asked for last
    count_failed = Signal(str)  # one line: the server book could not be read

    def __init__(self, service: ContactService, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._entries: list[SidebarEntry] = []
        self._counter: SearchThread | None = None  # a server book's counts come from it
        self._asked = 0  # the number of the newest counts asked for (older ones are dropped)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n contact(s)", "", entry.count)
        if role == KindRole:
            return entry.kind
        if role == TagRole:
            return entry.tag
        if role == CountRole:
            return entry.count
        return None

    def _title(self, entry: SidebarEntry) -> str:
        if entry.kind == "all":
            return self.tr("All contacts")
        if entry.kind == "trash":
            return self.tr("Trash")
        return entry.tag or ""

    def reload(self) -> None:
        """Read the counts again (after any contact change) and emit ``counted`` once they
        show: on a file at once, on a server book when its thread answers."""
        self._asked += 1  # counts still on their way answer a question no longer asked
        if not in_background():
            self._show(self._asked, read_entries(self._service))
            return
        service = self._service
        self._thread().ask(self._asked, lambda: read_entries(service))

    def _thread(self) -> SearchThread:
        if self._counter is None:
            self._counter = SearchThread(self)
            self._counter.found.connect(self._show)
            self._counter.failed.connect(self._failed)
        return self._counter

    def _show(self, number: int, entries: list[SidebarEntry]) -> None:
        if number != self._asked:
            return
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()
        self.counted.emit()

    def _failed(self, number: int, exc: Exception) -> None:
        if not isinstance(exc, StoreError):
            raise exc  # a bug
        if number == self._asked:  # the old counts stay
            self.count_failed.emit(str(exc))

    def stop_counting(self) -> None:
        """End the counting thread (the window closes, or the book does)."""
        if self._counter is not None:
            self._counter.stop()
            self._counter = None

    def entry(self, row: int) -> SidebarEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, kind: str, tag: str | None = None) -> int:
        for row, entry in enumerate(self._entries):
            if entry.kind == kind and entry.tag == tag:
                return row
        return -1


def read_entries(service: ContactService) -> list[SidebarEntry]:
    """All contacts, each tag carried by a live contact, and the Trash, with their counts."""
    live, trashed = service.live_and_trashed()
    entries = [SidebarEntry("all", None, live)]
    entries += [SidebarEntry("tag", name, n) for name, n in service.tag_counts() if n]
    entries.append(SidebarEntry("trash", None, trashed))
    return entries


class CountDelegate(QStyledItemDelegate):
    """Draws each sidebar row with its count right-aligned in the secondary text colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # Imported here: the sidebar is empty in the first frame, and QStyle's type alone
        # costs ~6 ms of start-up.
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        count = index.data(CountRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = str(count) if count is not None else ""
        width = opt.fontMetrics.horizontalAdvance(text) + 12 if text else 0
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:  # the row background (selection) spans the count too
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget
            )
        opt.rect = QRect(option.rect.adjusted(0, 0, -width, 0))
        super().paint(painter, opt, index)
        if not text:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        painter.setPen(option.palette.color(role))
        box = option.rect.adjusted(option.rect.width() - width, 0, -6, 0)
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()
