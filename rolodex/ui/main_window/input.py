"""The main window's keyboard handling in the search box and list, and
drag-and-drop of contact files. Mixed into :class:`~rolodex.ui.main_window.window.MainWindow`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent

DROP_SUFFIXES = (".vcf", ".vcard", ".csv", ".ldif", ".ldi")


class InputAndStatus:
    """Needs the MainWindow's model, table, search box and trash view (a mixin)."""

    model: Any
    table: Any
    search_box: Any
    trash_view: Any
    menu_actions: Any
    files_dropped: Any

    # -- keyboard, drag and drop, closing --------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_box and _is_escape_override(event):
            event.accept()  # Escape is the search box's own (no shortcut takes it)
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search_box and self._search_key(event):
                return True
            if watched is self.table and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_current()
                return True
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        """Enter or Down in the search box: run the search now and move into the list.
        Escape clears the search; a second Escape (or one in an empty box) goes to the list."""
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if self.search_box.text():
                self.search_box.clear()
                self.apply_filter()
            else:
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            return False
        self.apply_filter()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self._select_row(0)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData().urls())
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)


def _is_escape_override(event: QEvent) -> bool:
    return (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and event.key() == Qt.Key.Key_Escape
    )


def dropped_files(urls: list[Any]) -> list[str]:
    """Local .vcf/.vcard/.csv/.ldif files among dropped URLs."""
    paths = (Path(u.toLocalFile()) for u in urls if u.isLocalFile())
    return [str(p) for p in paths if p.suffix.lower() in DROP_SUFFIXES]
