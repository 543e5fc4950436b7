"""File → Open shared book…: open a book on a PostgreSQL server in the running app.

The dialog asks for host, port, database and user, and a password in a password field (left
empty, the keyring or ``~/.pgpass`` is used). Connecting and migrating run on the worker thread
(:func:`rolodex.ui.worker.run_in_background`), so a slow or unreachable server never freezes
the window; an error is one line in the dialog, which stays open to try again. Once the server
book is ready, the UI thread closes the book that was open and binds the new one, as opening a
file does, and the window shows it in its title. A typed password is saved in the system
keyring only when the user ticks the box; never in settings or in the book.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import peewee
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rolodex.db import StoreError, close_store, database
from rolodex.services.changes import Change
from rolodex.store.passwords import remember_password
from rolodex.store.postgres.errors import PasswordError
from rolodex.store.url import PostgresTarget, parse_target
from rolodex.ui.main_window.file_menu import book_label, show_book_in_title  # noqa: F401 (moved)
from rolodex.ui.worker import run_in_background

if TYPE_CHECKING:
    from rolodex.ui.main_window.window import MainWindow

DEFAULT_PORT = 5432
EVERYTHING = Change("contact", (), "updated")  # another book: refresh every view


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharedBookDialog", text)


def connect_and_migrate(target: PostgresTarget) -> peewee.Database:
    """The worker's job: connect (password from the target, keyring or ~/.pgpass), bring
    the schema up to date, and close this thread's connection; nothing is bound yet."""
    from rolodex.store.postgres.connection import connect_postgres, translate
    from rolodex.store.postgres.schema import migrate

    db = connect_postgres(target)
    try:
        migrate(db, target.display)
    except peewee.DatabaseError as exc:
        error = translate(exc, db)
        if error is None:
            raise
        raise error from None
    finally:
        db.close()
    return db


class SharedBookDialog(QDialog):
    """Host, port, database, user and password of a shared book; opens it when asked."""

    opened = Signal(str)  # the book's URL (no password): it is now the bound book
    refused = Signal(str)  # one line: why the book did not open (the dialog stays open)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open shared book"))
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.dbname = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("from the keyring or ~/.pgpass if empty"))
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.open_book)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.busy = False
        self._options: tuple[tuple[str, str], ...] = ()  # a URL's own (e.g. sslmode)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.dbname)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def target(self) -> PostgresTarget:
        """What the fields name (StoreError for a URL Rolodex cannot open)."""
        user = quote(self.user.text().strip(), safe="")
        host = self.host.text().strip() or "localhost"
        dbname = quote(self.dbname.text().strip(), safe="")
        parsed = parse_target(f"postgresql://{user}@{host}:{self.port.value()}/{dbname}")
        assert isinstance(parsed, PostgresTarget)
        secret = self.password.text()
        return PostgresTarget(
            parsed.host,
            parsed.port,
            parsed.dbname,
            parsed.user or None,
            secret or None,
            self._options,
        )

    def open_book(self) -> None:
        """Connect on the worker thread; the dialog stays usable for Cancel."""
        if self.busy:
            return
        try:
            target = self.target()
        except StoreError as exc:
            self._say(str(exc))
            return
        self._set_busy(True)
        run_in_background(
            self,
            lambda _progress, _cancelled: connect_and_migrate(target),
            on_done=lambda db: self._connected(target, db),
            on_error=self._failed,
        )

    def _connected(self, target: PostgresTarget, db: Any) -> None:
        """On the UI thread: give up the old book, bind the server book."""
        self._set_busy(False)
        close_store()
        database.initialize(db)
        if self.remember.isChecked() and target.password:
            remember_password(target.display, target.password)  # no keyring: simply not saved
        self.opened.emit(target.display)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if not isinstance(exc, StoreError):
            raise exc
        self._say(str(exc))
        if isinstance(exc, PasswordError):  # type it again
            self.password.selectAll()
            self.password.setFocus()
        self.refused.emit(str(exc))

    def fill(self, target: PostgresTarget) -> None:
        """Show the book ``target`` names (the password field stays for the user)."""
        self.host.setText(target.host or "localhost")
        self.port.setValue(target.port or DEFAULT_PORT)
        self.dbname.setText(target.dbname)
        self.user.setText(target.user or "")
        self._options = target.options
        self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(not busy)
        if busy:
            self._say(self.tr("Connecting to the server…"), error=False)

    def _say(self, text: str, *, error: bool = True) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)


def ask_password_and_open(target: PostgresTarget, reason: str) -> bool:
    """At start-up (``--db postgresql://…``): the server wants a password Rolodex does not
    have (``reason``, one line): ask for it in the dialog, filled in with the book, until the
    book opens (True) or the user cancels (False, nothing open)."""
    dialog = SharedBookDialog()
    dialog.fill(target)
    dialog._say(reason)
    return dialog.exec() == QDialog.DialogCode.Accepted


def open_shared_book(window: MainWindow) -> SharedBookDialog:
    """Show the dialog; once a book is opened the window shows it and its title names it."""
    dialog = SharedBookDialog(window)

    def opened(_url: str) -> None:
        show_book_in_title(window)
        window.contacts_changed(EVERYTHING)

    dialog.opened.connect(opened)
    dialog.open()
    return dialog
