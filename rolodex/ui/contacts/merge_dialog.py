"""Merging two or more contacts with a field-by-field choice.

One row of radio buttons per field on which the contacts disagree (one button per contact,
showing its value); a row at the top picks the contact that survives. Emails, phones,
addresses, websites, IM handles, tags and custom properties are all kept (listed below the
choices). Accepting merges; ``changed`` then carries the :class:`Change` and ``merged`` the
plan and the :class:`MergeResult`. To make it undoable with Ctrl+Z, the window pushes a
:class:`MergeUndoCommand` built from those onto its QUndoStack::

    dialog.merged.connect(
        lambda plan, result: stack.push(MergeUndoCommand(plan, result, window.on_change))
    )
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, Signal
from PySide6.QtGui import QIcon, QPixmap, QUndoCommand
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rolodex.records import ContactData
from rolodex.services.changes import Change
from rolodex.services.duplicates.merge import MergeError, MergeResult, merge, undo_merge
from rolodex.services.duplicates.merge_plan import (
    LIST_FIELDS,
    MergePlan,
    differing_fields,
    field_value,
    propose_plan,
    union,
)

MergeFn = Callable[[MergePlan], MergeResult]
UndoFn = Callable[[str], Any]
ELIDE = 60


def field_titles() -> dict[str, str]:
    """Translated names of the fields a merge can choose between."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("MergeDialog", text)

    return {
        "prefix": tr("Name prefix"),
        "given": tr("Given name"),
        "additional": tr("Middle name"),
        "family": tr("Family name"),
        "suffix": tr("Name suffix"),
        "display_name": tr("Display name"),
        "nickname": tr("Nickname"),
        "company": tr("Company"),
        "department": tr("Department"),
        "job_title": tr("Job title"),
        "role": tr("Role"),
        "birthday": tr("Birthday"),
        "anniversary": tr("Anniversary"),
        "notes": tr("Notes"),
        "photo": tr("Photo"),
        "do_not_mail": tr("Do not mail"),
        "uid": tr("Identifier (UID)"),
        "rev": tr("Revision"),
    }


class MergeTexts(QObject):
    """Counted texts for the merge's undo entry: lupdate reads %n messages only in self.tr."""

    def undo_text(self, count: int) -> str:
        return self.tr("Merge %n contact(s)", "", count)


class MergeUndoCommand(QUndoCommand):
    """A merge already done, for the window's undo stack: undo restores every contact, redo
    merges again with the same plan. ``notify`` gets the :class:`Change` of each step."""

    def __init__(
        self,
        plan: MergePlan,
        result: MergeResult,
        notify: Callable[[Change], None],
        merge_fn: MergeFn = merge,
        undo_fn: UndoFn = undo_merge,
    ) -> None:
        super().__init__(MergeTexts().undo_text(len(plan.ids)))
        self._plan, self._result, self._notify = plan, result, notify
        self._merge, self._undo = merge_fn, undo_fn
        self._done = True

    def redo(self) -> None:
        if self._done:
            return  # QUndoStack.push calls redo; the dialog already merged
        self._result = self._merge(self._plan)
        self._done = True
        self._notify(self._result.change)

    def undo(self) -> None:
        self._notify(self._undo(self._result.undo_token))
        self._done = False


