"""How the main window starts: after its first frame, the detail pane, the sidebar counts and
the first contact; when the window shows a book's first page read before the book was opened
(:mod:`rolodex.store.sqlite.glance`), only once the app has opened it (:meth:`book_opened`).
Mixed into :class:`~rolodex.ui.main_window.window.MainWindow`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from rolodex.services import prefs
from rolodex.ui.main_window.file_menu import sync_controller

if TYPE_CHECKING:
    from rolodex.store.sqlite.glance import FirstPage


class Starting:
    """Needs the MainWindow's model, table, tag model and detail pane (a mixin)."""

    first_page: FirstPage | None
    _started: bool
    model: Any
    table: Any
    tag_model: Any
    _build_details: Any
    _select_row: Any
    _update_status: Any

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)  # type: ignore[misc]
        if not self._started:  # after the whole first frame, not before it (start-up time)
            self._started = True
            if self.first_page is None:  # else once the book is open (book_opened)
                QTimer.singleShot(0, self._finish_start)

    def book_opened(self) -> None:
        """The book whose first page the window shows is open: list it from the store (the
        same rows, and every page after them), then finish starting as usual."""
        self.first_page = None
        self.model.set_filter()
        self._update_status()
        if self._started:
            QTimer.singleShot(0, self._finish_start)

    def family_first(self) -> bool:
        """Whether names show as "Family, Given" (the View menu's Sort by)."""
        if self.first_page is not None:  # the book is not open yet
            return self.first_page.family_first
        return prefs.family_first()

    def _finish_start(self) -> None:
        """After the window is on screen: the detail pane, background sync, sidebar counts,
        first contact."""
        self._build_details()
        sync_controller(self)
        self.tag_model.reload()  # the greeting follows the counts (_sidebar_counted)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self._select_row(0)

