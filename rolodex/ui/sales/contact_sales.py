"""The sales part of a contact card: the contact's lifecycle stage (changed by hand here, every
change kept by :mod:`rolodex.sales.lifecycle` with when, from, to and by, shown as a tooltip)
and the contact's deals, each a link that opens the deal dialog, with "New deal…".

The card adds it with two lines (:class:`~rolodex.ui.contacts.card.ContactCard`): the panel
reads its data itself when the card shows a contact."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from rolodex.clock import SystemClock
from rolodex.sales import lifecycle
from rolodex.sales.deals import DealService
from rolodex.sales.records import DealData, DealFilter
from rolodex.ui.locale.dates import show_date, show_stored
from rolodex.ui.sales.deal_dialog import edit_deal
from rolodex.ui.sales.money_text import show_money
from rolodex.ui.sales.stage_names import shown_stage

SHOW_DEALS = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactSales", text)


def lifecycle_names() -> dict[str, str]:
    """The lifecycle stages as the user reads them ("" is a contact not placed yet)."""
    return {"": _tr("Not set"), lifecycle.LEAD: _tr("Lead"), lifecycle.PROSPECT: _tr("Prospect"),
            lifecycle.CUSTOMER: _tr("Customer"),
            lifecycle.FORMER: _tr("Former customer")}  # fmt: skip


@dataclass(frozen=True)
class SalesFacts:
    """What the panel shows of one contact, as read (on a server book, off the UI thread)."""

    stage: str
    history: Sequence[tuple[str, str, str, str, str]]  # at, from, to, by, reason; oldest first
    deals: Sequence[DealData]


def read_sales(contact_id: int) -> SalesFacts:
    """The contact's stage, its history and its deals (no widget touched: any thread)."""
    return SalesFacts(
        lifecycle.current("contact", contact_id),
        list(lifecycle.history("contact", contact_id)),
        DealService().deals(DealFilter(contact_id=contact_id)),
    )


class ContactSales(QWidget):
    """Lifecycle stage and deals of the contact the card shows; ``changed`` after an edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_id: int | None = None
        self.stage = QComboBox()
        for key, name in lifecycle_names().items():
            self.stage.addItem(name, key)
        self.stage.setAccessibleName(_tr("Lifecycle stage"))
        self.stage.activated.connect(self._stage_chosen)
        self.deals = QLabel()
        self.deals.setWordWrap(True)
        self.deals.linkActivated.connect(self._open_deal)
        self.new_deal = QPushButton(_tr("New dea&l…"))
        self.new_deal.setToolTip(_tr("A new deal for this contact"))
        self.new_deal.clicked.connect(self.add_deal)
        self.stage.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.stage.setMinimumContentsLength(12)
        row, button_row = QHBoxLayout(), QHBoxLayout()
        caption = QLabel(_tr("Lifecycle stage:"))
        caption.setBuddy(self.stage)
        row.addWidget(caption)
        row.addWidget(self.stage)
        row.addStretch(1)
        button_row.addWidget(self.new_deal)
        button_row.addStretch(1)  # under the deals: the card stays narrow in every language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.deals)
        layout.addLayout(button_row)

    def show_contact(self, contact_id: int | None, facts: SalesFacts | None = None) -> None:
        """Show the contact's stage, its history and its deals (read now unless ``facts``
        were read already)."""
        self.contact_id = contact_id
        self.setVisible(contact_id is not None)
        if contact_id is None:
            return
        facts = facts or read_sales(contact_id)
        self.stage.setCurrentIndex(max(self.stage.findData(facts.stage), 0))
        self.stage.setToolTip(self._history(facts.history))
        self.deals.setText(self._deal_lines(facts.deals))

    def _history(self, history: Sequence[tuple[str, str, str, str, str]]) -> str:
        names = lifecycle_names()
        lines = [
            f"{show_stored(at[:10])}: {names.get(before, before)} → {names.get(after, after)}"
            + (f" ({by})" if by else "")
            for at, before, after, by, _reason in history
        ]
        return "\n".join(lines[-10:]) or _tr("No changes recorded yet.")

    def _deal_lines(self, found: Sequence[DealData]) -> str:
        if not found:
            return ""
        lines = []
        for deal in found[:SHOW_DEALS]:
            close = show_date(deal.expected_close) if deal.expected_close else ""
            parts = [shown_stage(deal.stage), show_money(deal.value_minor, deal.currency), close]
            title = deal.title.replace("&", "&amp;").replace("<", "&lt;")
            lines.append(
                f'<a href="deal:{deal.id}">{title}</a> · ' + " · ".join(p for p in parts if p)
            )
        more = len(found) - SHOW_DEALS
        tail = (
            "<br>" + _tr("and %1 more on the pipeline board").replace("%1", str(more))
            if more > 0
            else ""
        )
        return f"<b>{_tr('Deals')}</b><br>" + "<br>".join(lines) + tail

    def _stage_chosen(self, index: int) -> None:
        if self.contact_id is None:
            return
        key = str(self.stage.itemData(index))
        if key and lifecycle.set_by_hand("contact", self.contact_id, key, SystemClock().now()):
            self.changed.emit()
        self.show_contact(self.contact_id)

    def _open_deal(self, link: str) -> None:
        if link.startswith("deal:") and edit_deal(self, int(link[5:])):
            self.show_contact(self.contact_id)
            self.changed.emit()

    def add_deal(self) -> None:
        """The deal dialog for a new deal of this contact."""
        if self.contact_id is not None and edit_deal(self, contact_id=self.contact_id):
            self.show_contact(self.contact_id)
            self.changed.emit()
