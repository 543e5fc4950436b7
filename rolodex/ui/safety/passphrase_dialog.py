"""Asking for the passphrase of an encrypted book at start-up.

A wrong passphrase says so plainly and lets the user try again; any other problem with the
file is shown as it is. The book is opened by the dialog itself, so when it closes accepted the
book is bound and :attr:`PassphraseDialog.info` describes it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rolodex.db import StoreError, StoreInfo, WrongPassphraseError, open_store
from rolodex.ui.dialog_fit import fit, make_readable

Opener = Callable[[Path, str], StoreInfo]


class PassphraseDialog(QDialog):
    """Enter the passphrase; OK tries to open the book and stays open on a wrong one."""

    def __init__(self, path: Path, opener: Opener = open_store, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.opener = opener
        self.info: StoreInfo | None = None
        self.attempts = 0
        self.setWindowTitle(self.tr("Encrypted contact book"))
        self.prompt = QLabel(
            self.tr("The contact book “%1” is encrypted. Enter its passphrase to open it.").replace(
                "%1", self.path.name
            )
        )
        self.prompt.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_open)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.field, self.error, self.buttons):
            layout.addWidget(widget)
        make_readable(self)
        fit(self)
        self.field.setFocus()

    def try_open(self) -> None:
        """Open the book with the typed passphrase; on failure say why and allow a retry."""
        passphrase = self.field.text()
        if not passphrase:
            self._show_error(self.tr("Please type the passphrase."))
            return
        self.attempts += 1
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # key derivation takes a moment
        try:
            self.info = self.opener(self.path, passphrase)
        except WrongPassphraseError:
            self._show_error(self.tr("Wrong passphrase. Please try again."))
            return
        except StoreError as exc:
            self._show_error(str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        fit(self)
        self.field.selectAll()
        self.field.setFocus()


def ask_and_open(path: Path, parent: QWidget | None = None) -> StoreInfo | None:
    """Ask for the passphrase until the book opens; None if the user cancels."""
    dialog = PassphraseDialog(path, parent=parent)
    return dialog.info if dialog.exec() == QDialog.DialogCode.Accepted else None
