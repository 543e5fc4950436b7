"""Reading the contact selected on a server book, off the UI thread.

Everything the detail pane shows of one contact (its :class:`~rolodex.records.ContactData`,
the team revision a save compares with, the card's CRM lines and sales panel) is read in one
go on a :class:`~rolodex.ui.search_worker.SearchThread` of its own. Each request has a number:
an answer to any but the newest (the user arrowed on meanwhile) is dropped, and one still
waiting is replaced, so arrowing fast costs one read in flight and one after it. On a file the
window reads at once instead (:mod:`rolodex.ui.main_window.current`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from rolodex.db import StoreError
from rolodex.records import ContactData
from rolodex.ui.search_worker import SearchThread

if TYPE_CHECKING:
    from rolodex.services.contacts import ContactService
    from rolodex.ui.contacts.card import CardFacts, CardReader


@dataclass(frozen=True)
class ShownContact:
    """One contact as the detail pane shows it, read in one go."""

    data: ContactData
    revision: int | None  # what a colleague's save would move (the editor's base revision)
    card: CardFacts


def read_shown(service: ContactService, card: CardReader, contact_id: int) -> ShownContact | None:
    """Read ``contact_id`` for the pane (None: gone meanwhile). Touches no widget."""
    from rolodex.ui.team.merge_dialog import team_revision

    data = service.get(contact_id)
    if data is None:
        return None
    return ShownContact(data, team_revision(contact_id), card(contact_id))


class ContactLoader(QObject):
    """Asks for one contact at a time; ``loaded`` brings the newest answer (with the id
    asked for), ``failed`` a server error's line."""

    loaded = Signal(int, object)  # the id asked for, its ShownContact (None: gone)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: SearchThread | None = None
        self._asked = 0  # the number of the newest request (older answers are dropped)
        self.waiting: int | None = None  # the contact on its way, if any
        self._then: Callable[[], None] | None = None

    def ask(self, service: ContactService, card: CardReader, contact_id: int) -> None:
        """Read ``contact_id`` on the thread (instead of any contact asked for before)."""
        self._asked += 1
        self.waiting, self._then = contact_id, None
        self._worker().ask(self._asked, lambda: read_shown(service, card, contact_id))

    def then(self, action: Callable[[], None]) -> None:
        """Run ``action`` once the contact waited for is shown (dropped with it)."""
        self._then = action

    def drop(self) -> None:
        """Nothing waited for any more (the selection went back to the contact shown)."""
        self._asked += 1
        self.waiting, self._then = None, None

    def stop(self) -> None:
        """End the thread (the window closes)."""
        self.drop()
        if self._thread is not None:
            self._thread.stop()
            self._thread = None

    def _worker(self) -> SearchThread:
        if self._thread is None:
            self._thread = SearchThread(self)
            self._thread.found.connect(self._found)
            self._thread.failed.connect(self._failed)
        return self._thread

    def _found(self, number: int, shown: ShownContact | None) -> None:
        if number != self._asked or self.waiting is None:
            return
        contact_id, then = self.waiting, self._then
        self.waiting, self._then = None, None
        self.loaded.emit(contact_id, shown)
        if then is not None and shown is not None:
            then()

    def _failed(self, number: int, exc: Exception) -> None:
        if not isinstance(exc, StoreError):
            raise exc  # a bug
        if number == self._asked and self.waiting is not None:
            self.waiting, self._then = None, None
            self.failed.emit(str(exc))
