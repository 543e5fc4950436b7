"""The main window: sidebar of tags, the contact list, and the detail pane that edits in place.

Widgets never query the database: everything goes through the services. Every write returns a
:class:`Change` that arrives at :meth:`MainWindow.contacts_changed`, which refreshes the list,
the sidebar counts and the detail pane. Delete, restore and save are QUndoStack commands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rolodex.db import StoreError
from rolodex.services.changes import Change
from rolodex.services.contacts import ContactService
from rolodex.ui import settings_state
from rolodex.ui.contacts.list_actions import ListActions
from rolodex.ui.contacts.model import ContactTableModel
from rolodex.ui.contacts.table_view import contact_table, show_sort
from rolodex.ui.main_window.current import CurrentContact
from rolodex.ui.main_window.features import FeatureHooks
from rolodex.ui.main_window.greeting import Greeting
from rolodex.ui.main_window.input import InputAndStatus
from rolodex.ui.main_window.menus import build_menus
from rolodex.ui.main_window.panes import LazyPanes
from rolodex.ui.main_window.starting import Starting
from rolodex.ui.tags.model import CountDelegate, TagModel
from rolodex.ui.undo import DeleteContacts, RestoreContacts, SaveContact, run_and_push

if TYPE_CHECKING:
    from rolodex.records import ContactData
    from rolodex.store.sqlite.glance import FirstPage

SEARCH_DELAY_MS = 150


class MainWindow(
    CurrentContact, FeatureHooks, Greeting, InputAndStatus, LazyPanes, Starting, QMainWindow
):
    """Sidebar | contact list | detail pane, with search above the list."""

    files_dropped = Signal(list)
    book_changed = Signal(object)  # every Change the window hears of (follow-ups included)

    def __init__(
        self, service: ContactService | None = None, first_page: FirstPage | None = None
    ) -> None:
        """With ``first_page`` (read before the book was opened: rolodex.store.sqlite.glance)
        the window shows it and waits for :meth:`book_opened` to go on."""
        super().__init__()
        self.setWindowTitle(self.tr("Rolodex"))
        self.service = service or ContactService()
        self.first_page = first_page
        self.undo_stack = QUndoStack(self)
        self._features: dict[str, Callable[..., Any]] = {}
        self._selecting = False
        self._fallback_row = -1
        self.sidebar_tag_menus: list[Callable[[str], Any]] = []  # extra entries of a tag's menu
        self._build()
        self.menu_actions = build_menus(self)
        self.list_actions = ListActions(self)
        self.book_changed.connect(self._forget_last_contacts)
        self.setAcceptDrops(True)
        self._fit_default_size()
        header = self.table.horizontalHeader()
        header.blockSignals(True)  # restoring the sort order must not reload the list
        if not settings_state.restore_window(self, self.splitter, header):
            self.splitter.setSizes([170, 620, 410])
        header.blockSignals(False)
        if first_page is None:
            self._sync_sort_from_header()
            self.model.set_filter()  # all contacts; the sidebar counts come after the first paint
        else:
            self.model.show_first_page(first_page)
            show_sort(self.table, self.model.sort_column, self.model.sort_order)
        self._update_status()
        self._update_greeting()
        self._update_actions()
        self._started = False  # the sidebar counts and first contact wait for the first paint

    def _fit_default_size(self) -> None:
        """1200×760 where there is room; on a 768 or 720 px screen, short enough that the
        title bar and the status bar stay on screen."""
        screen = self.screen().availableGeometry()
        self.resize(min(1200, screen.width() - 40), min(760, screen.height() - 80))

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Search names, companies, emails, phones… (Ctrl+F)")
        )
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.sidebar = self._build_sidebar()
        self.table = self._build_table()
        self.contact_pane = QTabWidget()  # Details, and History once the CRM is wired
        self.contact_pane.setDocumentMode(True)
        self.details_tab = QWidget()  # the card or form, under the team's "already on it"
        self.details_tab.setLayout(QVBoxLayout())
        self.details_tab.layout().setContentsMargins(0, 0, 0, 0)
        self.contact_pane.addTab(self.details_tab, self.tr("Details"))
        self.detail = QStackedWidget()
        self.detail.addWidget(self.contact_pane)
        middle = QWidget()
        box = QVBoxLayout(middle)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.search_box)
        box.addWidget(self.table)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        for widget in (self.sidebar, middle, self.detail):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self._build_body(self.splitter))
        self.count_label = QLabel()
        self.count_label.setObjectName("contactCount")
        self.statusBar().addPermanentWidget(self.count_label)

    def _build_sidebar(self) -> QListView:
        self.tag_model = TagModel(self.service, self)
        sidebar = QListView()
        sidebar.setAccessibleName(self.tr("Groups"))
        sidebar.setModel(self.tag_model)
        sidebar.setItemDelegate(CountDelegate(sidebar))
        sidebar.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        sidebar.selectionModel().currentChanged.connect(self._on_sidebar_changed)
        self.tag_model.counted.connect(self._sidebar_counted)
        self.tag_model.count_failed.connect(lambda line: self.statusBar().showMessage(line))
        return sidebar

    def _build_table(self) -> QTableView:
        self.model = ContactTableModel(self.service, self)
        self.model.searched.connect(self._filter_applied)
        self.model.search_failed.connect(lambda line: self.statusBar().showMessage(line))
        table = contact_table(self.model)
        self.model.sort_reverted.connect(lambda column, order: show_sort(table, column, order))
        table.installEventFilter(self)
        table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        table.doubleClicked.connect(lambda _index: self.edit_current())  # the card's Edit
        table.selectionModel().selectionChanged.connect(self._update_actions)
        return table

    def _sync_sort_from_header(self) -> None:
        header = self.table.horizontalHeader()
        self.model.sort_column = header.sortIndicatorSection()
        self.model.sort_order = header.sortIndicatorOrder()

    # -- filtering -----------------------------------------------------------------------------
    def apply_filter(self) -> None:
        """Show what the search box and the sidebar ask for (runs ~150 ms after typing stops;
        on a server book the list follows when the search thread answers)."""
        self._search_timer.stop()
        entry = self.tag_model.entry(self.sidebar.currentIndex().row())
        tag = entry.tag if entry and entry.kind == "tag" else None
        trash = bool(entry and entry.kind == "trash")
        self.model.search(self.search_box.text().strip(), tag, trash)

    def _filter_applied(self) -> None:
        trash = self.model.trash
        editor = self.built_editor()
        self._select_quietly(None if trash or editor is None else editor.contact_id)
        if not trash:
            self._follow_the_list()
        self._update_status()
        self._update_actions()

    def refresh(self) -> None:
        """Re-read counts and the list (keeping the selected contact when it is still shown)."""
        self.tag_model.reload()
        self.apply_filter()

    def _select_quietly(self, keep_id: int | None, fallback_row: int = -1) -> None:
        """Select ``keep_id`` (else the row at ``fallback_row``) without loading the editor."""
        row = self.model.row_of(keep_id) if keep_id is not None else -1
        if row < 0 and fallback_row >= 0 and self.model.rowCount():
            row = min(fallback_row, self.model.rowCount() - 1)
        self._selecting = True
        if row >= 0:
            self._select_row(row)
        else:
            self.table.selectionModel().clear()
        self._selecting = False

    def _on_sidebar_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.setCurrentWidget(self.trash_view if self.in_trash() else self.contact_pane)
        self.apply_filter()

    def in_trash(self) -> bool:
        entry = self.tag_model.entry(self.sidebar.currentIndex().row())
        return bool(entry and entry.kind == "trash")

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def show_trash(self) -> None:
        self.sidebar.setCurrentIndex(self.tag_model.index(self.tag_model.row_of("trash"), 0))

    # -- selection and the detail pane ---------------------------------------------------------
    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        ids = [self.model.id_at(r) for r in rows]
        return [i for i in ids if i is not None]

    # -- operations ------------------------------------------------------------------------------
    def new_contact(self) -> None:
        if not self._settle_unsaved():
            return
        self._leave_greeting()
        if self.in_trash():
            self.sidebar.setCurrentIndex(self.tag_model.index(0, 0))
        self._selecting = True
        self.table.selectionModel().clear()
        self._selecting = False
        self.editor.new_contact()

    def _commit(self, data: ContactData, previous: ContactData | None) -> Change:
        command = SaveContact(self.service, data, previous, self.contacts_changed)
        run_and_push(
            self.undo_stack, command
        )  # a StoreError leaves the stack and book as they were
        assert command.change is not None
        return command.change

    def _run(self, command: QUndoCommand) -> bool:
        """Do an undoable command; if the book cannot be written, say why and change nothing."""
        try:
            run_and_push(self.undo_stack, command)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Nothing was changed"), str(exc))
            return False
        return True

    def _on_saved(self, _change: Change) -> None:
        self.statusBar().showMessage(self.tr("Saved."), 3000)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.in_trash():
            return
        if self.editor.contact_id in ids and self.editor.is_dirty():
            self.editor.revert()
        self._fallback_row = min(r.row() for r in self.table.selectionModel().selectedRows())
        if not self._run(DeleteContacts(self.service, ids, self.contacts_changed)):
            return
        self.statusBar().showMessage(
            self.tr("Moved %n contact(s) to the Trash. Ctrl+Z undoes this.", "", len(ids)), 8000
        )

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.in_trash():
            self._fallback_row = min(r.row() for r in self.table.selectionModel().selectedRows())
            self._run(RestoreContacts(self.service, ids, self.contacts_changed))

    def empty_trash(self) -> None:
        self.contacts_changed(self.service.empty_trash())
        self.undo_stack.clear()  # undoing a delete of a purged contact is no longer possible

    def _forget_last_contacts(self, change: Change) -> None:
        """An activity logged anywhere (Today, a deal, a campaign): the list's "Last contacted
        by" is read again for the rows shown."""
        if change.entity == "activity":
            self.model.forget_team()

    def contacts_changed(self, change: Change) -> None:
        """Refresh after any change to contacts (from this window or elsewhere)."""
        self.book_changed.emit(change)
        if change.entity not in ("contact", "company", "tag"):
            return
        keep = self._keep_after(change)
        fallback, self._fallback_row = self._fallback_row, -1
        self.tag_model.reload()
        self.model.refresh(lambda: self._list_changed(change, keep, fallback))

    def _list_changed(self, change: Change, keep: int | None, fallback: int) -> None:
        """The list shows ``change`` (on a server book once the search thread answers)."""
        self._select_quietly(keep, fallback)
        self._sync_editor(change)
        self._update_status()
        self._update_greeting()
        self._update_actions()

    def _keep_after(self, change: Change) -> int | None:
        """Which contact to select after ``change``: a new or restored one, else the same."""
        if change.entity == "contact" and change.ids:
            if change.kind in ("created", "restored") and not self.model.trash:
                return change.ids[0]
            if change.kind == "deleted" and self.model.trash:
                return change.ids[0]
        if self.model.trash:
            return self.model.id_at(self.table.currentIndex().row())
        return self.editor.contact_id

    def _sync_editor(self, change: Change) -> None:
        """Show the selected contact in the detail pane unless unsaved edits are there."""
        if self.model.trash or self.editor.is_dirty():
            return
        current = self.model.id_at(self.table.currentIndex().row())
        shown = self.editor.contact_id
        if current is not None and (current != shown or shown in change.ids):
            self._load_contact(current)
        elif current is None and shown is not None and not self.service.exists(shown):
            self.editor.show_empty()

    def _sidebar_counted(self) -> None:
        """The sidebar shows new counts (on a server book when its thread answers): keep its
        row; a tag gone is All contacts, listed again where the list was asked with the tag."""
        from rolodex.ui.search_worker import in_background

        tag = self.model.tag
        self._keep_sidebar_row()
        if tag is not None and self.model.tag is None and in_background():
            self.apply_filter()
        self._update_greeting()

    def _keep_sidebar_row(self) -> None:
        kind = "trash" if self.model.trash else ("tag" if self.model.tag else "all")
        row = self.tag_model.row_of(kind, self.model.tag)
        self.sidebar.blockSignals(True)
        self.sidebar.selectionModel().blockSignals(True)
        self.sidebar.setCurrentIndex(self.tag_model.index(max(row, 0), 0))
        self.sidebar.selectionModel().blockSignals(False)
        self.sidebar.blockSignals(False)
        if row < 0 and self.model.tag:  # the tag is gone (its last contact deleted)
            self.model.tag = None
            self.detail.setCurrentWidget(self.contact_pane)

    def _update_status(self) -> None:
        count = self.model.rowCount()
        if self.model.query:
            text = self.tr("%n contact(s) match “{query}”", "", count)
            text = text.format(query=self.model.query)
        elif self.model.trash:
            text = self.tr("%n contact(s) in the Trash", "", count)
        else:
            text = self.tr("%n contact(s)", "", count)
        self.count_label.setText(text)  # permanent: "Saved." and the like do not erase it
        if self.model.trash:
            self.trash_view.update_counts(count, len(self.selected_ids()))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._settle_unsaved():
            event.ignore()
            return
        settings_state.save_window(self, self.splitter, self.table.horizontalHeader())
        self.model.stop_searching()
        self.tag_model.stop_counting()
        self.stop_loading()
        super().closeEvent(event)
