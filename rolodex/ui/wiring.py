"""Connecting the features built in their own modules to the main window: import and export,
labels, backups, duplicates, preferences, the CRM (log call, follow-ups, History tab, Today,
reminders, keep-in-touch cadence).

Each dialog is imported when first opened, so none of their libraries load at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QMenu, QSizePolicy, QVBoxLayout, QWidget

from rolodex.services.changes import Change

if TYPE_CHECKING:
    from rolodex.services.crm.bundle import CrmServices
    from rolodex.ui.main_window.window import MainWindow

EVERYTHING = Change("contact", (), "updated")  # refresh all views


def _tr(text: str) -> str:
    return QCoreApplication.translate("Wiring", text)


def wire_features(window: MainWindow) -> None:
    """Enable every feature's menu action on ``window``."""
    window.set_feature("import", lambda files=(): _open_import(window, files))
    window.set_feature("import_history", lambda: _open_import_history(window))
    window.set_feature("export", lambda ids: _open_export(window, ids))
    window.set_feature("labels", lambda ids: _open_labels(window, ids))
    window.set_feature("backups", lambda: _open_backups(window))
    window.set_feature("duplicates", lambda: _open_duplicates(window))
    window.set_feature("preferences", lambda: _open_preferences(window))
    window.set_feature("encryption", lambda: _open_security(window))
    window.files_dropped.connect(window.open_import_dialog)
    _wire_tags(window)


def wire_book(window: MainWindow) -> None:
    """What needs the book open: the list's Owner / Last contacted by filters (issue 11)."""
    from rolodex.ui.team import filter as team_filter

    team_filter.install(window)


def wire_team(window: MainWindow) -> None:
    """Who you are, live refresh, "someone is already on it" (issue 11): after the first
    frame, like the CRM (on a server book its listener opens a connection of its own)."""
    from rolodex.ui.team.presence import install

    install(window)


def _wire_tags(window: MainWindow) -> None:
    from rolodex.ui.tags.actions import wire_tag_actions

    window.tag_actions = wire_tag_actions(window)  # the sidebar's Rename tag… / Delete tag…


def _backups_before_imports() -> None:
    from rolodex.safety import hooks

    hooks.install()  # every import, and every undo of one, backs the book up first


def _open_import(window: MainWindow, files: Any) -> None:
    from rolodex.ui.importing.dialog import ImportDialog

    _backups_before_imports()
    dialog = ImportDialog(list(files or ()), parent=window)
    dialog.changed.connect(window.contacts_changed)
    dialog.show()


def _open_import_history(window: MainWindow) -> None:
    from rolodex.ui.importing.history_dialog import ImportHistoryDialog

    _backups_before_imports()
    dialog = ImportHistoryDialog(parent=window)
    dialog.changed.connect(window.contacts_changed)
    dialog.exec()


def _open_export(window: MainWindow, ids: list[int]) -> None:
    from rolodex.ui.export_dialog import ExportDialog

    tags = [name for name, _count in window.service.tag_counts()]
    ExportDialog(ids, window.search_box.text(), tags, parent=window).exec()


def _open_labels(window: MainWindow, ids: list[int]) -> None:
    """Labels for the selection; with nothing selected, for the list as filtered now."""
    from rolodex.ui.labels.dialog import open_for_ids

    open_for_ids(window, ids or window.model.all_ids())


def _open_backups(window: MainWindow) -> None:
    from rolodex.ui.safety.backups_dialog import BackupsDialog

    dialog = BackupsDialog(window)
    dialog.restored.connect(lambda _result: window.contacts_changed(EVERYTHING))
    dialog.exec()


def _open_preferences(window: MainWindow) -> None:
    from rolodex.ui.preferences_dialog import open_preferences

    open_preferences(window)


def _open_security(window: MainWindow) -> None:
    from rolodex.ui.safety.security_dialog import open_security_dialog

    open_security_dialog(window)


