"""File → Sync accounts…: the book's CardDAV accounts, with Add, Remove and Sync now, and
the conflicts to review (:mod:`~rolodex.ui.sync.conflicts`).

Adding an account looks its address book up on the server (discovery) on the worker thread,
so the window never waits on the network; a problem (wrong password, no such address book,
an untrusted certificate) is one line in the form, which stays open to try again. A typed
password goes to the system keyring; a password file is read at every sync instead. When
the server has several address books, the form shows them to choose from."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rolodex.db import StoreError
from rolodex.ui.sync.conflicts import ConflictsBox
from rolodex.ui.sync.status import SyncController, SyncOutcome
from rolodex.ui.worker import run_in_background

if TYPE_CHECKING:
    from rolodex.store.sync import Account


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncDialog", text)


def _accounts(_progress: Any = None, _cancelled: Any = None) -> list[Account]:
    from rolodex.sync.accounts import accounts

    return accounts()


def _when(stamp: str) -> str:
    """A stored UTC time as the local date and time."""
    from datetime import datetime

    return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")


class AddAccountDialog(QDialog):
    """The form for one new account; accepted once the server's address book was found."""

    added = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Add sync account"))
        self.name, self.url, self.user = QLineEdit(), QLineEdit(), QLineEdit()
        self.password, self.password_file = QLineEdit(), QLineEdit()
        self.tag, self.fingerprint = QLineEdit(), QLineEdit()
        self.collection = QComboBox()  # shown when the server has several address books
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.name, self.url, self.user, self.password, self.password_file):
            field.setMinimumWidth(320)
        self.url.setPlaceholderText("https://cloud.example.com/")
        self.tag.setPlaceholderText(_tr("every contact"))
        self.password_file.setPlaceholderText(_tr("instead of the password"))
        form = QFormLayout()
        for label, widget in (
            (_tr("&Name:"), self.name), (_tr("Server &address:"), self.url),
            (_tr("&User name:"), self.user), (_tr("&Password:"), self.password),
            (_tr("Password &file:"), self.password_file), (_tr("Only the &tag:"), self.tag),
            (_tr("Trust certificate (SHA-256):"), self.fingerprint),
        ):  # fmt: skip
            form.addRow(label, widget)
        form.addRow(_tr("Address &book:"), self.collection)
        form.setRowVisible(self.collection, False)
        self.form = form
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def check(self) -> None:
        """Look the address book up on the worker thread, then store the account."""
        from rolodex.sync.accounts import add_account

        values = {
            "password": self.password.text(), "password_file": self.password_file.text().strip(),
            "tag": self.tag.text().strip(), "fingerprint": self.fingerprint.text().strip(),
            "collection": str(self.collection.currentData() or ""),
        }  # fmt: skip
        name, url, user = self.name.text(), self.url.text().strip(), self.user.text().strip()
        self.buttons.setEnabled(False)
        self.error.setText(_tr("Looking for the address book…"))
        run_in_background(
            self, lambda _p, _c: add_account(name, url, user, **values),
            self._added, on_error=self._failed,
        )  # fmt: skip

    def _added(self, account: Account) -> None:
        self.added.emit(account.name)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        from rolodex.sync.discovery import SeveralAddressBooks

        self.buttons.setEnabled(True)
        if not isinstance(exc, StoreError):
            raise exc
        if isinstance(exc, SeveralAddressBooks) and not self.collection.count():
            for book in exc.books:
                self.collection.addItem(book.shown(), book.path)
            self.form.setRowVisible(self.collection, True)
            self.collection.setFocus()
            self.error.setText(_tr("The server has several address books: choose one."))
            return
        self.error.setText(str(exc))


class SyncAccountsDialog(QDialog):
    """The accounts, each with how its last sync went."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(_tr("Sync accounts"))
        self.list = QListWidget()
        self.status = QLabel()
        self.status.setWordWrap(True)
        add, self.remove = QPushButton(_tr("&Add…")), QPushButton(_tr("&Remove"))
        self.sync = QPushButton(_tr("&Sync now"))
        close = QPushButton(_tr("&Close"))
        add.clicked.connect(self.add_account)
        self.remove.clicked.connect(self.remove_account)
        self.sync.clicked.connect(self.sync_now)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (add, self.remove, self.sync):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.conflicts = ConflictsBox(self)
        self.conflicts.changed.connect(controller.window.contacts_changed)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(self.conflicts)
        layout.addLayout(bottom)
        self.setMinimumWidth(560)
        controller.finished.connect(self._synced)
        self.reload()

    def reload(self) -> None:
        run_in_background(self, _accounts, self._show)

    def _show(self, accounts: list[Account]) -> None:
        self.list.clear()
        for account in accounts:
            scope = _tr(" (tag %1)").replace("%1", account.tag) if account.tag else ""
            when = _when(account.last_run_at) if account.last_run_at else _tr("never")
            text = f"{account.name}{scope} — {account.collection_url or account.url}\n"
            text += _tr("Last sync: %1").replace("%1", when)
            item = QListWidgetItem(text)
            item.setData(256, account.name)
            self.list.addItem(item)
        self.remove.setEnabled(bool(accounts))
        self.sync.setEnabled(bool(accounts))

    def add_account(self) -> AddAccountDialog:
        dialog = AddAccountDialog(self)
        dialog.added.connect(lambda _name: self.reload())
        dialog.open()
        return dialog

    def remove_account(self) -> None:
        from rolodex.sync.accounts import remove_account

        item = self.list.currentItem() or self.list.item(0)
        if item is None:
            return
        name = str(item.data(256))
        run_in_background(self, lambda _p, _c: remove_account(name), lambda _r: self.reload())

    def sync_now(self) -> None:
        self.status.setText(_tr("Syncing…"))
        self.controller.sync_now()

    def _synced(self, outcome: SyncOutcome) -> None:
        self.status.setText(self.controller.describe(outcome))
        self.reload()
        self.conflicts.reload()
