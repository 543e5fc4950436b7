"""Starting the desktop app: ``rolodex`` with no command lands in :func:`run_gui`.

Creates the QApplication, decides the folders, loads translations for the system locale,
opens the book (a clear dialog instead of a traceback when it cannot be opened) and shows the
main window. Only what the first window needs is imported here; import/export, labels and
backups bring in their heavy libraries when first used.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import threading
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import rolodex.ui.before_qt  # noqa: F401 (first: PySide6 reads the source of later imports)

# isort: split
from PySide6.QtCore import QEvent, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from rolodex import paths
from rolodex.db import StoreError, close_store

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from rolodex.store.sqlite.glance import FirstPage
    from rolodex.ui.safety.single_instance import SingleInstance

# Package data (found with importlib.resources: a wheel, a checkout and a bundle alike).
TRANSLATIONS_DIR = Path(str(resources.files("rolodex.ui") / "translations"))
DESKTOP_ID = "org.rolodex.Rolodex"  # the .desktop file's name: Wayland matches windows by it
log = logging.getLogger(__name__)
HOUSEKEEPING_MS = 1500  # the day's backup and the Trash's purge, this long after start


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's own and Rolodex's translations for ``locale`` (by default the language chosen
    in Preferences, else the system's) and make dates and numbers follow it."""
    from rolodex.ui.locale import languages

    return languages.install(app, locale or languages.chosen_locale())


def app_icon() -> QIcon:
    """The window icon in every packaged size (rolodex/resources/icons/)."""
    from PySide6.QtGui import QIcon

    from rolodex.labels.resources import resources_dir

    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("*x*.png")):
        icon.addFile(str(png))
    return icon


def set_app_icon() -> None:
    """Give the windows their icon, once: after the first frame (loading it and Qt's QIcon
    class cost that frame ~3 ms; the window manager follows the change), or a few seconds
    after start should the window never paint (started minimized)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.windowIcon().isNull():
        app.setWindowIcon(app_icon())


def open_book_or_explain(args: argparse.Namespace) -> bool:
    """Open the book named by the arguments; on failure show why and return False."""
    from rolodex.cli.common import open_book

    try:
        open_book(args)
    except StoreError as exc:
        explain_cannot_open(exc)
        return False
    return True


def open_server_book_for_gui(url: str) -> bool:
    """Open a server book: with the password the URL, the keyring or ``~/.pgpass`` gives;
    when the server wants another, ask in the shared-book dialog (never on the terminal)
    until it opens or the user cancels. Any other failure is explained in one line."""
    from rolodex.store.postgres.connection import open_postgres
    from rolodex.store.postgres.errors import PasswordError
    from rolodex.store.url import PostgresTarget, parse_target
    from rolodex.ui.shared_book_dialog import ask_password_and_open

    try:
        target = parse_target(url)
        assert isinstance(target, PostgresTarget)
        open_postgres(target)
    except PasswordError as exc:
        return ask_password_and_open(target, str(exc))
    except StoreError as exc:
        explain_cannot_open(exc)
        return False
    return True


def explain_cannot_open(exc: StoreError) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "Rolodex", str(exc))
    box.setWindowTitle(QApplication.translate("App", "Cannot open the contact book"))
    box.setText(QApplication.translate("App", "Rolodex cannot open the contact book."))
    box.setInformativeText(str(exc))
    box.exec()


def warm_up() -> None:
    """Import what the first edit needs (phone parsing, collation) off the UI thread."""

    def load() -> None:
        import icu  # noqa: F401
        import phonenumbers  # noqa: F401

    threading.Thread(target=load, name="warm-up", daemon=True).start()


def open_book_for_gui(args: argparse.Namespace, path: Path) -> bool:
    """Open the book: ask for the passphrase of an encrypted one unless it was given, and
    for a server book's password in the shared-book dialog when none is at hand."""
    from rolodex.cli.common import book_where, read_passphrase
    from rolodex.db import looks_encrypted, needs_upgrade
    from rolodex.pg_driver import import_peewee

    import_peewee()  # before the store's modules import it, without psycopg (a server loads it)
    where = book_where(args)
    if isinstance(where, str):
        return open_server_book_for_gui(where)
    if looks_encrypted(path) and read_passphrase(args) is None:
        from rolodex.ui.safety.passphrase_dialog import ask_and_open

        return ask_and_open(path) is not None
    if needs_upgrade(path):
        from rolodex.ui.safety.upgrade_dialog import open_with_progress

        return open_with_progress(args, explain_cannot_open)
    return open_book_or_explain(args)


