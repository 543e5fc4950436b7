"""Starting the desktop app: ``rolodex`` with no command lands in :func:`run_gui`.

Creates the QApplication, decides the folders, loads translations for the system locale,
opens the book (a clear dialog instead of a traceback when it cannot be opened) and shows the
main window. Only what the first window needs is imported here; import/export, labels and
backups bring in their heavy libraries when first used.
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from rolodex import paths
from rolodex.db import StoreError, close_store

TRANSLATIONS_DIR = Path(__file__).with_name("translations")


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's own and Rolodex's translations for ``locale`` (the system's by default)."""
    locale = locale or QLocale.system()
    loaded: list[QTranslator] = []
    english = QTranslator(app)  # English plural forms ("1 contact", "2 contacts"): the base
    if english.load("rolodex_en", str(TRANSLATIONS_DIR)):
        app.installTranslator(english)
        loaded.append(english)
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("rolodex", str(TRANSLATIONS_DIR)),
    )
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded


def open_book_or_explain(args: argparse.Namespace) -> bool:
    """Open the book named by the arguments; on failure show why and return False."""
    from rolodex.cli.common import open_book

    try:
        open_book(args)
    except StoreError as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, "Rolodex", str(exc))
        box.setWindowTitle(QApplication.translate("App", "Cannot open the contact book"))
        box.setText(QApplication.translate("App", "Rolodex cannot open the contact book."))
        box.setInformativeText(str(exc))
        box.exec()
        return False
    return True


def warm_up() -> None:
    """Import what the first edit needs (phone parsing, collation) off the UI thread."""

    def load() -> None:
        import icu  # noqa: F401
        import phonenumbers  # noqa: F401

    threading.Thread(target=load, name="warm-up", daemon=True).start()


def run_gui(args: argparse.Namespace) -> int:
    """Run the desktop app until its window is closed; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Rolodex")
    app.setOrganizationName("Rolodex")
    app.setApplicationDisplayName("Rolodex")
    paths.init(args.data_dir)
    install_translations(app)
    if not open_book_or_explain(args):
        return 2
    from rolodex.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    QTimer.singleShot(300, warm_up)
    try:
        return int(app.exec())
    finally:
        from rolodex.ui.worker import wait_for_idle

        wait_for_idle()
        close_store()
