"""Opening a book that this version must upgrade first, with a window that says so.

An upgrade can take a while on a big book (migration 10 rebuilds the search index: ~20 s at
100,000 contacts on the test machine), and before this the app showed nothing at all until it
was done. The book is opened (backed up, migrated) on the worker thread, whose connection is
closed when the job ends; the app's own connection opens on the UI thread at its first query.
The upgrade cannot be cancelled halfway: the window has no Cancel button.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog

from rolodex.db import StoreError

SHOW_AFTER_MS = 300  # a quick upgrade opens without a window flashing by


def _tr(text: str) -> str:
    return QCoreApplication.translate("UpgradeDialog", text)


def open_with_progress(
    args: argparse.Namespace, explain: Callable[[StoreError], None]
) -> bool:
    """Open the book the arguments name while a progress window shows; on a StoreError show
    why (``explain``) and return False. A bug raises as usual."""
    from rolodex.cli.common import open_book
    from rolodex.ui.worker import run_in_background

    dialog = QProgressDialog(
        _tr("Upgrading your contact book for this version of Rolodex…\n"
            "This happens once and can take a minute for a big book."),
        "", 0, 0,
    )  # fmt: skip
    dialog.setWindowTitle(_tr("Rolodex"))
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setValue(0)
    outcome: list[BaseException | None] = []
    loop = QEventLoop()

    def ended(error: BaseException | None) -> None:
        outcome.append(error)
        loop.quit()

    run_in_background(
        dialog, lambda _p, _c: open_book(args), lambda _info: ended(None), on_error=ended
    )
    if not outcome:
        loop.exec()
    dialog.close()
    error = outcome[0]
    if isinstance(error, StoreError):
        explain(error)
        return False
    if error is not None:
        raise error
    return True
