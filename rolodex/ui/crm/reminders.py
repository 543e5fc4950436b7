"""Reminders while the app runs: a QTimer polls the follow-up service (with the injected clock)
and announces each follow-up whose time has come — in the in-app banner always, and as a system
tray message where the platform has one. On start it says how many are overdue.

``ReminderController(services, banner, tray=None, interval_ms=30000, parent=None)``; call
``start()`` once the window is up. Signals: ``followup_due(FollowUpData)`` per newly due
follow-up, ``overdue_at_start(int)``. ``ReminderBanner`` is the strip to put above the main
view; its ``show_today`` signal asks for the Today view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSystemTrayIcon

from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import CrmError, FollowUpData
from rolodex.ui.crm.format import show_due

DEFAULT_INTERVAL_MS = 30_000


class ReminderBanner(QFrame):
    """A dismissable strip: the latest reminder text and a button to open Today."""

    show_today = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("ReminderBanner { background: #fff4ce; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        open_button = QPushButton(self.tr("Show Today"))
        open_button.clicked.connect(self.show_today)
        close_button = QPushButton(self.tr("Dismiss"))
        close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(open_button)
        layout.addWidget(close_button)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text()


class ReminderController(QObject):
    """Polls for due follow-ups and announces each once."""

    followup_due = Signal(object)
    overdue_at_start = Signal(int)

    def __init__(
        self,
        services: CrmServices,
        banner: ReminderBanner,
        tray: QSystemTrayIcon | None = None,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.banner, self.tray = services, banner, tray
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self._shown: int | None = None  # the follow-up announced last (-1: the overdue count)

    def start(self) -> int:
        """Announce how many are overdue (they are not announced again one by one), then poll."""
        followups = self.services.followups
        count = followups.count_overdue()
        if count:
            followups.mark_notified(followups.overdue_ids())
            self._show_overdue(count)
        self.overdue_at_start.emit(count)
        self.timer.start()
        return count

    def stop(self) -> None:
        self.timer.stop()

    def _show_overdue(self, count: int) -> None:
        self._shown = -1
        self.banner.show_message(self.tr("You have %n overdue follow-up(s).", "", count))

    def refresh(self, _change: object = None) -> None:
        """After a follow-up was done, moved or deleted: the banner says what is still true
        (the new overdue count, or nothing when none is left)."""
        if self._shown is None or self.banner.isHidden():
            return
        followups = self.services.followups
        if self._shown >= 0 and self._still_open(self._shown):
            return  # the one announced is still to do
        count = followups.count_overdue()
        if count:
            self._show_overdue(count)
        else:
            self._shown = None
            self.banner.hide()

    def _still_open(self, followup_id: int) -> bool:
        try:
            return self.services.followups.get(followup_id).done_at is None
        except CrmError:  # deleted since
            return False

    def poll(self) -> list[FollowUpData]:
        """Announce follow-ups that fell due since the last poll; returns them."""
        due = self.services.followups.due_for_reminder()
        if not due:
            return due
        self.services.followups.mark_notified([item.id for item in due if item.id is not None])
        for item in due:
            self._announce(item)
            self.followup_due.emit(item)
        return due

    def _announce(self, item: FollowUpData) -> None:
        title = self.tr("Follow-up due: %1").replace("%1", item.contact_name)
        when = show_due(item.due_date, item.due_time)
        text = f"{item.subject} ({when})" if item.subject else when
        self.banner.show_message(f"{title} — {text}")
        self._shown = item.id if item.id is not None else -1
        if self._tray_usable():
            assert self.tray is not None
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)

    def _tray_usable(self) -> bool:
        return (
            self.tray is not None
            and QSystemTrayIcon.isSystemTrayAvailable()
            and QSystemTrayIcon.supportsMessages()
        )
