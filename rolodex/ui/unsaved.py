"""The one question asked before unsaved edits would be lost (switching contact, Escape,
closing): Save, Discard or Cancel, each with its own mnemonic, in a box wide enough for its
title (window managers elide a narrow box's title: "Unsaved ch…s")."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from rolodex.ui.dialog_fit import title_width


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Unsaved", text)


def make_roomy(box: QMessageBox) -> None:
    """Keep a message box wide enough that the window manager shows its whole title."""
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:
        label.setMinimumWidth(title_width(box) - box.iconPixmap().width())


def question_box(parent: QWidget, name: str) -> QMessageBox:
    """The box (not shown yet): tests find its buttons by ``objectName``."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        _tr("Unsaved changes"),
        _tr("Save the changes to {name}?").format(name=name),
        parent=parent,
    )
    save = box.addButton(_tr("&Save"), QMessageBox.ButtonRole.AcceptRole)
    save.setObjectName("save")
    box.addButton(_tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole).setObjectName("discard")
    cancel = box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancel")
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    make_roomy(box)
    return box


def ask(parent: QWidget, name: str) -> Answer:
    """Ask whether to save the edits to ``name``."""
    box = question_box(parent, name)
    box.exec()
    clicked = box.clickedButton()
    name_of = clicked.objectName() if clicked is not None else "cancel"
    return Answer(name_of) if name_of in ("save", "discard") else Answer.CANCEL
