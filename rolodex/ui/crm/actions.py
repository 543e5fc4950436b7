"""Keyboard actions that open the CRM dialogs for the selected contact.

``CrmActions(services, host, current_contact)`` adds to ``host`` (the main window) "Log call…"
(Ctrl+L: two keys, then Enter saves) and "Schedule follow-up…" (Ctrl+Shift+F).
``current_contact()`` returns ``(id, name)`` of the selected contact, or None. Signals:
``changed(Change)`` after the dialogs write, ``dialog_opened(QDialog)``. With ``undo_stack``
the activity logged and the follow-up added are undoable (Ctrl+Z).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from rolodex.services.changes import Change
from rolodex.services.crm.bundle import CrmServices
from rolodex.ui.crm.activity_dialog import ActivityDialog
from rolodex.ui.crm.followup_dialog import FollowUpDialog
from rolodex.ui.crm.undo import AddFollowUp, LogActivity, push_done

CurrentContact = Callable[[], "tuple[int, str] | None"]


class CrmActions(QObject):
    """The Log call and Schedule follow-up actions (add them to menus as you like)."""

    changed = Signal(object)
    dialog_opened = Signal(object)

    def __init__(
        self,
        services: CrmServices,
        host: QWidget,
        current_contact: CurrentContact,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(host)
        self.undo_stack = undo_stack
        self.services, self.host, self.current_contact = services, host, current_contact
        self.dialog: QDialog | None = None
        self.log_call = self._action(self.tr("&Log call…"), "Ctrl+L", self.open_log_call)
        self.log_activity = self._action(
            self.tr("Log &activity…"), "Ctrl+Shift+L", lambda: self.open_log_call("meeting")
        )
        self.schedule = self._action(
            self.tr("Schedule &follow-up…"), "Ctrl+Shift+F", self.open_followup
        )

    def _action(self, text: str, keys: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self.host)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.host.addAction(action)
        return action

    def open_log_call(self, kind: str = "call") -> ActivityDialog | None:
        picked = self.current_contact()
        if picked is None:
            return None
        dialog = ActivityDialog(self.services, picked[0], picked[1], kind, parent=self.host)
        dialog.saved.connect(lambda change: self._written(change, LogActivity))
        dialog.followup_scheduled.connect(lambda change: self._written(change, AddFollowUp))
        self._show(dialog)
        return dialog

    def open_followup(self) -> FollowUpDialog | None:
        picked = self.current_contact()
        if picked is None:
            return None
        dialog = FollowUpDialog(self.services, picked[0], picked[1], parent=self.host)
        dialog.saved.connect(lambda change: self._written(change, AddFollowUp))
        self._show(dialog)
        return dialog

    def _written(self, change: Change, command: type[LogActivity] | type[AddFollowUp]) -> None:
        """Put a new activity or follow-up on the undo stack, then tell the views."""
        if self.undo_stack is not None and change.kind == "created":
            push_done(self.undo_stack, command(self.services, change.ids[0], self.changed.emit))
        self.changed.emit(change)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)
