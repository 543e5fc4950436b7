"""The empty book's greeting in place of the list and the form, and which window actions can
apply now (Delete, Log call, Labels... need a contact). Mixed into
:class:`~rolodex.ui.main_window.window.MainWindow`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QStackedWidget, QWidget

if TYPE_CHECKING:
    from rolodex.ui.empty_state import EmptyBook

CONTACT_ACTIONS = ("log_call", "log_activity", "schedule")


class Greeting:
    """Needs the MainWindow's model, table, tag model, editor (once built), menu actions (a mixin)."""

    model: Any
    table: Any
    tag_model: Any
    built_editor: Any  # the editor, or None before the detail pane is built
    service: Any
    trash_view: Any
    _features: dict[str, Any]
    new_contact: Any
    open_import_dialog: Any
    crm_actions: Any = None  # the CRM's Log call / follow-up actions, once wired
    tag_actions: Any = None  # the sidebar's Rename tag… / Delete tag…, once wired
    sort_menu: Any = None  # View › Sort by

    def _build_body(self, content: QWidget) -> QStackedWidget:
        """The window's body: ``content`` (sidebar, list, pane), or the greeting (made when
        first shown: a book with contacts never needs it, and it cost the first frame ~4 ms)."""
        self.body = QStackedWidget()
        self.body.addWidget(content)
        self._greeting: EmptyBook | None = None
        self._adding_first = False
        return self.body

    @property
    def greeting(self) -> EmptyBook:
        """The empty book's welcome (made on first use)."""
        if self._greeting is None:
            from rolodex.ui.empty_state import EmptyBook

            self._greeting = EmptyBook()
            self._greeting.import_requested.connect(lambda: self.open_import_dialog())
            self._greeting.add_requested.connect(self._add_first_contact)
            self.body.addWidget(self._greeting)
        return self._greeting

    def _add_first_contact(self) -> None:
        self.new_contact()

    def _leave_greeting(self) -> None:
        """A new contact is being typed in: the form, not the greeting (Ctrl+N or the button)."""
        self._adding_first = True
        self.body.setCurrentIndex(0)

    def book_is_empty(self) -> bool:
        """No contacts at all, the Trash included (read from the sidebar counts once loaded)."""
        entries = [self.tag_model.entry(r) for r in range(self.tag_model.rowCount())]
        if entries:
            return all(e is None or e.count == 0 for e in entries)
        unfiltered = not (self.model.query or self.model.tag or self.model.trash)
        if unfiltered and self.model.rowCount():
            return False
        return not self.service.ids(limit=1) and not self.service.ids(trash=True, limit=1)

    def _update_greeting(self) -> None:
        empty = self.book_is_empty()
        if not empty:
            self._adding_first = False
        editor = self.built_editor()
        dirty = editor is not None and editor.is_dirty()
        greet = empty and not self._adding_first and not dirty
        if greet or self._greeting is not None:
            self.body.setCurrentWidget(self.greeting if greet else self.body.widget(0))

    def feature_wired(self, name: str) -> bool:
        return name in self._features

    def _update_actions(self, *_args: object) -> None:
        """Enable what can apply now; the selection's count in the status bar."""
        selected = bool(self.table.selectionModel().selectedRows())
        listed = self.model.rowCount() > 0 and not self.model.trash
        actions = getattr(self, "menu_actions", None)
        if actions is not None:
            actions.delete.setEnabled(selected and not self.model.trash)
            actions.restore.setEnabled(selected and self.model.trash)
            for name, wanted in (("labels", listed), ("export", listed)):
                actions.features[name].setEnabled(wanted and self.feature_wired(name))
        editor = self.built_editor()
        shown = editor is not None and editor.contact_id is not None and not self.model.trash
        crm = getattr(self, "crm_actions", None)
        for name in CONTACT_ACTIONS if crm is not None else ():
            getattr(crm, name).setEnabled(shown)
        if hasattr(self, "list_actions"):
            self.list_actions.update()
        if self.model.trash:
            self.trash_view.update_counts(self.model.rowCount(), len(self.selected_ids()))
