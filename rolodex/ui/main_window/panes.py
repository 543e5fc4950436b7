"""The main window's panes that the first frame does not show, built on first use: the
detail pane (the card, and the form while editing; at start-up just after the first frame, for
it is empty until a contact is chosen) and the Trash's pane. Mixed into
:class:`~rolodex.ui.main_window.window.MainWindow`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rolodex.ui.contact_editor.editor import ContactEditor
    from rolodex.ui.contacts.card import ContactDetails
    from rolodex.ui.trash_view import TrashView


class LazyPanes:
    """Needs the MainWindow's service, table, detail stack and Details tab (a mixin)."""

    service: Any
    table: Any
    detail: Any  # the stack: the contact's tabs, or the Trash's pane
    details_tab: Any
    _commit: Any
    _on_saved: Any
    open_contact: Any
    _update_actions: Any
    restore_selected: Any
    empty_trash: Any
    _editor: ContactEditor | None = None
    _details: ContactDetails | None = None
    _trash_view: TrashView | None = None

    @property
    def editor(self) -> ContactEditor:
        """The detail pane's editor (the pane is built on first use: at start-up once the
        first frame is painted, for it is empty until a contact is chosen)."""
        if self._editor is None:
            self._build_details()
        assert self._editor is not None
        return self._editor

    @property
    def details(self) -> ContactDetails:
        """The detail pane: the card, and the form while editing."""
        if self._details is None:
            self._build_details()
        assert self._details is not None
        return self._details

    @property
    def trash_view(self) -> TrashView:
        """The Trash's pane (Restore, Empty Trash), built when the Trash is first shown."""
        if self._trash_view is None:
            from rolodex.ui.trash_view import TrashView

            self._trash_view = TrashView()
            self._trash_view.restore_requested.connect(self.restore_selected)
            self._trash_view.empty_requested.connect(self.empty_trash)
            self.detail.addWidget(self._trash_view)
        return self._trash_view

    def built_editor(self) -> ContactEditor | None:
        """The editor if the pane is built (no contact is shown or edited before that)."""
        return self._editor

    def _build_details(self) -> None:
        if self._details is not None:
            return
        from rolodex.ui.contact_editor.editor import ContactEditor
        from rolodex.ui.contacts.card import ContactDetails

        editor = ContactEditor(self.service, self._commit)
        editor.saved.connect(self._on_saved)
        editor.open_contact_requested.connect(self.open_contact)
        editor.leave_requested.connect(self.table.setFocus)
        editor.contact_shown.connect(self._update_actions)
        self._editor, self._details = editor, ContactDetails(editor)
        self._details.card.leave_requested.connect(self.table.setFocus)
        self.details_tab.layout().addWidget(self._details)
