"""The read-only contact card of the details pane, and the pane that switches between it and the
form (:class:`~rolodex.ui.contact_editor.editor.ContactEditor`).

The card shows a contact on one screen: name, title and company, clickable email (mailto:),
phone (tel:) and website links, addresses, birthday, tags, notes, the open follow-ups and the
latest history. Edit (the button, Enter or a double-click) switches to the form; Save or
Escape there comes back to the card; a new contact opens straight in the form. The editor stays
the one that knows which contact is current: the card only shows what the editor loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rolodex.records import Address, ContactData
from rolodex.ui.locale import dates as locale_dates

if TYPE_CHECKING:  # the CRM and the editor's parts load after the first frame
    from rolodex.services.crm.bundle import CrmServices
    from rolodex.ui.contact_editor.editor import ContactEditor
    from rolodex.ui.sales.contact_sales import ContactSales, SalesFacts

GRACE_MS = 250  # a contact on its way from the server: the old card stays, greyed, this long
ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


@dataclass(frozen=True)
class CardExtras:
    """What the CRM adds to a card: lines for the open follow-ups and the latest history."""

    followups: Sequence[str] = ()
    history: Sequence[str] = ()


Extras = Callable[[int], CardExtras]


@dataclass(frozen=True)
class CardFacts:
    """Everything the card reads of one saved contact besides its ContactData: the CRM lines,
    the sales panel's stage and deals, and what colleagues are doing with the contact (None
    until the team is wired). Read on a server book's thread, shown after."""

    extras: CardExtras
    sales: SalesFacts
    team: Sequence[str] | None = None


CardReader = Callable[[int], CardFacts]


def _e(text: str) -> str:
    """``html.escape(text, quote=True)``, without loading the html package at start-up."""
    return text.translate(ESCAPES)


def _label(kind: str, keyword: str) -> str:
    """A type label in the interface language ("work" → "jobb"); one a user typed as is."""
    from rolodex.ui.contact_editor.rows import label_choices

    return dict(label_choices(kind)).get(keyword, keyword)


def _link(href: str, text: str, label: str = "") -> str:
    tail = f' <span style="color: gray">{_e(label)}</span>' if label else ""
    return f'<a href="{_e(href)}">{_e(text)}</a>{tail}'


def _dial(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit() or ch == "+")


def _website(url: str) -> str:
    return url if "://" in url else f"https://{url}"


def _address(a: Address) -> str:
    from rolodex.countries import country_name

    city = " ".join(p for p in (a.postal_code, a.city) if p)
    country = country_name(a.country, QLocale().name().split("_")[0]) if a.country else ""
    lines = [a.street, a.extended, a.po_box, city, a.region, country]
    return "<br>".join(_e(line) for line in lines if line.strip())


def card_extras(services: CrmServices, history: int = 3) -> Extras:
    """The card's CRM lines from ``services``: every open follow-up, the latest activities."""
    from rolodex.ui.crm.format import show_due, show_moment
    from rolodex.ui.crm.kinds import kind_label

    def extras(contact_id: int) -> CardExtras:
        due = [
            " · ".join(p for p in (show_due(f.due_date, f.due_time), f.subject) if p)
            for f in services.followups.for_contact(contact_id)
            if f.due_date is not None
        ]
        done = [
            " · ".join(
                p
                for p in (show_moment(a.occurred_at, services.clock), kind_label(a.kind), a.subject)
                if p
            )  # fmt: skip
            for a in services.activities.timeline(contact_id, limit=history)
            if a.occurred_at is not None
        ]
        return CardExtras(due, done)

    return extras


