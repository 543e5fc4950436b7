"""The main window's menus and actions: File, Edit, View and Help.

Actions for features built elsewhere (import, export, labels, backups, duplicates, Today)
call ``MainWindow.open_*`` methods; until a feature is wired with
:meth:`MainWindow.set_feature`, its action is disabled and says so in its tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from rolodex.ui.main_window.file_menu import add_open_shared_book, add_sync_accounts

Keys = QKeySequence.StandardKey

if TYPE_CHECKING:
    from rolodex.ui.main_window.window import MainWindow

FEATURES = (
    "import", "import_history", "export", "labels", "backups", "duplicates", "today", "preferences",
    "encryption",
)  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass
class Actions:
    new_contact: QAction
    delete: QAction
    restore: QAction
    find: QAction
    companies: QAction
    trash: QAction
    quit: QAction
    features: dict[str, QAction]


def _action(window: MainWindow, text: str, slot: object, shortcut: object = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)  # type: ignore[arg-type]
    action.triggered.connect(slot)
    return action


def _preferences_action(window: MainWindow) -> QAction:
    """Edit → Preferences…: the platform's key (Ctrl+, on most), and Ctrl+, everywhere."""
    action = _action(window, _tr("&Preferences…"), lambda: window.open_preferences())
    keys = QKeySequence.keyBindings(Keys.Preferences)
    if QKeySequence("Ctrl+,") not in keys:
        keys.append(QKeySequence("Ctrl+,"))
    action.setShortcuts(keys)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    return action


def build_menus(window: MainWindow) -> Actions:
    features = {
        "import": _action(window, _tr("&Import…"), lambda: window.open_import_dialog()),
        "import_history": _action(
            window, _tr("Import &history…"), lambda: window.open_import_history()
        ),
        "export": _action(window, _tr("&Export…"), lambda: window.open_export_dialog()),
        "labels": _action(window, _tr("Print &labels…"), lambda: window.open_labels_dialog()),
        "backups": _action(window, _tr("&Backups…"), lambda: window.open_backups_dialog()),
        "duplicates": _action(
            window, _tr("Find duplicate&s…"), lambda: window.open_duplicates_dialog()
        ),
        "today": _action(window, _tr("&Today"), lambda: window.open_today_view(), "Ctrl+T"),
        "preferences": _preferences_action(window),
        "encryption": _action(window, _tr("En&cryption…"), lambda: window.open_encryption_dialog()),
    }
    for action in features.values():
        action.setEnabled(False)
        action.setToolTip(_tr("Not available in this version yet"))
    actions = Actions(
        new_contact=_action(window, _tr("&New contact"), window.new_contact, Keys.New),
        delete=_action(window, _tr("&Delete"), window.delete_selected, Keys.Delete),
        restore=_action(window, _tr("Res&tore from Trash"), window.restore_selected, "Ctrl+R"),
        find=_action(window, _tr("&Find"), window.focus_search, Keys.Find),
        companies=_action(window, _tr("&Companies…"), window.open_companies, "Ctrl+Shift+C"),
        trash=_action(window, _tr("T&rash"), window.show_trash),
        quit=_action(window, _tr("&Quit"), window.close, Keys.Quit),
        features=features,
    )
    # Delete only acts on the list: in a text field the key must delete text, not contacts.
    actions.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.table.addAction(actions.delete)
    _fill_menus(window, actions)
    return actions


def _fill_menus(window: MainWindow, actions: Actions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(_tr("&File"))
    file_menu.addAction(actions.new_contact)
    add_open_shared_book(window, file_menu)  # their dialogs load when chosen
    add_sync_accounts(window, file_menu)
    file_menu.addSeparator()
    for name in ("import", "import_history", "export", "labels", "backups", "encryption"):
        file_menu.addAction(actions.features[name])
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu(_tr("&Edit"))
    undo = window.undo_stack.createUndoAction(window, _tr("&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(window, _tr("&Redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    edit_menu.addActions([actions.delete, actions.restore])
    edit_menu.addSeparator()
    edit_menu.addActions([actions.find, actions.features["duplicates"]])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.features["preferences"])
    view_menu = bar.addMenu(_tr("&View"))
    view_menu.addActions([actions.features["today"], actions.companies, actions.trash])
    from rolodex.ui.sales.menu import add_sales_actions

    add_sales_actions(window, view_menu)
    from rolodex.ui.contacts.name_order import add_sort_menu

    view_menu.addSeparator()
    add_sort_menu(window, view_menu)
    help_menu = bar.addMenu(_tr("&Help"))
    help_menu.addAction(_action(window, _tr("&Keyboard shortcuts"), window.show_shortcuts))
    help_menu.addAction(_action(window, _tr("Show &log"), window.show_log))
    help_menu.addAction(_action(window, _tr("&About Rolodex"), window.show_about))
