"""Right-click menus and bulk actions on the contact list.

``ListActions(window)`` gives the list rows a context menu (open, log an activity, schedule a
follow-up, add or remove a tag, export, print labels, delete — on every selected contact), the
sidebar a menu per entry (show, export, print labels; a tag's extra entries come from
``window.sidebar_tag_menus``), and the list header a column chooser (the hidden columns are
kept with the header's saved state). The status bar says how many contacts are selected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu

from rolodex.ui.contacts.model import COL_NAME
from rolodex.ui.dialog_fit import title_width
from rolodex.ui.tags.model import CountRole, KindRole, TagRole

if TYPE_CHECKING:  # the bulk commands (and the CRM services they use) load when first used
    from rolodex.ui.bulk_commands import BulkActivityDialog, BulkFollowUpDialog, BulkTag
    from rolodex.ui.main_window.window import MainWindow


class ListActions(QObject):
    """The list's, the sidebar's and the header's menus, and the selection's bulk actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: Any = None
        self.open = self._action(self.tr("&Open"), window.edit_current)
        self.log_activity = self._action(self.tr("&Log activity…"), self.open_log_activity)
        self.schedule = self._action(self.tr("Schedule &follow-up…"), self.open_followup)
        self.add_tag = self._action(self.tr("&Add tag…"), lambda: self.tag_selected(adding=True))
        self.remove_tag = self._action(
            self.tr("&Remove tag…"), lambda: self.tag_selected(adding=False)
        )
        self.export = self._action(self.tr("&Export…"), window.open_export_dialog)
        self.labels = self._action(self.tr("Print la&bels…"), window.open_labels_dialog)
        self.selection_label = QLabel()
        self.selection_label.setObjectName("selectionCount")
        window.statusBar().addPermanentWidget(self.selection_label)
        self._wire_views()

    def _action(self, text: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _wire_views(self) -> None:
        custom = Qt.ContextMenuPolicy.CustomContextMenu
        window = self.window
        window.table.setContextMenuPolicy(custom)
        window.table.customContextMenuRequested.connect(self._show_row_menu)
        header = window.table.horizontalHeader()
        header.setContextMenuPolicy(custom)
        header.customContextMenuRequested.connect(self._show_column_menu)
        window.sidebar.setContextMenuPolicy(custom)
        window.sidebar.customContextMenuRequested.connect(self._show_sidebar_menu)

    # -- state -----------------------------------------------------------------------------
    def update(self) -> None:
        """Enable what applies to the selection; say how many are selected."""
        window = self.window
        count = len(window.selected_ids())
        live = count > 0 and not window.model.trash
        for action in (self.open, self.add_tag, self.remove_tag):
            action.setEnabled(live)
        crm = getattr(window, "crm_actions", None) is not None
        self.log_activity.setEnabled(live and crm)
        self.schedule.setEnabled(live and crm)
        self.export.setEnabled(live and window.feature_wired("export"))
        self.labels.setEnabled(live and window.feature_wired("labels"))
        text = self.tr("%n contact(s) selected", "", count) if count > 1 else ""
        self.selection_label.setText(text)
        self.selection_label.setVisible(bool(text))

    # -- menus -------------------------------------------------------------------------------
    def row_menu(self) -> QMenu:
        """The right-click menu of the list (acting on every selected contact)."""
        menu = QMenu(self.window.table)
        if self.window.model.trash:
            menu.addAction(self.window.menu_actions.restore)
            return menu
        menu.addAction(self.open)
        menu.addSeparator()
        menu.addActions([self.log_activity, self.schedule])
        menu.addSeparator()
        menu.addActions([self.add_tag, self.remove_tag])
        menu.addSeparator()
        menu.addActions([self.export, self.labels])
        menu.addSeparator()
        menu.addAction(self.window.menu_actions.delete)
        return menu

    def _show_row_menu(self, pos: QPoint) -> None:
        table = self.window.table
        index = table.indexAt(pos)
        if index.isValid() and not table.selectionModel().isRowSelected(index.row()):
            table.setCurrentIndex(index)  # right-click outside the selection selects that row
        self._exec(self.row_menu(), table.viewport().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        """Show or hide each list column (the name always stays)."""
        header = self.window.table.horizontalHeader()
        menu = QMenu(header)
        for column, title in enumerate(self.window.model.column_titles()):
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != COL_NAME)
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        return menu

    def _show_column_menu(self, pos: QPoint) -> None:
        header = self.window.table.horizontalHeader()
        self._exec(self.column_menu(), header.mapToGlobal(pos))

    def sidebar_menu(self, row: int) -> QMenu:
        """The right-click menu of a sidebar entry: show it, export or print its contacts."""
        window = self.window
        index = window.tag_model.index(row, 0)
        menu = QMenu(window.sidebar)
        kind, tag = index.data(KindRole), index.data(TagRole)
        show = menu.addAction(self.tr("&Show"))
        show.triggered.connect(lambda _c=False: window.sidebar.setCurrentIndex(index))
        if kind == "trash":
            return menu
        for text, feature, opener in (
            (self.tr("&Export these contacts…"), "export", window.open_export_dialog),
            (self.tr("Print &labels for these contacts…"), "labels", window.open_labels_dialog),
        ):
            action = menu.addAction(text)
            action.setEnabled(window.feature_wired(feature) and bool(index.data(CountRole)))
            action.triggered.connect(lambda _c=False, o=opener: self._for_entry(index, o))
        for extra in getattr(window, "sidebar_tag_menus", []) if kind == "tag" else []:
            menu.addSeparator()
            part = extra(tag)
            part.setParent(menu, part.windowFlags())
            menu.addActions(part.actions())
        return menu

    def _for_entry(self, index: Any, opener: Callable[[], None]) -> None:
        """Show the entry's contacts, select them all, then export or print them."""
        window = self.window
        window.sidebar.setCurrentIndex(index)
        window.table.selectAll()
        opener()

    def _show_sidebar_menu(self, pos: QPoint) -> None:
        sidebar = self.window.sidebar
        index = sidebar.indexAt(pos)
        if index.isValid():
            self._exec(self.sidebar_menu(index.row()), sidebar.viewport().mapToGlobal(pos))

    def _exec(self, menu: QMenu, where: QPoint) -> None:
        menu.exec(where)
        menu.deleteLater()

    # -- bulk actions ----------------------------------------------------------------------------
    def tag_selected(self, adding: bool, tag: str | None = None) -> BulkTag | None:
        """Add (or remove) a tag on every selected contact; asks which when ``tag`` is None."""
        window = self.window
        ids = window.selected_ids()
        if not ids or window.model.trash:
            return None
        if tag is None:
            tag = self._ask_tag(adding, ids)
        if not tag:
            return None
        undo_text = (
            self.tr("Add tag “{tag}” to %n contact(s)", "", len(ids))
            if adding
            else self.tr("Remove tag “{tag}” from %n contact(s)", "", len(ids))
        )
        from rolodex.ui.bulk_commands import BulkTag

        command = BulkTag(
            window.service, ids, tag, adding, window.contacts_changed, undo_text.format(tag=tag)
        )
        if not window._run(command):
            return None
        message = (
            self.tr("Tagged %n contact(s) “{tag}”.", "", len(command.changed))
            if adding
            else self.tr("Took “{tag}” off %n contact(s).", "", len(command.changed))
        )
        window.statusBar().showMessage(message.format(tag=tag), 8000)
        return command

    def _ask_tag(self, adding: bool, ids: list[int]) -> str:
        """Which tag: any tag (or a new one) to add; one the selection has, to remove."""
        from PySide6.QtWidgets import QComboBox, QInputDialog  # not for the first frame

        service = self.window.service
        if adding:
            tags = [name for name, _n in service.tag_counts()]
        else:
            tags = sorted({t for d in service.get_many(ids) for t in d.tags}, key=str.casefold)
            if not tags:
                self.window.statusBar().showMessage(
                    self.tr("The selected contacts have no tags."), 8000
                )
                return ""
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Add tag") if adding else self.tr("Remove tag"))
        dialog.setLabelText(
            self.tr("Tag to add to %n contact(s):", "", len(ids))
            if adding
            else self.tr("Tag to take off %n contact(s):", "", len(ids))
        )
        dialog.setComboBoxItems(tags)
        dialog.setComboBoxEditable(adding)
        dialog.setTextValue("" if adding else tags[0])
        dialog.sizeHint()  # lays the dialog out, which fixes its size to its contents: so the
        combo = dialog.findChild(QComboBox)  # the field is made wide enough for the title
        if combo is not None:
            combo.setMinimumWidth(title_width(dialog) - 40)
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return ""
        return dialog.textValue().strip()

    def _title(self, ids: list[int]) -> str:
        if len(ids) == 1:
            rows = self.window.service.rows(ids)
            return rows[0].name if rows else ""
        return self.tr("%n contact(s)", "", len(ids))

    def open_log_activity(self) -> BulkActivityDialog | None:
        """Log one activity for every selected contact."""
        crm, ids = getattr(self.window, "crm_actions", None), self.window.selected_ids()
        if crm is None or not ids or self.window.model.trash:
            return None
        from rolodex.ui.bulk_commands import BulkActivityDialog

        dialog = BulkActivityDialog(crm.services, ids, self._title(ids), "call", self.window)
        dialog.saved.connect(lambda change: self._push_created(crm.services, change))
        return self._open(dialog)

    def open_followup(self) -> BulkFollowUpDialog | None:
        """Schedule one follow-up for every selected contact."""
        crm, ids = getattr(self.window, "crm_actions", None), self.window.selected_ids()
        if crm is None or not ids or self.window.model.trash:
            return None
        from rolodex.ui.bulk_commands import BulkFollowUpDialog

        dialog = BulkFollowUpDialog(crm.services, ids, self._title(ids), self.window)
        dialog.saved.connect(lambda change: self._push_created(crm.services, change))
        return self._open(dialog)

    def _push_created(self, services: Any, change: Any) -> None:
        count = len(change.ids)
        text = (
            self.tr("Log an activity for %n contact(s)", "", count)
            if change.entity == "activity"
            else self.tr("Schedule a follow-up for %n contact(s)", "", count)
        )
        from rolodex.ui.bulk_commands import CrmCreated

        notify = self.window.contacts_changed
        command = CrmCreated(services, change.entity, change.ids, notify, text)
        self.window.undo_stack.push(command)  # its first redo is a no-op: they exist already
        self.window.contacts_changed(change)

    def _open(self, dialog: Any) -> Any:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