def _open_duplicates(window: MainWindow) -> None:
    from rolodex.ui.contacts.merge_dialog import MergeUndoCommand
    from rolodex.ui.duplicates.dialog import DuplicatesDialog

    dialog = DuplicatesDialog(parent=window)
    dialog.changed.connect(window.contacts_changed)
    dialog.merged.connect(
        lambda plan, result: window.undo_stack.push(
            MergeUndoCommand(plan, result, window.contacts_changed)
        )
    )
    dialog.exec()


def wire_crm(window: MainWindow, services: CrmServices) -> QObject:
    """Log call / follow-up actions, the History tab, Today and reminders. Returns the
    reminder controller (start it once the window is shown)."""
    from rolodex.ui.crm.actions import CrmActions
    from rolodex.ui.crm.reminders import ReminderBanner, ReminderController
    from rolodex.ui.timeline.follow import HistoryFollowsCard, name_of
    from rolodex.ui.timeline.view import TimelineWidget

    def current_contact() -> tuple[int, str] | None:
        contact_id = window.editor.contact_id
        return None if contact_id is None else (contact_id, name_of(window, contact_id))

    actions = CrmActions(services, window, current_contact, window.undo_stack)
    window.crm_actions = actions  # the list's bulk actions use its services; enabled per contact
    actions.changed.connect(window.contacts_changed)
    timeline = TimelineWidget(services, undo_stack=window.undo_stack)
    timeline.changed.connect(window.contacts_changed)
    window.contact_pane.addTab(timeline, _tr("History"))

    history = HistoryFollowsCard(window, timeline)  # reads when the tab is shown
    window.editor.contact_shown.connect(history.follow)
    _wire_card(window, services)
    actions.changed.connect(history.follow)
    _wire_cadence(window, _add_crm_menu(window, actions))
    window._update_actions()
    window.set_feature("today", lambda: _open_today(window, services))
    banner = ReminderBanner()
    _put_above_content(window, banner)
    banner.show_today.connect(window.open_today_view)
    reminders = ReminderController(services, banner, _tray(window), parent=window)
    window.book_changed.connect(reminders.refresh)  # a follow-up done: the banner follows
    return reminders


def _put_above_content(window: MainWindow, banner: QWidget) -> None:
    """Put the reminder banner above the sidebar, list and detail pane."""
    content = window.takeCentralWidget()  # take, not replace: replacing would delete it
    container = QWidget()
    box = QVBoxLayout(container)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(0)
    banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    box.addWidget(banner)
    box.addWidget(content, 1)  # the banner takes only the height of its text
    window.setCentralWidget(container)


def _add_crm_menu(window: MainWindow, actions: Any) -> QMenu:
    bar = window.menuBar()
    menu = QMenu(_tr("&Contact"), bar)
    menu.addActions([actions.log_call, actions.log_activity, actions.schedule])
    bar.insertMenu(bar.actions()[-1], menu)  # before Help
    return menu


def _wire_card(window: MainWindow, services: CrmServices) -> None:
    from rolodex.ui.contacts.card import card_extras

    window.details.card.extras = card_extras(services)  # open follow-ups, latest history
    window.book_changed.connect(lambda _change: window.details.refresh())
    window.details.refresh()


def _wire_cadence(window: MainWindow, menu: QMenu) -> None:
    from rolodex.ui.crm.cadence import wire_cadence

    wire_cadence(window, menu)  # Contact → Keep in touch…, and the sidebar's tag menu


def _open_today(window: MainWindow, services: CrmServices) -> None:
    from rolodex.ui.crm.today import TodayView

    dialog = QDialog(window)
    dialog.setWindowTitle(_tr("Today"))
    view = TodayView(services, dialog, window.undo_stack)  # Done is undoable
    view.open_contact.connect(window.open_contact)
    view.changed.connect(window.contacts_changed)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    dialog.resize(760, 520)
    view.refresh()
    dialog.show()


def _tray(window: MainWindow) -> Any:
    from PySide6.QtWidgets import QSystemTrayIcon

    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(window.windowIcon(), window)
    tray.show()
    return tray