def first_page_to_show(book: Path | str) -> FirstPage | None:
    """The first page of the book file to show before the book is opened, when it is the
    common case (a plain, current, personal file listed by name: see
    :mod:`rolodex.store.sqlite.glance`); None: open the book before the window."""
    from rolodex.store.sqlite.glance import first_page
    from rolodex.ui.contacts.model import COL_NAME, PAGE_SIZE
    from rolodex.ui.settings_state import saved_sort

    sort = saved_sort()
    if not isinstance(book, Path) or sort is None or sort[0] != COL_NAME:
        return None
    return first_page(book, descending=sort[1], rows=2 * PAGE_SIZE)


def open_behind_first_page(args: argparse.Namespace, path: Path, window: QWidget) -> bool:
    """Open the book whose first page ``window`` shows (just after the first frame), and let
    the window go on; on failure say why and return False."""
    from rolodex.ui.wiring import wire_book

    if not open_book_for_gui(args, path):
        return False
    log.info("Book opened: %s", path)
    wire_book(window)  # type: ignore[arg-type]
    window.book_opened()  # type: ignore[attr-defined]
    return True


def start_housekeeping(window: QWidget) -> None:
    """Off the UI thread after start: the day's backup, and the Trash emptied of contacts
    deleted more than 30 days ago; once the book is open, should the window show a first page
    read before it (it opens after the window's first frame)."""
    if getattr(window, "first_page", None) is not None:
        QTimer.singleShot(HOUSEKEEPING_MS, lambda: start_housekeeping(window))
        return
    from rolodex.safety.backups import backup_if_due_today
    from rolodex.services.trash import purge_expired
    from rolodex.ui.worker import run_in_background

    def work(_progress: object, _cancelled: object) -> None:
        purge_expired()
        backup_if_due_today()

    def failed(exc: Exception) -> None:
        message = QApplication.translate("App", "Automatic backup failed: %1")
        window.statusBar().showMessage(message.replace("%1", str(exc)))  # type: ignore[attr-defined]

    run_in_background(window, work, on_error=failed)


def build_window(*, start_crm_now: bool = True, first_page: FirstPage | None = None) -> QWidget:
    """The main window with every feature wired. The CRM (History tab, Contact menu,
    reminders) is wired on the next turn of the event loop, or, with ``start_crm_now=False``,
    left to the caller (the app wires it after the first frame, so the list shows sooner).
    With ``first_page`` the book is not open yet: the window shows that page, and what needs
    the book is wired by :func:`open_behind_first_page`."""
    from rolodex.ui.main_window.window import MainWindow
    from rolodex.ui.wiring import wire_book, wire_features

    window = MainWindow(first_page=first_page)
    wire_features(window)
    if first_page is None:
        wire_book(window)
    if start_crm_now:
        QTimer.singleShot(0, lambda: start_crm(window))
    return window


def start_crm(window: QWidget) -> None:
    """The CRM and the team's presence: what the window wires after its first frame."""
    from rolodex.services.crm.bundle import CrmServices
    from rolodex.ui.wiring import wire_crm, wire_team

    wire_team(window)  # type: ignore[arg-type]
    wire_crm(window, CrmServices.create()).start()  # type: ignore[arg-type, attr-defined]


