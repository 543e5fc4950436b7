"""Undoable contact operations for the window's QUndoStack (Ctrl+Z / Ctrl+Shift+Z).

Each command calls the contact service and hands the resulting :class:`Change` to a
``notify`` callback so the views refresh: deleting moves to the Trash and undo restores;
saving an edit can be undone back to the previous version; a new contact undone goes to the
Trash. The first ``redo`` is the operation itself (QUndoStack.push runs it).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from rolodex.services.changes import Change

if TYPE_CHECKING:
    from rolodex.records import ContactData
    from rolodex.services.contacts import ContactService

Notify = Callable[[Change], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


class UndoTexts(QObject):
    """The counted command names, in a QObject's ``self.tr`` so lupdate files their plural
    forms (it does not see ``%n`` through ``QCoreApplication.translate``)."""

    def delete_contacts(self, count: int) -> str:
        return self.tr("Delete %n contact(s)", "", count)

    def restore_contacts(self, count: int) -> str:
        return self.tr("Restore %n contact(s)", "", count)


def run_and_push(stack: QUndoStack, command: QUndoCommand) -> None:
    """Do ``command`` now, then put it on the stack. If doing it fails (a StoreError: the book
    is locked, read-only or the disk is full) nothing is pushed and the error propagates, so
    the caller can say so and keep the user's edits."""
    command.redo()
    command.redo = lambda: None  # type: ignore[method-assign]  # push() runs redo(): done already
    try:
        stack.push(command)
    finally:
        del command.redo


class DeleteContacts(QUndoCommand):
    """Move contacts to the Trash; undo brings them back."""

    def __init__(self, service: ContactService, ids: Sequence[int], notify: Notify) -> None:
        super().__init__(UndoTexts().delete_contacts(len(ids)))
        self._service, self._ids, self._notify = service, tuple(ids), notify
        self.last_change: Change | None = None

    def redo(self) -> None:
        self.last_change = self._service.delete(self._ids)
        self._notify(self.last_change)

    def undo(self) -> None:
        self.last_change = self._service.restore(self._ids)
        self._notify(self.last_change)


class RestoreContacts(QUndoCommand):
    """Bring contacts back from the Trash; undo moves them there again."""

    def __init__(self, service: ContactService, ids: Sequence[int], notify: Notify) -> None:
        super().__init__(UndoTexts().restore_contacts(len(ids)))
        self._service, self._ids, self._notify = service, tuple(ids), notify

    def redo(self) -> None:
        self._notify(self._service.restore(self._ids))

    def undo(self) -> None:
        self._notify(self._service.delete(self._ids))


class SaveContact(QUndoCommand):
    """Save a new or edited contact; undo puts back the previous version (or trashes a new one)."""

    def __init__(
        self,
        service: ContactService,
        data: ContactData,
        previous: ContactData | None,
        notify: Notify,
    ) -> None:
        name = data.full_name()
        text = _tr("Edit {name}") if previous is not None else _tr("Add {name}")
        super().__init__(text.format(name=name))
        self._service, self._notify = service, notify
        self._data = copy.deepcopy(data)
        self._previous = copy.deepcopy(previous)
        self.change: Change | None = None

    def redo(self) -> None:
        if self.change is not None and self._previous is None:  # redo of an undone create
            self.change = self._service.restore(self.change.ids)
            self._notify(Change("contact", self.change.ids, "created"))
            return
        self.change = self._service.save(copy.deepcopy(self._data))
        self._data.id = self.change.ids[0]
        self._notify(self.change)

    def undo(self) -> None:
        if self._previous is None:
            assert self.change is not None
            self._notify(self._service.delete(self.change.ids))
            return
        self._notify(self._service.save(copy.deepcopy(self._previous)))
