"""Background CardDAV sync for the main window: "Sync now", a periodic sync every
:data:`INTERVAL_MS`, and a permanent status-line label with the last result.

Every run goes through :func:`rolodex.ui.worker.run_in_background` (the database worker
thread): the network and the book are never touched on the UI thread, so a slow or absent
server never blocks the window. Offline, a run fails in one line in the status bar and the
book's changes wait for the next one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from rolodex.db import StoreError
from rolodex.services.changes import Change
from rolodex.ui.worker import run_in_background

if TYPE_CHECKING:
    from rolodex.ui.main_window.window import MainWindow

INTERVAL_MS = 15 * 60 * 1000
FIRST_RUN_MS = 60 * 1000
EVERYTHING = Change("contact", (), "updated")


@dataclass
class SyncOutcome:
    """What a background run did: per account, its result or its error line."""

    accounts: int = 0
    changed: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def sync_all(_progress: Any = None, _cancelled: Any = None) -> SyncOutcome:
    """Sync every account of the open book (on the worker thread)."""
    from rolodex.sync.accounts import accounts, run_account
    from rolodex.sync.result import SyncResult

    outcome, total = SyncOutcome(), SyncResult()
    for account in accounts():
        outcome.accounts += 1
        try:
            total.add(run_account(account))
        except StoreError as exc:
            outcome.errors.append(f"{account.name}: {exc}")
    outcome.errors.extend(total.messages)
    outcome.changed, outcome.counts = total.changed(), total.counts()
    return outcome


class SyncController(QObject):
    """Runs syncs off the UI thread and shows how the last one went."""

    finished = Signal(object)  # SyncOutcome

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.running = False
        self.label = QLabel()
        self.label.setObjectName("syncStatus")
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self.timer.start(INTERVAL_MS)
        QTimer.singleShot(FIRST_RUN_MS, self, self.sync_now)

    def sync_now(self) -> None:
        if self.running:
            return
        self.running = True
        self.label.setText(self.tr("Syncing…"))
        run_in_background(self, sync_all, self._done, on_error=self._failed)

    def _done(self, outcome: SyncOutcome) -> None:
        self.running = False
        if outcome.accounts:
            self.label.setText(self.describe(outcome))
            self.label.setToolTip("\n".join(outcome.errors))
        else:
            self.label.clear()
        if outcome.changed:
            self.window.contacts_changed(EVERYTHING)
        self.finished.emit(outcome)

    def _failed(self, exc: Exception) -> None:
        self.running = False
        self.label.setText(self.tr("Sync failed: %1").replace("%1", str(exc)))
        if not isinstance(exc, StoreError):
            raise exc

    def describe(self, outcome: SyncOutcome) -> str:
        when = datetime.now().strftime("%H:%M")
        c = outcome.counts
        if outcome.errors:
            text = self.tr("Sync %1: %n problem(s)", "", len(outcome.errors))
            return text.replace("%1", when) + " — " + outcome.errors[0]
        if not outcome.changed:
            return self.tr("Synced %1: no changes").replace("%1", when)
        sent = c["uploaded"] + c["updated_remote"] + c["deleted_remote"]
        got = c["downloaded"] + c["updated_local"] + c["deleted_local"]
        text = self.tr("Synced %1: %n sent", "", sent).replace("%1", when)
        text += ", " + self.tr("%n received", "", got)
        if c["conflicts"]:
            text += ", " + self.tr("%n conflict(s) to review", "", c["conflicts"])
        return text


def attach_sync(window: MainWindow) -> SyncController:
    controller = SyncController(window)
    window.sync_controller = controller  # type: ignore[attr-defined]
    return controller
