"""Undoable CRM writes for the window's QUndoStack: logging an activity, adding a follow-up and
marking one done undo like every other edit (Ctrl+Z / Ctrl+Shift+Z).

The dialogs store what the user typed themselves; the commands are pushed afterwards with what
was stored, so their first ``redo`` does nothing (:func:`push_done`). Undo calls the services'
delete / reopen; redo brings the same rows back (restore), so ids stay valid across undo and
redo. ``notify`` gets the :class:`Change` of every step so the views refresh.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from rolodex.services.changes import Change
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import ActivityData, Completion

Notify = Callable[[Change], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrmUndo", text)


def push_done(stack: QUndoStack, command: QUndoCommand) -> None:
    """Put a command whose work is already done on ``stack`` without doing it again."""
    command.redo = lambda: None  # type: ignore[method-assign]  # push() runs redo(): done already
    try:
        stack.push(command)
    finally:
        del command.redo


class LogActivity(QUndoCommand):
    """An activity the dialog logged; undo deletes it, redo brings it back."""

    def __init__(self, services: CrmServices, activity_id: int, notify: Notify) -> None:
        super().__init__(_tr("Log activity"))
        self.services, self.activity_id, self.notify = services, activity_id, notify

    def redo(self) -> None:
        self.notify(self.services.activities.restore(self.activity_id))

    def undo(self) -> None:
        self.notify(self.services.activities.delete(self.activity_id))


class AddFollowUp(QUndoCommand):
    """A follow-up the dialog added; undo deletes it, redo brings it back."""

    def __init__(self, services: CrmServices, followup_id: int, notify: Notify) -> None:
        super().__init__(_tr("Add follow-up"))
        self.services, self.followup_id, self.notify = services, followup_id, notify

    def redo(self) -> None:
        self.notify(self.services.followups.restore(self.followup_id))

    def undo(self) -> None:
        self.notify(self.services.followups.delete(self.followup_id))


class CompleteFollowUp(QUndoCommand):
    """Mark a follow-up done (optionally logging ``log``); undo reopens it and takes back the
    activity it logged and the next repeat it created."""

    def __init__(
        self,
        services: CrmServices,
        followup_id: int,
        notify: Notify,
        log: ActivityData | None = None,
    ) -> None:
        super().__init__(_tr("Mark follow-up done"))
        self.services, self.followup_id, self.notify, self.log = services, followup_id, notify, log
        self.done: Completion | None = None

    def redo(self) -> None:
        if self.done is None:  # the first time: complete, logging if asked
            self.done = self.services.followups.complete(self.followup_id, self.log)
            for change in self.done.changes:
                self.notify(change)
            return
        again = self.services.followups.complete(self.followup_id)  # a fresh next repeat
        self.done.next_id = again.next_id
        if self.done.activity_id is not None:
            self.notify(self.services.activities.restore(self.done.activity_id))
        for change in again.changes:
            self.notify(change)

    def undo(self) -> None:
        assert self.done is not None
        if self.done.next_id is not None:
            self.notify(self.services.followups.delete(self.done.next_id))
        if self.done.activity_id is not None:
            self.notify(self.services.activities.delete(self.done.activity_id))
        self.notify(self.services.followups.reopen(self.followup_id))