def after_first_paint(window: QWidget, instance: SingleInstance) -> None:
    """Answering later copies, the CRM, then (when neither settings nor locale say) the
    first-run country question."""
    from rolodex.ui.first_run_dialog import ask_country_if_unknown

    set_app_icon()
    instance.listen()
    start_crm(window)
    ask_country_if_unknown(window)


class FirstPaint(QObject):
    """Waits for the window's first frame, then logs the start-up time, opens the book when
    the window shows a first page read before it (``open_book``), runs ``then`` (the work that
    must not delay the first frame) and, for ``--startup-check``, prints ``SHOWN <time> CPU
    <seconds>`` (the process's CPU time so far) and ``READY`` likewise once the window takes
    input, and quits."""

    def __init__(
        self,
        window: QWidget,
        started: float,
        then: Callable[[], None],
        *,
        quit_after: bool,
        open_book: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(window)
        self.started, self.then, self.quit_after = started, then, quit_after
        self.open_book = open_book  # the window shows a first page: the book opens now
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted)  # once the frame (every child) is painted
        return False

    def painted(self) -> None:
        now = time.time()
        gc.enable()  # off while the program started (rolodex.__main__)
        log.info("First window shown %.3f s after the app began", now - self.started)
        if self.quit_after:
            print(f"SHOWN {now:.6f} CPU {time.process_time():.6f}", flush=True)
        if self.open_book is not None:
            if not self.open_book():
                QApplication.exit(2)
                return
            log.info("Book open %.3f s after the app began", time.time() - self.started)
        if self.quit_after:  # READY: the window takes input (the same moment without a page)
            print(f"READY {time.time():.6f} CPU {time.process_time():.6f}", flush=True)
            QApplication.quit()
            return
        QTimer.singleShot(0, self.then)  # after the window's own after-paint work


def run_gui(args: argparse.Namespace) -> int:
    """Run the desktop app until its window is closed; returns the exit code."""
    from rolodex.cli.common import book_display, book_where
    from rolodex.ui.safety.single_instance import SingleInstance, bring_to_front

    started = time.time()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Rolodex")
    app.setOrganizationName("Rolodex")
    app.setApplicationDisplayName("Rolodex")
    app.setDesktopFileName(DESKTOP_ID)  # the icon follows the first frame (set_app_icon)
    paths.init(args.data_dir)
    install_translations(app)
    from rolodex.ui import errors

    errors.install()
    try:  # a file, or a server book's URL (no password): the single-instance key and the log
        where = book_where(args)
    except StoreError as exc:
        print(f"rolodex: {exc}", file=sys.stderr)
        return 2
    path = where.expanduser().resolve() if isinstance(where, Path) else book_display(args)
    instance = SingleInstance(path, app)
    if not instance.claim(listen_now=False):
        return 0  # the copy already running on this book was asked to come forward
    try:
        page = first_page_to_show(path if isinstance(where, Path) else where)
        if page is None and not open_book_for_gui(args, path):
            return 2
        if page is None:
            log.info("Book opened: %s", path)
        window = build_window(start_crm_now=False, first_page=page)
        check = bool(getattr(args, "startup_check", False))
        opening = None if page is None else lambda: open_behind_first_page(args, path, window)
        then = lambda: after_first_paint(window, instance)  # noqa: E731
        FirstPaint(window, started, then, quit_after=check, open_book=opening)
        instance.activated.connect(lambda: bring_to_front(window))
        window.show()
        QTimer.singleShot(3000, gc.enable)  # should the window never paint (started minimized)
        QTimer.singleShot(3000, set_app_icon)
        QTimer.singleShot(300, warm_up)
        QTimer.singleShot(HOUSEKEEPING_MS, lambda: start_housekeeping(window))
        return int(app.exec())
    finally:
        from rolodex.ui.worker import wait_for_idle

        wait_for_idle()
        close_store()
        instance.release()
