"""The team on the main window (issue 11): who you are (status bar), live refresh of what
colleagues change on a server book, and "someone is already on it" above the open contact.

The listener thread (:class:`rolodex.team.live.ChangeListener`) hands each event to a queued
signal; on the UI thread a contact's update repaints just its rows (and reloads the open card
unless it has unsaved edits, which the next save merges); anything else goes through the
window's usual ``contacts_changed``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel

from rolodex import logs
from rolodex.db import StoreError
from rolodex.services.changes import Change
from rolodex.team.live import ChangeListener, LiveChange
from rolodex.team.users import UserService
from rolodex.ui.crm.kinds import kind_label
from rolodex.ui.locale.dates import show_date

if TYPE_CHECKING:
    from rolodex.ui.main_window.window import MainWindow


class TeamPresence(QObject):
    """Installed once per main window by :func:`install`."""

    arrived = Signal(object)  # a LiveChange, from the listener thread

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.listener: ChangeListener | None = None
        self._applying = False
        self.user_label = QLabel()
        self.user_label.setObjectName("currentUser")
        window.statusBar().addPermanentWidget(self.user_label)
        self.on_it_label = QLabel()
        self.on_it_label.setObjectName("someoneOnIt")
        self.on_it_label.setWordWrap(True)
        self.on_it_label.setStyleSheet(
            "QLabel#someoneOnIt { background: palette(alternate-base); padding: 4px; }"
        )
        self.on_it_label.hide()
        window.details_tab.layout().insertWidget(0, self.on_it_label)  # over card and form
        self.arrived.connect(self._apply, Qt.ConnectionType.QueuedConnection)
        window.book_changed.connect(self._book_changed)
        window.details.card.team_lines = self.lines_for  # read with the rest of the card
        window.editor.contact_shown.connect(self.show_on_it)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self.restart()

    def restart(self) -> None:
        """(Re)start for the bound book: say who you are; listen if it is on a server."""
        self.stop()
        me = UserService().me()
        self.user_label.setText(self.tr("You: {name}").format(name=me.name))
        self.user_label.setToolTip(self.tr("Signed in as {login} ({role})").format(
            login=me.login, role=me.role))  # fmt: skip
        listener = ChangeListener(self.arrived.emit)
        try:
            self.listener = listener if listener.start() else None
        except StoreError as exc:  # the server went away: the window still works
            logs.log.warning("No live updates: %s", exc)

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    def _book_changed(self, change: Change) -> None:
        if not self._applying and change.entity == "contact" and not change.ids:
            self.restart()  # another book was opened (or the whole book rewritten)

    def _apply(self, event: LiveChange) -> None:
        change, window = event.change, self.window
        self._applying = True
        try:
            if change.entity == "contact" and change.ids and change.kind == "updated":
                window.model.forget(set(change.ids))
                window.book_changed.emit(change)
                shown = window.editor.contact_id
                if shown in change.ids and not window.editor.is_dirty():
                    window._load_contact(shown)
                elif shown in change.ids:
                    name = UserService().names({event.by})[event.by]
                    text = self.tr("{name} just changed this contact; saving keeps both changes.")
                    window.editor.banner.setText(text.format(name=name))
                    window.editor.banner.show()
            else:
                window.contacts_changed(change)
        finally:
            self._applying = False
        shown = window.editor.contact_id
        if change.entity in ("activity", "followup") and shown is not None:
            self.show_on_it(shown, read=True)

    def show_on_it(self, contact_id: int | None, *, read: bool = False) -> None:
        """Above the card: colleagues' recent activity and their open follow-ups on it, as
        read with the card (on a server book off the UI thread), or now with ``read``."""
        shown = self.window.details.card.shown_facts
        lines: Sequence[str] = ()
        if contact_id is not None and not read and shown is not None and shown[0] == contact_id:
            lines = shown[1].team if shown[1].team is not None else self.lines_for(contact_id)
        elif contact_id is not None:
            lines = self.lines_for(contact_id)
        self.on_it_label.setText("\n".join(lines))
        self.on_it_label.setVisible(bool(lines))

    def lines_for(self, contact_id: int) -> list[str]:
        """The lines for ``contact_id``: reads the book, touches no widget (any thread)."""
        from rolodex.team import on_it  # after the first frame: no contact is shown before

        lines = []
        for seen in on_it.colleagues_on_it(contact_id):
            when = show_date(seen.at.astimezone().date())  # four-digit year; ISO in C
            text = self.tr("{name}: {kind} on {date}")
            lines.append(text.format(name=seen.name, kind=kind_label(seen.kind), date=when))
        for item in on_it.others_followups(contact_id):
            text = self.tr("{name} has an open follow-up: {subject}")
            lines.append(text.format(name=item.name, subject=item.subject or "…"))
        return lines


def install(window: MainWindow) -> TeamPresence:
    """Add the team's status line, live refresh and "already on it" to ``window``."""
    presence = TeamPresence(window)
    window.team = presence  # type: ignore[attr-defined]
    if window.editor.contact_id is not None:  # shown before the team was installed
        presence.show_on_it(window.editor.contact_id, read=True)
    return presence
