"""Rename, merge and delete a tag from the sidebar's right-click menu, undoable with Ctrl+Z.

``wire_tag_actions(window)`` adds "Rename tag…" and "Delete tag…" to each tag's menu (through
``window.sidebar_tag_menus``). Renaming onto the name of another tag merges the two (the
status bar says so); deleting asks first, naming how many contacts carry the tag. Each is a
:class:`TagCommand` on the window's undo stack: undo puts every tag back as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QLineEdit, QMenu, QMessageBox, QWidget

from rolodex.db import StoreError
from rolodex.services.changes import Change
from rolodex.ui.undo import run_and_push

if TYPE_CHECKING:
    from PySide6.QtWidgets import QInputDialog

    from rolodex.services.tags import TagEdit, TagService
    from rolodex.ui.main_window.window import MainWindow

Notify = Callable[[Change], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("TagActions", text)


class TagCommand(QUndoCommand):
    """A rename (or merge) to ``new``, or a delete when ``new`` is None; undo puts it back."""

    def __init__(self, service: TagService, tag: str, new: str | None, notify: Notify) -> None:
        super().__init__()
        self.service, self.tag, self.new, self.notify = service, tag, new, notify
        self.edit: TagEdit | None = None

    def redo(self) -> None:
        if self.new is None:
            self.edit = self.service.delete(self.tag)
            self.setText(_tr("Delete tag “%1”").replace("%1", self.edit.before[0].name))
        else:
            self.edit = self.service.rename(self.tag, self.new)
            text = _tr("Merge tag “%1”") if self.edit.merged else _tr("Rename tag “%1”")
            self.setText(text.replace("%1", self.edit.before[0].name))
        self.notify(self.edit.change)

    def undo(self) -> None:
        assert self.edit is not None
        self.notify(self.service.undo(self.edit))


class TagActions(QObject):
    """The sidebar's "Rename tag…" and "Delete tag…" and the dialogs they open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._service: TagService | None = None
        self.dialog: QWidget | None = None
        window.sidebar_tag_menus.append(self.tag_menu)

    @property
    def service(self) -> TagService:
        """The tag service, made when a tag is first renamed or deleted (its module is not
        needed for the first frame)."""
        from rolodex.services.tags import TagService

        if self._service is None:
            self._service = TagService()
        return self._service

    def tag_menu(self, tag: str) -> QMenu:
        menu = QMenu(self.window.sidebar)
        rename = menu.addAction(self.tr("Re&name tag…"))
        rename.triggered.connect(lambda _checked=False: self.ask_rename(tag))
        delete = menu.addAction(self.tr("&Delete tag…"))
        delete.triggered.connect(lambda _checked=False: self.ask_delete(tag))
        return menu

    def ask_rename(self, tag: str) -> QInputDialog:
        from PySide6.QtWidgets import QInputDialog  # its dialog: not needed for the first frame

        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Rename tag"))
        dialog.setLabelText(
            self.tr("New name for “%1” (the name of another tag merges the two):").replace(
                "%1", tag
            )
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(tag)
        dialog.textValueSelected.connect(lambda new: self.rename(tag, new))
        self._open(dialog)
        return dialog

    def ask_delete(self, tag: str) -> QMessageBox:
        count = self.service.count(tag)
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete tag"))
        box.setText(self.tr("Delete the tag “%1”?").replace("%1", tag))
        box.setInformativeText(
            self.tr("It is taken off %n contact(s); the contacts themselves stay.", "", count)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("&Delete tag"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self.delete(tag))
        self._open(box)
        return box

    def _open(self, dialog: QDialog) -> None:
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def rename(self, tag: str, new: str) -> bool:
        if new.strip() == tag:
            return False
        command = TagCommand(self.service, tag, new, self._notify(tag, new.strip()))
        if not self._push(command):
            return False
        assert command.edit is not None
        if command.edit.merged:
            text = self.tr("Merged “%1” into “%2”. Ctrl+Z undoes this.")
            into = command.edit.before[1].name
            self.window.statusBar().showMessage(text.replace("%1", tag).replace("%2", into), 8000)
        return True

    def delete(self, tag: str) -> bool:
        return self._push(TagCommand(self.service, tag, None, self.window.contacts_changed))

    def _notify(self, old: str, new: str) -> Notify:
        """After a rename, a sidebar showing the tag goes on showing it (under its new name)."""
        window = self.window

        def notify(change: Change) -> None:
            shown, find = window.model.tag, self.service.find
            if shown is not None:  # as it is spelt now, or where its contacts went
                window.model.tag = find(shown) or find(new) or find(old) or shown
            window.contacts_changed(change)

        return notify

    def _push(self, command: TagCommand) -> bool:
        """Do the command and put it on the undo stack; if it cannot be done, say why."""
        from rolodex.services.tags import TagError

        try:
            run_and_push(self.window.undo_stack, command)
        except TagError as exc:
            self.window.statusBar().showMessage(str(exc), 8000)
            return False
        except StoreError as exc:
            QMessageBox.warning(self.window, self.tr("Nothing was changed"), str(exc))
            return False
        return True


def wire_tag_actions(window: MainWindow) -> TagActions:
    """Add "Rename tag…" and "Delete tag…" to every tag's menu in the sidebar."""
    return TagActions(window)
