"""The warning a save gets when the contact's email or phone already belongs to someone else:
open that contact instead (the default), save anyway, or go back to the form. Loaded with the
first such save, not with the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from rolodex.services.duplicates.check import Conflict

Answer = Literal["save", "open", "cancel"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactEditor", text)


def ask_about_duplicates(parent: QWidget, conflicts: list[Conflict]) -> Answer:
    """What the user chose for ``conflicts`` (the first names the contact to open)."""
    first = conflicts[0]
    lines = [
        _tr("The {what} already belongs to {name}.").format(what=c.reason, name=c.name)
        for c in conflicts[:5]
    ]
    box = QMessageBox(
        QMessageBox.Icon.Warning, _tr("Possible duplicate"), "\n".join(lines), parent=parent
    )
    box.setInformativeText(
        _tr("Open {name} instead, or save this contact anyway?").format(name=first.name)
    )
    save = box.addButton(_tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
    open_other = box.addButton(
        _tr("Open {name}").format(name=first.name), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_other)
    box.exec()
    if box.clickedButton() is open_other:
        return "open"
    return "save" if box.clickedButton() is save else "cancel"
