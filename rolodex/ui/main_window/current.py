"""The one current contact: the detail pane always shows the contact highlighted in the list.

Moving in the list settles unsaved edits first (and, on Cancel, goes back to the contact still
shown once the click or key has finished selecting); a search that hides the contact shown
moves to the first match; opening a contact from elsewhere (Today, a duplicate warning, the
company window) clears a search or tag that hides it. Mixed into
:class:`~rolodex.ui.main_window.window.MainWindow`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QTimer


class CurrentContact:
    """Needs the MainWindow's model, table, sidebar, search box and editor (a mixin)."""

    model: Any
    table: Any
    sidebar: Any
    tag_model: Any
    search_box: Any
    editor: Any
    details: Any
    service: Any
    _selecting: bool
    in_trash: Any
    apply_filter: Any
    _select_row: Any

    def _follow_the_list(self) -> None:
        """The pane shows the highlighted contact: when the one shown is no longer listed,
        show the first that is (or nothing). Unsaved edits stay where they are."""
        shown = self.editor.contact_id
        if self.editor.is_dirty() or (shown is not None and self.model.row_of(shown) >= 0):
            return
        if self.model.rowCount():
            self._select_row(0)
        elif shown is not None:
            self.editor.show_empty()

    def _on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selecting or self.in_trash():
            return
        contact_id = self.model.id_at(current.row()) if current.isValid() else None
        if contact_id is None or contact_id == self.editor.contact_id:
            return
        if not self._settle_unsaved():
            # After the click or key has finished selecting: back to the contact still shown.
            QTimer.singleShot(0, self._highlight_shown)
            return
        self._load_contact(contact_id)

    def _highlight_shown(self) -> None:
        shown = self.editor.contact_id
        row = self.model.row_of(shown) if shown is not None else -1
        self._selecting = True
        if row >= 0:
            self._select_row(row)
        self._selecting = False

    def open_contact(self, contact_id: int) -> None:
        """Show a contact (from Today, a duplicate warning...): unsaved edits are settled
        first, and the list is cleared of its search or tag when that hides the contact."""
        if contact_id != self.editor.contact_id and not self._settle_unsaved():
            return
        if self.in_trash() or self.model.row_of(contact_id) < 0:
            self._show_everyone()
        self._load_contact(contact_id)

    def _show_everyone(self) -> None:
        """All contacts, no search: so that the contact about to be shown is listed."""
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.sidebar.setCurrentIndex(self.tag_model.index(0, 0))
        self.apply_filter()

    def _load_contact(self, contact_id: int) -> None:
        """Show a contact in the detail pane (and select it in the list when it is listed)."""
        data = self.service.get(contact_id)
        if data is None:
            return
        self.editor.load(data)
        row = self.model.row_of(contact_id)
        if row >= 0 and self.table.currentIndex().row() != row:
            self._selecting = True
            self._select_row(row)
            self._selecting = False

    def _settle_unsaved(self) -> bool:
        """Before leaving an edited contact: save, discard or stay. True means go on."""
        return self.editor.settle_unsaved()

    def edit_current(self) -> None:
        """Enter: open the current contact for editing (focus its first field)."""
        if self.in_trash():
            return
        contact_id = self.model.id_at(self.table.currentIndex().row())
        if contact_id is not None:
            if contact_id != self.editor.contact_id:
                self._load_contact(contact_id)
            self.details.edit()  # from the card to the form
