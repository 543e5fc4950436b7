"""The detail pane: shows the selected contact and edits it in place.

Values are checked as they are typed (email syntax, phone numbers, dates) with an explanation
under the field. Saving checks again, then asks :meth:`ContactService.conflicts` whether an
email or phone already belongs to someone else and offers to open that contact. The actual
write goes through a ``commit`` callable so the window can make it undoable.

The form is built the first time it is needed (a new contact, Edit, a field asked for): a
contact shown on the card only needs what was loaded, so the first window does without it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rolodex.db import StoreError
from rolodex.records import ContactData
from rolodex.services.changes import Change
from rolodex.ui import unsaved
from rolodex.ui.contact_editor.checks import email_problem
from rolodex.ui.contact_editor.forms import (
    DATE_FIELDS,
    EditorForms,
    initials,
    structured_name,
)

if TYPE_CHECKING:  # the form's parts are imported when the form is first built
    from rolodex.services.contacts import ContactService
    from rolodex.services.duplicates.check import Conflict
    from rolodex.ui.contact_editor.photo import PhotoBox
    from rolodex.ui.contact_editor.rows import ListSection

Commit = Callable[[ContactData, ContactData | None], Change]


class ContactEditor(EditorForms, QWidget):
    """Shows one contact; every field is editable; Save (Ctrl+S); Escape asks what to do
    with unsaved edits (or leaves the editor when there are none)."""

    saved = Signal(object)  # the Change
    open_contact_requested = Signal(int)
    dirty_changed = Signal(bool)
    leave_requested = Signal()
    contact_shown = Signal(object)  # the id shown (None: a new contact or nothing)

    # The form's widgets: built on first use (see _build_form), not for the first frame.
    FORM_PARTS = frozenset(
        {"fields", "sections", "scroll", "footer", "banner", "revert_button", "save_button",
         "photo", "title", "subtitle", "notes", "do_not_mail", "_companies"}
    )  # fmt: skip
    fields: dict[str, QLineEdit]
    sections: dict[str, ListSection]
    scroll: QScrollArea
    footer: QWidget
    banner: QLabel
    revert_button: QPushButton
    save_button: QPushButton
    photo: PhotoBox
    title: QLabel
    subtitle: QLabel
    notes: QPlainTextEdit
    do_not_mail: QCheckBox

    def __init__(self, service: ContactService, commit: Commit | None = None) -> None:
        super().__init__()
        self._service = service
        self._commit: Commit = commit or (lambda data, _old: service.save(data))
        self._original: ContactData | None = None
        self._snapshot: ContactData | None = None
        self._base_revision: int | None = None  # what a colleague's save would move (issue 11)
        self._auto_display = True
        self._loading = False
        self._was_dirty = False
        self._form_built = False
        self.awaiting = False  # a contact selected is on its way from the server
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        layout.addWidget(self.placeholder, 1)
        self.show_empty()

    if not TYPE_CHECKING:  # hidden from mypy, which would accept any attribute name otherwise

        def __getattr__(self, name: str) -> Any:
            """A form widget asked for before the form was needed: build it now."""
            if name in ContactEditor.FORM_PARTS and not self.__dict__.get("_form_built", True):
                self.build_form()
                return getattr(self, name)
            raise AttributeError(name)

    # -- building the form -----------------------------------------------------------------
    def build_form(self) -> None:
        """Build the form (the first time the editor shows a contact in it, or a caller
        reaches for a field) and fill it with the contact loaded, if any. A contact shown
        on the card only needs the form once it is edited."""
        if self._form_built:
            return
        self._form_built = True
        self.fields = {}
        self._build()
        self._fix_tab_order()
        if self._original is not None:
            self._show_in_form(self._original)
        else:
            self.scroll.hide()
            self.footer.hide()
            self._emit_dirty()

    def _build(self) -> None:
        from rolodex.ui.contact_editor.rows import ListSection

        body = QWidget()
        form = QVBoxLayout(body)
        form.addLayout(self._build_header())
        form.addWidget(self._group(self.tr("Name"), self._name_form()))
        form.addWidget(self._group(self.tr("Work"), self._work_form()))
        self.sections = {
            "emails": ListSection("email", self.tr("Email"), self.tr("Add email"), email_problem),
            "phones": ListSection(  # a number it cannot check is a warning, never blocks Save
                "phone", self.tr("Phone"), self.tr("Add phone"), self._phone_problem, False
            ),
            "addresses": ListSection("address", self.tr("Address"), self.tr("Add address")),
            "websites": ListSection("website", self.tr("Website"), self.tr("Add website")),
            "ims": ListSection("im", self.tr("Messaging"), self.tr("Add handle")),
        }  # fmt: skip
        for section in self.sections.values():
            section.changed.connect(self._on_changed)
            section.rows_changed.connect(self._fix_tab_order)
            form.addWidget(section)
        form.addWidget(self._group(self.tr("More"), self._more_form()))
        form.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll = scroll
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        at = layout.indexOf(self.placeholder)  # after anything put above the form (issue 11)
        layout.insertWidget(at, scroll, 1)
        layout.insertWidget(at + 1, self._build_footer())
        keys = ((QKeySequence(QKeySequence.StandardKey.Save), self.save),
                (QKeySequence(Qt.Key.Key_Escape), self._escape))  # fmt: skip
        for key, slot in keys:
            QShortcut(key, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_header(self) -> QHBoxLayout:
        from rolodex.ui.contact_editor.photo import PhotoBox

        self.photo = PhotoBox()
        self.photo.changed.connect(self._on_changed)
        self.title = QLabel()
        self.title.setObjectName("contactTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        names.addStretch(1)
        header = QHBoxLayout()
        header.addWidget(self.photo)
        header.addLayout(names, 1)
        return header

    def _build_footer(self) -> QWidget:
        self.footer = QWidget()
        self.banner = QLabel()
        self.banner.setObjectName("editorBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Undo the changes not saved yet"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save this contact (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self.footer)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        return self.footer

    # -- loading and reading ---------------------------------------------------------------
    @property
    def contact_id(self) -> int | None:
        return self._original.id if self._original is not None else None

    def is_open(self) -> bool:
        return self._original is not None

    def show_empty(self, *, loading: bool = False) -> None:
        """Nothing selected: show a hint instead of the form (or, ``loading``, that the
        contact selected is on its way from the server: nothing to edit or save meanwhile)."""
        self._original = self._snapshot = None
        self.awaiting = loading
        if self._form_built:
            self.scroll.hide()
            self.footer.hide()
        self.placeholder.setText(
            self.tr("Loading…")
            if loading
            else self.tr("Select a contact, or press Ctrl+N to add one.")
        )
        self.placeholder.show()
        self._emit_dirty()
        self.contact_shown.emit(None)

    def load(self, data: ContactData) -> None:
        """Show ``data`` for editing (a new contact when its id is None). A saved contact
        goes to the card: the form is filled now only if it is already built."""
        from rolodex.ui.team.merge_dialog import team_revision

        self.load_as_read(data, team_revision(data.id))

    def load_as_read(self, data: ContactData, revision: int | None) -> None:
        """:meth:`load` with the contact's team revision read already (on a thread)."""
        self._original = copy.deepcopy(data)
        self._base_revision = revision
        self.awaiting = False
        self._auto_display = not data.display_name or data.display_name == structured_name(data)
        if self._form_built or data.id is None:
            self.build_form()
            self._show_in_form(data)
        else:
            self._snapshot = self.data()
            self.placeholder.hide()
            self._emit_dirty()
        self.contact_shown.emit(data.id)

    def _show_in_form(self, data: ContactData) -> None:
        self._loading = True
        try:
            self._fill(data)
        finally:
            self._loading = False
        self._snapshot = self.data()
        self._refresh_header()
        self.banner.hide()
        self.placeholder.hide()
        self.scroll.show()
        self.footer.show()
        self.scroll.verticalScrollBar().setValue(0)
        self._emit_dirty()

    def new_contact(self) -> None:
        self.load(ContactData())
        self.focus_first_field()

    def focus_first_field(self) -> None:
        self.build_form()
        self.fields["given"].setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.fields["given"].selectAll()

    def data(self) -> ContactData:
        """The contact as currently edited (fields not shown are kept from the original)."""
        data = copy.deepcopy(self._original) if self._original is not None else ContactData()
        if self._form_built:  # else shown on the card, not edited: as loaded
            self._read_form(data)
        if self._auto_display:
            data.display_name = structured_name(data)
        return data

    def is_dirty(self) -> bool:
        return self._snapshot is not None and self.data() != self._snapshot

    # -- reacting to edits -------------------------------------------------------------------
    def _on_changed(self) -> None:
        if self._loading:
            return
        for name in DATE_FIELDS:
            self._show_date_problem(name)
        self._refresh_header()
        self._emit_dirty()

    def _emit_dirty(self) -> None:
        dirty = self.is_dirty()
        if not self._form_built:
            return  # nothing edited, and no buttons yet
        self.save_button.setEnabled(dirty or self.contact_id is None)
        self.revert_button.setEnabled(dirty)
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    def _refresh_header(self) -> None:
        data = self.data()
        name = data.full_name() or (data.phones[0].value if data.phones else "")
        if not name:
            name = self.tr("New contact") if data.id is None else self.tr("No name")
        self.title.setText(f"<span style='font-size:16pt; font-weight:600'>{_escape(name)}</span>")
        work = " · ".join(p for p in (data.job_title, data.department, data.company) if p)
        self.subtitle.setText(work)  # plain text: "Fjord & Søn AS", never "&amp;"
        self.photo.set_initials(initials(data))

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Check, warn about duplicates, then write. Returns True when the contact was saved."""
        if self._original is None:
            return False
        problems = self.problems()
        if problems:
            self._show_banner(self.tr("Not saved: {problem}").format(problem=problems[0][1]))
            problems[0][0].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        data = self.data()
        conflicts = self._service.conflicts(data)
        if conflicts and not self._confirm_conflicts(conflicts):
            return False
        from rolodex.ui.team.merge_dialog import resolve_concurrent

        try:
            merged = resolve_concurrent(self, self._original, data, self._base_revision)
            if merged is None:
                return False
            data, previous, note = merged
            change = self._commit(data, previous if previous.id is not None else None)
        except StoreError as exc:  # locked, read-only, disk full: keep the edits, say why
            self._show_banner(self.tr("Not saved: {problem}").format(problem=str(exc)))
            return False
        data.id = change.ids[0] if data.id is None else data.id
        self.load(self._service.get(data.id) or data)
        self._show_banner(note)
        self.saved.emit(change)
        return True

    def _confirm_conflicts(self, conflicts: list[Conflict]) -> bool:
        """Ask what to do about duplicates; True means save anyway."""
        from rolodex.ui.contact_editor.duplicate_warning import ask_about_duplicates

        answer = ask_about_duplicates(self, conflicts)
        if answer == "open":
            self.revert()
            self.open_contact_requested.emit(conflicts[0].contact_id)
        return answer == "save"

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def revert(self) -> None:
        """Throw away unsaved edits."""
        if self._original is not None:
            self.load(self._original)

    def _escape(self) -> None:
        if not self.is_dirty() or self.settle_unsaved():
            self.leave_requested.emit()

    def settle_unsaved(self) -> bool:
        """Before unsaved edits would be lost: ask Save, Discard or Cancel. True means go on."""
        if not self.is_dirty():
            return True
        answer = unsaved.ask(self, self.data().full_name() or self.tr("this contact"))
        if answer is unsaved.Answer.SAVE:
            return self.save()
        if answer is unsaved.Answer.DISCARD:
            self.revert()
            return True
        return False


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
