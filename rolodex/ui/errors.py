"""What the user sees when something goes wrong outside a dialog that handles it.

A problem with the book the user can act on (locked, read-only, disk full: a StoreError, or
the SQLite error behind one) gets a plain warning and the app carries on. Anything else is a
bug: its traceback goes to stderr and a dialog says so, with the details; it is not hidden.
Both go into the log (:mod:`rolodex.logs`): a bug's type and stack at ERROR, its message (which
may quote contact data) only at DEBUG and never for an encrypted book.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from rolodex.db import StoreError, translate_error

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def user_problem(exc: BaseException) -> StoreError | None:
    """The StoreError to show for ``exc``, or None when ``exc`` is a bug."""
    if isinstance(exc, StoreError):
        return exc
    import sqlite3

    import peewee

    if isinstance(exc, peewee.OperationalError | sqlite3.OperationalError):
        translated = translate_error(exc, _tr("the contact book"))
        return None if translated.args[0].startswith("Database error") else translated
    return None


def show_exception(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> QMessageBox:
    """Tell the user (a warning for a book problem, an error with details for a bug)."""
    problem = user_problem(exc)
    parent = QApplication.activeWindow()
    log_exception(kind, exc, tb, problem)
    if problem is not None:
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Rolodex"), str(problem), parent=parent)
        box.setInformativeText(_tr("Nothing was changed. Your book is as it was before."))
    else:
        details = "".join(traceback.format_exception(kind, exc, tb))
        sys.stderr.write(details)
        box = QMessageBox(
            QMessageBox.Icon.Critical, _tr("Rolodex"), _tr("Rolodex hit a bug."), parent=parent
        )
        box.setInformativeText(f"{kind.__name__}: {exc}")
        box.setDetailedText(details)
    box.open()
    return box


def log_exception(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None,
    problem: StoreError | None,
) -> None:  # fmt: skip
    """Log what the user was shown: a book problem in one line, a bug with its stack."""
    if problem is not None:
        log.warning("Shown to the user: %s", problem)
        return
    stack = "".join(traceback.format_tb(tb))
    log.error("Uncaught %s (a bug) in the app:\n%s", kind.__qualname__, stack.rstrip())
    log.debug("Its message: %s", exc, extra={"contact_data": True})


def install() -> None:
    """Route exceptions raised in Qt slots and callbacks to :func:`show_exception`."""
    sys.excepthook = show_exception
