"""The one current contact: the detail pane always shows the contact highlighted in the list.

Moving in the list settles unsaved edits first (and, on Cancel, goes back to the contact still
shown once the click or key has finished selecting); a search that hides the contact shown
moves to the first match; opening a contact from elsewhere (Today, a duplicate warning, the
company window) clears a search or tag that hides it. Mixed into
:class:`~rolodex.ui.main_window.window.MainWindow`.

On a file the contact is read and shown at once. On a server book it is read off the UI
thread (:mod:`rolodex.ui.main_window.contact_loader`): the list's highlight moves at once, the
pane says "Loading…" (nothing to edit or save, and the editor's contact is none) until the
newest contact asked for comes; Enter meanwhile opens it in the form once it is there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QTimer

from rolodex.ui.search_worker import in_background

if TYPE_CHECKING:
    from rolodex.ui.main_window.contact_loader import ContactLoader, ShownContact


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
    statusBar: Any
    _contact_loader: ContactLoader | None = None  # a server book's, made when first needed

    def _wanted(self) -> int | None:
        """The contact the pane shows, or the one on its way there (a server book)."""
        loader = self._contact_loader
        waiting = loader.waiting if loader is not None else None
        return waiting if waiting is not None else self.editor.contact_id

    def _follow_the_list(self) -> None:
        """The pane shows the highlighted contact: when the one shown is no longer listed,
        show the first that is (or nothing). Unsaved edits stay where they are."""
        shown = self._wanted()
        if shown is not None and shown != self.editor.contact_id and self.model.row_of(shown) >= 0:
            self._highlight_shown()  # on its way: the list keeps it highlighted
            return
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
        if contact_id is None or contact_id == self._wanted():
            return
        if not self._settle_unsaved():
            # After the click or key has finished selecting: back to the contact still shown.
            QTimer.singleShot(0, self._highlight_shown)
            return
        self._load_contact(contact_id)

    def _highlight_shown(self) -> None:
        shown = self._wanted()
        row = self.model.row_of(shown) if shown is not None else -1
        self._selecting = True
        if row >= 0:
            self._select_row(row)
        self._selecting = False

    def open_contact(self, contact_id: int) -> None:
        """Show a contact (from Today, a duplicate warning...): unsaved edits are settled
        first, and the list is cleared of its search or tag when that hides the contact."""
        if contact_id != self._wanted() and not self._settle_unsaved():
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
        """Show a contact in the detail pane (and select it in the list when it is listed):
        on a file at once, on a server book when the loader's thread has read it."""
        if in_background():
            self._ask_for(contact_id)
            return
        data = self.service.get(contact_id)
        if data is None:
            return
        self.editor.load(data)
        self._highlight(contact_id)

    def _highlight(self, contact_id: int) -> None:
        row = self.model.row_of(contact_id)
        if row >= 0 and self.table.currentIndex().row() != row:
            self._selecting = True
            self._select_row(row)
            self._selecting = False

    def _ask_for(self, contact_id: int) -> None:
        """Read ``contact_id`` off the UI thread; another contact shown meanwhile gives way
        to "Loading…" (the one shown now is read again, and stays, when it is the same)."""
        self._loader().ask(self.service, self.details.card.reader(), contact_id)
        if contact_id != self.editor.contact_id:
            self.editor.show_empty(loading=True)
        self._highlight(contact_id)

    def _loader(self) -> ContactLoader:
        if self._contact_loader is None:
            from rolodex.ui.main_window.contact_loader import ContactLoader

            loader = ContactLoader(self)  # type: ignore[arg-type]  # the window, a QObject
            loader.loaded.connect(self._contact_read)
            loader.failed.connect(self._contact_failed)
            self._contact_loader = loader
        return self._contact_loader

    def _contact_read(self, contact_id: int, shown: ShownContact | None) -> None:
        """The newest contact asked for has come: show it, unless the pane has moved on
        meanwhile (a new contact opened in the form, edits made to the same contact)."""
        moved_on = self.editor.is_open() and self.editor.contact_id != contact_id
        if moved_on or self.editor.is_dirty():
            return
        if shown is None:  # deleted meanwhile
            if self.editor.contact_id is None:
                self.editor.show_empty()
            return
        self.details.card.hand(contact_id, shown.card)
        self.editor.load_as_read(shown.data, shown.revision)
        self._highlight(contact_id)

    def _contact_failed(self, line: str) -> None:
        if self.editor.contact_id is None:
            self.editor.show_empty()
        self.statusBar().showMessage(line)

    def stop_loading(self) -> None:
        """End the thread that reads a server book's contacts (the window closes)."""
        if self._contact_loader is not None:
            self._contact_loader.stop()

    def _settle_unsaved(self) -> bool:
        """Before leaving an edited contact: save, discard or stay. True means go on."""
        return self.editor.settle_unsaved()

    def edit_current(self) -> None:
        """Enter: open the current contact for editing (focus its first field); on a server
        book, once it has come when it is still on its way."""
        if self.in_trash():
            return
        contact_id = self.model.id_at(self.table.currentIndex().row())
        if contact_id is None:
            return
        if contact_id != self._wanted():
            self._load_contact(contact_id)
        if contact_id == self.editor.contact_id:
            self.details.edit()  # from the card to the form
        elif contact_id == self._wanted():  # on its way from the server: once it is there
            self._loader().then(self.details.edit)
