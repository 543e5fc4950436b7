"""Undoable bulk changes and the dialogs that act on every selected contact.

``BulkTag`` adds or removes one tag on many contacts (undo reverts exactly the contacts it
changed); ``BulkActivityDialog`` and ``BulkFollowUpDialog`` are the single-contact CRM dialogs
whose Save logs one activity / schedules one follow-up per selected contact.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from rolodex.services import bulk
from rolodex.services.changes import Change
from rolodex.services.contacts import ContactService
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import CrmError
from rolodex.ui.crm.activity_dialog import ActivityDialog
from rolodex.ui.crm.followup_dialog import FollowUpDialog

Notify = Callable[[Change], None]


class BulkTag(QUndoCommand):
    """Add (or remove) ``tag`` on ``ids``; undo reverts the contacts that changed."""

    def __init__(
        self,
        service: ContactService,
        ids: Sequence[int],
        tag: str,
        adding: bool,
        notify: Notify,
        text: str = "",
    ) -> None:
        super().__init__(text)  # the Edit menu's "Undo …" (translated by the caller)
        self._service, self._ids, self._tag = service, tuple(ids), tag
        self._adding, self._notify = adding, notify
        self._done = False
        self.changed: tuple[int, ...] = ()

    def _apply(self, adding: bool, ids: Sequence[int]) -> Change:
        fn = bulk.add_tag if adding else bulk.remove_tag
        return fn(self._service, ids, self._tag)

    def redo(self) -> None:
        change = self._apply(self._adding, self.changed if self._done else self._ids)
        if not self._done:
            self.changed, self._done = change.ids, True
        self._notify(change)

    def undo(self) -> None:
        self._notify(self._apply(not self._adding, self.changed))


class BulkActivityDialog(ActivityDialog):
    """Log one activity (same kind, time, subject, notes) on every contact in ``ids``."""

    def __init__(
        self, services: CrmServices, ids: Sequence[int], title: str, kind: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(services, ids[0], title, kind, parent=parent)
        self.ids = list(ids)
        self.company_check.setChecked(False)
        self.company_check.hide()  # each contact has its own company (or none)
        self.created: list[int] = []

    def save(self) -> None:
        try:
            self.created = bulk.log_for_all(self.services, self.ids, self.data())
        except CrmError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.saved.emit(Change("activity", tuple(self.created), "created"))
        self.accept()


class BulkFollowUpDialog(FollowUpDialog):
    """Schedule one follow-up (same date, subject, repeat) for every contact in ``ids``."""

    def __init__(
        self, services: CrmServices, ids: Sequence[int], title: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(services, ids[0], title, parent=parent)
        self.ids = list(ids)
        self.created: list[int] = []

    def save(self) -> None:
        try:
            self.created = bulk.schedule_for_all(self.services, self.ids, self.data())
        except CrmError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.saved.emit(Change("followup", tuple(self.created), "created"))
        self.accept()


class CrmCreated(QUndoCommand):
    """Activities or follow-ups a bulk dialog just created; undo deletes them, redo brings
    them back. Pushed with :func:`~rolodex.ui.undo.run_and_push` (they already exist)."""

    def __init__(
        self, services: CrmServices, entity: str, ids: Sequence[int], notify: Notify, text: str = ""
    ) -> None:
        super().__init__(text)
        self._services, self._entity, self._ids, self._notify = services, entity, ids, notify
        self._pushed = False

    def _service(self) -> object:
        return self._services.activities if self._entity == "activity" else self._services.followups

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push runs redo(): the items were just created
            self._pushed = True
            return
        for item in self._ids:
            self._service().restore(item)  # type: ignore[attr-defined]
        self._notify(Change(self._entity, tuple(self._ids), "restored"))

    def undo(self) -> None:
        for item in self._ids:
            self._service().delete(item)  # type: ignore[attr-defined]
        self._notify(Change(self._entity, tuple(self._ids), "deleted"))
