"""File → Encryption…: encrypt the open book, change its passphrase, or remove the encryption.

The conversion (:mod:`rolodex.safety.crypto`) refuses while the book is open on any
connection, so the dialog closes the UI thread's connection, then runs one job on the worker
thread that closes the worker's own connection, converts the book and reopens it with its new
passphrase (or none), binding the database proxy again. If anything fails (a wrong current
passphrase, a locked file) the job reopens the book as it was and the dialog says what went
wrong; nothing is lost. Passphrases stay in memory only: never logged, never written anywhere.

Connect :attr:`SecurityDialog.changed` to refresh every view once the book is back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rolodex.db import (
    StoreError,
    WrongPassphraseError,
    bound_database,
    bound_path,
    close_store,
    database,
    open_store,
    passphrase_of,
)
from rolodex.services.changes import Change
from rolodex.ui.dialog_fit import fit, make_readable
from rolodex.ui.worker import CancelledFn, ProgressFn, run_in_background

if TYPE_CHECKING:
    from rolodex.safety.crypto import CryptoResult
    from rolodex.ui.main_window.window import MainWindow

EVERYTHING = Change("contact", (), "updated")  # the whole book was rewritten: refresh all views
Convert = Callable[[Path], "CryptoResult"]


def convert_and_reopen(
    path: Path, convert: Convert, old: str | None, new: str | None
) -> Callable[[ProgressFn, CancelledFn], CryptoResult]:
    """The worker job: close this thread's connection, convert, reopen the book keyed with
    ``new``; on any failure reopen it keyed with ``old`` (as it was) and re-raise.

    The reopened book's connection on this thread is closed before the job returns (only the
    connection: ``close_store`` would also give up the book lock the app holds): each job runs
    in a Python thread state that ends with it, and a SQLCipher connection left open to be
    freed then crashes the process. The UI thread connects again on first use."""

    def work(_progress: ProgressFn, _cancelled: CancelledFn) -> CryptoResult:
        close_store()  # the worker thread's own connection
        try:
            try:
                result = convert(path)
            except Exception:
                open_store(path, old, create=False)
                raise
            open_store(path, new, create=False)
            return result
        finally:  # this thread's connection only: the book stays open, its lock held
            if database.obj is not None:
                database.obj.close()

    return work


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class SecurityDialog(QDialog):
    """Shows whether the book is encrypted and offers Encrypt, Change passphrase and Decrypt."""

    changed = Signal(object)  # Change: the book was converted and reopened
    conversion_done = Signal(bool)  # a conversion finished: True if it succeeded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from rolodex.safety.crypto import MIN_PASSPHRASE

        self.min_length = MIN_PASSPHRASE
        self.busy = False
        self.setWindowTitle(self.tr("Encryption"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        for box in (self._encrypt_box(), self._change_box(), self._decrypt_box()):
            layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        make_readable(self)
        self.refresh()

    def _encrypt_box(self) -> QGroupBox:
        self.encrypt_group = QGroupBox(self.tr("Encrypt the book"))
        self.encrypt_new = _password_field(self.tr("New passphrase"))
        self.encrypt_confirm = _password_field(self.tr("Repeat the new passphrase"))
        self.encrypt_button = QPushButton(self.tr("&Encrypt"))
        self.encrypt_button.clicked.connect(self.encrypt)
        form = QFormLayout(self.encrypt_group)
        hint = self.tr("Without the passphrase the contacts cannot be recovered. Keep it safe.")
        form.addRow(self._note(hint))
        form.addRow(self.tr("New passphrase:"), self.encrypt_new)
        form.addRow(self.tr("Repeat it:"), self.encrypt_confirm)
        form.addRow(self.encrypt_button)
        return self.encrypt_group

    def _change_box(self) -> QGroupBox:
        self.change_group = QGroupBox(self.tr("Change the passphrase"))
        self.change_current = _password_field(self.tr("Current passphrase"))
        self.change_new = _password_field(self.tr("New passphrase"))
        self.change_confirm = _password_field(self.tr("Repeat the new passphrase"))
        self.change_button = QPushButton(self.tr("&Change passphrase"))
        self.change_button.clicked.connect(self.change)
        form = QFormLayout(self.change_group)
        form.addRow(self.tr("Current passphrase:"), self.change_current)
        form.addRow(self.tr("New passphrase:"), self.change_new)
        form.addRow(self.tr("Repeat it:"), self.change_confirm)
        form.addRow(self.change_button)
        return self.change_group

    def _decrypt_box(self) -> QGroupBox:
        self.decrypt_group = QGroupBox(self.tr("Remove the encryption"))
        self.decrypt_current = _password_field(self.tr("Current passphrase"))
        self.decrypt_button = QPushButton(self.tr("&Decrypt"))
        self.decrypt_button.clicked.connect(self.decrypt)
        warning = self.tr(
            "The book and its backups will be stored unencrypted: anyone who can read the "
            "files can read your contacts."
        )
        form = QFormLayout(self.decrypt_group)
        form.addRow(self._note(warning))
        form.addRow(self.tr("Current passphrase:"), self.decrypt_current)
        form.addRow(self.decrypt_button)
        return self.decrypt_group

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def is_encrypted(self) -> bool:
        return passphrase_of(bound_database()) is not None

    def refresh(self) -> None:
        """Show the state of the book and only the actions that apply to it; clear the fields."""
        try:
            encrypted: bool | None = self.is_encrypted()
        except StoreError as exc:
            encrypted = None
            self._say(str(exc))
        if encrypted is None:
            self.state.setText(self.tr("No contact book is open."))
        elif encrypted:
            self.state.setText(self.tr("This contact book is encrypted with a passphrase."))
        else:
            self.state.setText(self.tr("This contact book is not encrypted."))
        self.encrypt_group.setVisible(encrypted is False)
        self.change_group.setVisible(bool(encrypted))
        self.decrypt_group.setVisible(bool(encrypted))
        for field in self.findChildren(QLineEdit):
            field.clear()
        fit(self)  # the sections shown changed: grow to show them whole

    def _say(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)
        fit(self)

    def _check_new(self, new: str, repeated: str) -> bool:
        if new != repeated:
            self._say(self.tr("The new passphrases do not match. Nothing was changed."))
        elif len(new) < self.min_length:
            text = self.tr("The new passphrase must be at least %1 characters long.")
            self._say(text.replace("%1", str(self.min_length)))
        else:
            return True
        return False

    def _check_current(self, current: str) -> bool:
        if not current:
            self._say(self.tr("Please type the current passphrase."))
        return bool(current)

    def encrypt(self) -> None:
        from rolodex.safety.crypto import encrypt_book

        new = self.encrypt_new.text()
        if self.busy or not self._check_new(new, self.encrypt_confirm.text()):
            return
        success = self.tr(
            "The contact book is now encrypted. You will need the passphrase each time you open it."
        )
        self._start(lambda path: encrypt_book(path, new), new, success)

    def change(self) -> None:
        from rolodex.safety.crypto import change_passphrase

        current, new = self.change_current.text(), self.change_new.text()
        if self.busy or not self._check_current(current):
            return
        if not self._check_new(new, self.change_confirm.text()):
            return
        success = self.tr("The passphrase was changed. Use the new one from now on.")
        self._start(lambda path: change_passphrase(path, current, new), new, success)

    def decrypt(self) -> None:
        from rolodex.safety.crypto import decrypt_book

        current = self.decrypt_current.text()
        if self.busy or not self._check_current(current):
            return
        success = self.tr("The contact book is no longer encrypted.")
        self._start(lambda path: decrypt_book(path, current), None, success)

    def _start(self, convert: Convert, new: str | None, success: str) -> None:
        """Close this thread's connection and convert on the worker thread."""
        try:
            path, old = bound_path(), passphrase_of(bound_database())
        except StoreError as exc:
            self._say(str(exc))
            return
        self._set_busy(True)
        close_store()  # the UI thread's connection: the book must be open nowhere
        run_in_background(
            self,
            convert_and_reopen(path, convert, old, new),
            on_done=lambda result: self._converted(result, success),
            on_error=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.encrypt_group, self.change_group, self.decrypt_group, self.buttons):
            widget.setEnabled(not busy)
        if busy:
            self._say(self.tr("Converting the contact book and its backups…"), error=False)

    def _converted(self, result: Any, success: str) -> None:
        self._set_busy(False)
        self.refresh()
        if result.failed:
            note = self.tr("These backup copies could not be converted:")
            success = "\n\n".join([success, note, "\n".join(result.failed)])
        self._say(success, error=bool(result.failed))
        self.changed.emit(EVERYTHING)
        self.conversion_done.emit(True)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.refresh()
        if isinstance(exc, WrongPassphraseError):
            self._say(self.tr("The current passphrase is wrong. Nothing was changed."))
        elif isinstance(exc, StoreError):
            self._say(str(exc))
        else:
            self.conversion_done.emit(False)
            raise exc
        self.conversion_done.emit(False)

    def reject(self) -> None:
        if not self.busy:  # closing mid-conversion would lose the result: wait for it
            super().reject()


def open_security_dialog(window: MainWindow) -> None:
    """File → Encryption…: the dialog, refreshing the window after each conversion."""
    dialog = SecurityDialog(window)
    dialog.changed.connect(window.contacts_changed)
    dialog.exec()