class MergeDialog(QDialog):
    """Choose, field by field, what the merged contact keeps; then merge."""

    changed = Signal(object)  # Change
    merged = Signal(object, object)  # MergePlan, MergeResult (for MergeUndoCommand)

    def __init__(
        self,
        contacts: Sequence[ContactData],
        merge_fn: MergeFn = merge,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge contacts"))
        self._contacts = list(contacts)
        self._merge = merge_fn
        self.plan = propose_plan(self._contacts)
        self.survivor_group = QButtonGroup(self)
        self.field_groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose what the merged contact keeps.")))
        layout.addWidget(self._scroll(self._choices()))
        self.kept_label = QLabel(self._kept_text())
        self.kept_label.setWordWrap(True)
        layout.addWidget(self.kept_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- building --------------------------------------------------------------------------
    def _scroll(self, inner: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(inner)
        return area

    def _choices(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Main record")), 0, 0)
        for col, contact in enumerate(self._contacts, 1):
            button = QRadioButton(_elide(contact.full_name() or self.tr("(no name)")))
            button.setChecked(contact.id == self.plan.survivor)
            self.survivor_group.addButton(button, int(contact.id or 0))
            grid.addWidget(button, 0, col)
        self.survivor_group.idToggled.connect(self._survivor_toggled)
        titles = field_titles()
        for row, name in enumerate(differing_fields(self._contacts), 1):
            grid.addWidget(QLabel(titles[name]), row, 0)
            group = QButtonGroup(self)
            self.field_groups[name] = group
            for col, contact in enumerate(self._contacts, 1):
                button = self._value_button(contact, name)
                button.setChecked(self.plan.choices.get(name) == contact.id)
                group.addButton(button, int(contact.id or 0))
                grid.addWidget(button, row, col)
            group.idToggled.connect(lambda cid, on, n=name: self._choose(n, cid, on))
        grid.setRowStretch(grid.rowCount(), 1)
        return box

    def _value_button(self, contact: ContactData, name: str) -> QRadioButton:
        value = field_value(contact, name)
        button = QRadioButton(self._describe(name, value, contact))
        button.setToolTip(str(value) if isinstance(value, str) else "")
        if name == "photo" and value:
            pixmap = QPixmap()
            if pixmap.loadFromData(value):
                button.setIcon(QIcon(pixmap))
                button.setIconSize(QSize(48, 48))
        return button

    def _describe(self, name: str, value: Any, contact: ContactData) -> str:
        if name == "photo":
            if not value:
                return self.tr("(no photo)")
            return self.tr("%1 KB").replace("%1", str(max(1, len(value) // 1024)))
        if name == "do_not_mail":
            return self.tr("Yes") if value else self.tr("No")
        text = " ".join(str(value).split())
        return _elide(text) if text else self.tr("(empty)")

    def _kept_text(self) -> str:
        counts = {n: len(union(n, [getattr(c, n) for c in self._contacts])) for n in LIST_FIELDS}
        parts = [
            self.tr("%n email(s)", "", counts["emails"]),
            self.tr("%n phone number(s)", "", counts["phones"]),
            self.tr("%n address(es)", "", counts["addresses"]),
            self.tr("%n website(s)", "", counts["websites"]),
            self.tr("%n tag(s)", "", counts["tags"]),
        ]
        intro = self.tr("All of these are kept:")
        outro = self.tr(
            "Activities and follow-ups move to the main record; the others go to the Trash."
        )
        return f"{intro} {', '.join(parts)}. {outro}"

    # -- choosing --------------------------------------------------------------------------
    def _survivor_toggled(self, contact_id: int, checked: bool) -> None:
        """A new main record: every choice starts again from its values."""
        if not checked:
            return
        self.plan = propose_plan(self._contacts, survivor=contact_id)
        for name, group in self.field_groups.items():
            group.button(self.plan.choices[name]).setChecked(True)

    def _choose(self, name: str, contact_id: int, checked: bool) -> None:
        if checked:
            self.plan.choices[name] = contact_id

    def choose(self, name: str, contact_id: int) -> None:
        """Pick ``contact_id``'s value for ``name`` (as clicking its radio button does)."""
        group = self.survivor_group if name == "survivor" else self.field_groups[name]
        button = group.button(contact_id)
        button.setChecked(True)

    # -- merging ---------------------------------------------------------------------------
    def accept(self) -> None:
        try:
            result = self._merge(self.plan)
        except MergeError as exc:
            QMessageBox.warning(self, self.tr("Merge contacts"), str(exc))
            return
        self.merged.emit(self.plan, result)
        self.changed.emit(result.change)
        super().accept()


def _elide(text: str) -> str:
    return text if len(text) <= ELIDE else text[: ELIDE - 1] + "…"
