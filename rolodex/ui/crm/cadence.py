"""Keep-in-touch cadence from the UI: Contact → "Keep in touch…" for the contact shown, and
"Keep in touch every…" on a tag's right-click menu in the sidebar.

A contact either follows its tags (the shortest tag cadence wins), has its own "every N days",
or is never reminded; a tag has "every N days" or nothing. After a change
:attr:`CadenceActions.changed` carries the :class:`Change`, so the window and the Today view
pick it up. ``wire_cadence(window, menu)`` adds all this to the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rolodex.services.crm import cadence
from rolodex.services.crm.records import CrmError
from rolodex.ui.tags.model import KindRole, TagRole

if TYPE_CHECKING:
    from rolodex.ui.main_window.window import MainWindow

DEFAULT_DAYS = 30
INHERIT, EVERY, NEVER = range(3)


class CadenceDialog(QDialog):
    """Choose "every N days", "never" and, for a contact, "follow its tags"."""

    def __init__(
        self,
        heading: str,
        current: int | None,
        inherit_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep in touch"))
        self.for_contact = inherit_text is not None
        self.choices = QButtonGroup(self)
        self.inherit = QRadioButton(inherit_text or "", self)
        self.every = QRadioButton(self.tr("&Every"))
        self.never = QRadioButton(
            self.tr("&Never remind me") if self.for_contact else self.tr("&No reminder")
        )
        self.days = QSpinBox()
        self.days.setRange(1, cadence.MAX_DAYS)
        self.days.setValue(current or DEFAULT_DAYS)
        self._set_suffix(self.days.value())
        self.days.valueChanged.connect(self._days_changed)
        for button, choice in ((self.inherit, INHERIT), (self.every, EVERY), (self.never, NEVER)):
            self.choices.addButton(button, choice)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(heading))
        if self.for_contact:
            layout.addWidget(self.inherit)
        else:
            self.inherit.hide()
        layout.addLayout(self._every_row())
        layout.addWidget(self.never)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._check(current)

    def _set_suffix(self, days: int) -> None:
        self.days.setSuffix(self.tr(" day") if days == 1 else self.tr(" days"))

    def _days_changed(self, days: int) -> None:
        self._set_suffix(days)
        self.every.setChecked(True)

    def _every_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.every)
        row.addWidget(self.days)
        row.addStretch(1)
        return row

    def _check(self, current: int | None) -> None:
        if current:
            self.every.setChecked(True)
        elif current == 0 or not self.for_contact:
            self.never.setChecked(True)
        else:
            self.inherit.setChecked(True)
        self.days.setFocus()

    def value(self) -> int | None:
        """Days, 0 for never (a contact), None to follow the tags (or no tag reminder)."""
        choice = self.choices.checkedId()
        if choice == EVERY:
            return self.days.value()
        if choice == NEVER and self.for_contact:
            return 0
        return None


def tag_at(sidebar: QListView, pos: QPoint) -> str | None:
    """The tag of the sidebar row at ``pos`` (None on "All contacts", the Trash or nothing)."""
    index = sidebar.indexAt(pos)
    if not index.isValid() or index.data(KindRole) != "tag":
        return None
    return str(index.data(TagRole))


class CadenceActions(QObject):
    """The Contact menu's "Keep in touch…" and the sidebar's tag menu."""

    changed = Signal(object)  # Change

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: CadenceDialog | None = None
        self.keep_in_touch = QAction(self.tr("&Keep in touch…"), window)
        self.keep_in_touch.triggered.connect(lambda _checked=False: self.edit_contact())
        window.editor.contact_shown.connect(
            lambda contact_id: self.keep_in_touch.setEnabled(contact_id is not None)
        )
        self.keep_in_touch.setEnabled(window.editor.contact_id is not None)
        window.sidebar_tag_menus.append(self.tag_menu)  # joins the sidebar's right-click menu

    def edit_contact(self) -> CadenceDialog | None:
        """Open the dialog for the contact in the detail pane."""
        contact_id = self.window.editor.contact_id
        if contact_id is None:
            return None
        try:
            current = cadence.contact_cadence(contact_id)
            inherit = self._inherit_text(contact_id)
        except CrmError:
            return None  # deleted meanwhile
        name = _name_of(self.window, contact_id)
        heading = self.tr("How often do you want to be reminded to get in touch with %1?")
        dialog = CadenceDialog(heading.replace("%1", name), current, inherit, self.window)
        return self._open(dialog, lambda days: cadence.set_contact_cadence(contact_id, days))

    def _inherit_text(self, contact_id: int) -> str:
        data = self.window.service.get(contact_id)
        tags = data.tags if data is not None else []
        days = [d for d in (cadence.tag_cadence(t) for t in tags) if d]
        if not days:
            return self.tr("&Follow its tags (none has a reminder)")
        if min(days) == 1:
            return self.tr("&Follow its tags (every day)")
        return self.tr("&Follow its tags (every %1 days)").replace("%1", str(min(days)))

    def edit_tag(self, tag: str) -> CadenceDialog | None:
        """Open the dialog for every contact tagged ``tag``."""
        try:
            current = cadence.tag_cadence(tag)
        except CrmError:
            return None
        heading = self.tr("Remind you to get in touch with everyone tagged “%1”:")
        dialog = CadenceDialog(heading.replace("%1", tag), current, None, self.window)
        return self._open(dialog, lambda days: cadence.set_tag_cadence(tag, days))

    def _open(self, dialog: CadenceDialog, save: Any) -> CadenceDialog:
        def apply() -> None:
            try:
                self.changed.emit(save(dialog.value()))
            except CrmError as exc:
                self.window.statusBar().showMessage(str(exc), 8000)

        dialog.accepted.connect(apply)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def tag_menu(self, tag: str) -> QMenu:
        """The right-click menu of a tag in the sidebar."""
        menu = QMenu(self.window.sidebar)
        action = menu.addAction(self.tr("Keep in touch every…"))
        action.triggered.connect(lambda _checked=False: self.edit_tag(tag))
        return menu


def _name_of(window: MainWindow, contact_id: int) -> str:
    rows = window.service.rows([contact_id])
    return rows[0].name if rows else ""


def wire_cadence(window: MainWindow, menu: QMenu) -> CadenceActions:
    """Add "Keep in touch…" to the Contact ``menu`` and the tag menu to the sidebar."""
    actions = CadenceActions(window)
    actions.changed.connect(window.contacts_changed)
    menu.addSeparator()
    menu.addAction(actions.keep_in_touch)
    return actions
