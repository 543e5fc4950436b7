"""The History tab follows the contact on the card, but reads only while it is the tab shown:
hidden, it notes that the contact changed and reads once it is chosen. Every contact shown
cost its timeline and follow-ups (on a server book, round trips on the UI thread) although
most users arrow through the list on the Details tab."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from rolodex.ui.main_window.window import MainWindow
    from rolodex.ui.timeline.view import TimelineWidget


class HistoryFollowsCard(QObject):
    """Call :meth:`follow` whenever the card's contact (or its history) may have changed."""

    def __init__(self, window: MainWindow, timeline: TimelineWidget) -> None:
        super().__init__(window)
        self.window, self.timeline, self.stale = window, timeline, True
        window.contact_pane.currentChanged.connect(self._tab_changed)

    def follow(self, *_args: object) -> None:
        self.stale = True
        if self.window.contact_pane.currentWidget() is self.timeline:
            self._show()

    def _tab_changed(self, _index: int) -> None:
        if self.stale and self.window.contact_pane.currentWidget() is self.timeline:
            self._show()

    def _show(self) -> None:
        self.stale = False
        contact_id = self.window.editor.contact_id
        name = name_of(self.window, contact_id) if contact_id is not None else ""
        self.timeline.show_contact(contact_id, name)


def name_of(window: MainWindow, contact_id: int) -> str:
    """The contact's name as the list shows it (its email or company when it has none)."""
    from rolodex.ui.contacts.model import shown_name

    rows = window.service.rows([contact_id])
    return (rows[0].name or shown_name(rows[0])) if rows else ""