class ContactCard(QWidget):
    """One contact, read-only, with an Edit button."""

    edit_requested = Signal()
    leave_requested = Signal()  # Escape: back to the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.extras: Extras | None = None  # set once the CRM is wired
        self._handed: tuple[int, CardFacts] | None = None  # read already, for the next show
        self.shown_facts: tuple[int | None, CardFacts] | None = None  # of the contact shown
        self.team_lines: Callable[[int], Sequence[str]] | None = None  # set by the team
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Ed&it"))
        self.edit_button.setToolTip(self.tr("Edit this contact (Enter)"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.body = QLabel()
        self.body.setObjectName("cardBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setOpenExternalLinks(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._layout()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.addLayout(head)
        box.addWidget(self.body)
        box.addStretch(1)
        self._box, self._sales = box, None
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    @property
    def sales(self) -> ContactSales:
        """Lifecycle and deals (issue 13), built when the first contact is shown: the window's
        first frame shows none, and the sales modules cost it ~25 ms (bench_ui.py)."""
        if self._sales is None:
            from rolodex.ui.sales.contact_sales import ContactSales

            self._sales = ContactSales()
            self._box.insertWidget(self._box.count() - 1, self._sales)  # above the stretch
        return self._sales

    def reader(self) -> CardReader:
        """What reads a contact's card facts: touches no widget, so it may run on a thread."""
        from rolodex.ui.sales.contact_sales import read_sales

        extras, team = self.extras, self.team_lines

        def read(contact_id: int) -> CardFacts:
            return CardFacts(
                extras(contact_id) if extras is not None else CardExtras(),
                read_sales(contact_id),
                team(contact_id) if team is not None else None,
            )

        return read

    def hand(self, contact_id: int, facts: CardFacts) -> None:
        """Facts read already for ``contact_id``: the next show of it uses them (once)."""
        self._handed = (contact_id, facts)

    def show_contact(self, data: ContactData) -> None:
        handed, self._handed = self._handed, None
        facts = handed[1] if handed is not None and handed[0] == data.id else None
        if facts is None and data.id:
            facts = self.reader()(data.id)
        self.shown_facts = (data.id, facts) if facts is not None else None
        self.title.setText(data.full_name() or self.tr("(no name)"))
        self.body.setText(self.html(data, facts.extras if facts is not None else CardExtras()))
        self.sales.show_contact(data.id or None, facts.sales if facts is not None else None)

    def html(self, data: ContactData, extras: CardExtras) -> str:
        """The card's body: only the sections the contact has something in."""
        work = " · ".join(_e(p) for p in (data.job_title, data.department, data.company) if p)
        sections = [f"<p>{work}</p>" if work else ""]
        sections.append(self._rows(self.tr("Email"), [
            _link(f"mailto:{e.value}", e.value, _label("email", e.label)) for e in data.emails]))  # fmt: skip
        sections.append(self._rows(self.tr("Phone"), [
            _link(f"tel:{_dial(p.e164 or p.value)}", p.value, _label("phone", p.label))
            for p in data.phones]))  # fmt: skip
        sections.append(self._rows(self.tr("Website"), [
            _link(_website(w.value), w.value, _label("website", w.label))
            for w in data.websites]))  # fmt: skip
        sections.append(self._rows(self.tr("Address"), [_address(a) for a in data.addresses]))
        if data.birthday:
            birthday = _e(locale_dates.show_stored(data.birthday))
            sections.append(self._rows(self.tr("Birthday"), [birthday]))
        sections.append(
            self._rows(self.tr("Tags"), [_e(", ".join(data.tags))] if data.tags else [])
        )
        notes = _e(data.notes).replace("\n", "<br>")
        sections.append(self._rows(self.tr("Notes"), [notes] if data.notes.strip() else []))
        sections.append(self._rows(self.tr("Open follow-ups"), [_e(t) for t in extras.followups]))
        sections.append(self._rows(self.tr("Latest history"), [_e(t) for t in extras.history]))
        return "".join(sections)

    @staticmethod
    def _rows(heading: str, items: Sequence[str]) -> str:
        if not items:
            return ""
        lines = "".join(f"<div style='margin-top: 2px'>{item}</div>" for item in items)
        return f"<div style='margin-top: 10px'><b>{_e(heading)}</b></div>{lines}"

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.edit_requested.emit()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            return
        super().keyPressEvent(event)


class ContactDetails(QStackedWidget):
    """The details pane: the card for a saved contact, the form while editing or adding."""

    def __init__(self, editor: ContactEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.card = ContactCard()
        self.addWidget(self.card)
        self.addWidget(editor)
        self.setCurrentWidget(editor)  # its "select a contact" hint until one is shown
        self.card.edit_requested.connect(self.edit)
        editor.contact_shown.connect(self._on_shown)
        editor.dirty_changed.connect(lambda dirty: dirty and self.setCurrentWidget(editor))
        editor.saved.connect(lambda _change: self.show_card())
        editor.leave_requested.connect(self.show_card)

    def editing(self) -> bool:
        return self.currentWidget() is self.editor

    def edit(self) -> None:
        """Switch to the form (the contact already loaded there) and focus its first field."""
        if self.editor.is_open():
            self.setCurrentWidget(self.editor)
            self.editor.focus_first_field()

    def show_card(self) -> None:
        """Back to the card for the contact in the editor (the form while it has edits)."""
        original = self.editor.contact_id
        if original is None or self.editor.is_dirty():
            return
        focused = self.editor.isAncestorOf(QApplication.focusWidget())
        self.card.show_contact(self.editor.data())
        self.card.setEnabled(True)
        self.setCurrentWidget(self.card)
        if focused:  # after Save: the card takes the keyboard (Enter edits, Escape: the list)
            self.card.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Draw the card again (after a CRM change: follow-ups and history)."""
        if not self.editing():
            self.show_card()

    def _on_shown(self, contact_id: int | None) -> None:
        if contact_id is not None:
            self.show_card()
        elif self.editor.awaiting and self.currentWidget() is self.card:
            # On its way from the server: the old card, greyed (nothing on it to click),
            # then "Loading…" if the server takes longer than a moment.
            self.card.setEnabled(False)
            QTimer.singleShot(GRACE_MS, self._still_awaited)
        else:
            self.setCurrentWidget(self.editor)  # a new contact, the hint, or "Loading…"

    def _still_awaited(self) -> None:
        if self.editor.awaiting:
            self.setCurrentWidget(self.editor)
