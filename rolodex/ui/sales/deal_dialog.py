"""The deal dialog: a new deal (from the board, or for a contact) or an existing one edited.
Title, contact and/or company, value and currency, stage, probability (the stage's default
unless overridden), expected close, owner and notes. Saving goes through ``DealService``; a
request it refuses (no title, an amount it cannot read) is shown as one line and nothing is
lost."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from rolodex.sales import money, pipeline, stages
from rolodex.sales.actor import current_login
from rolodex.sales.deals import DealService
from rolodex.sales.records import DealData, DealInput, SalesError
from rolodex.services.companies import CompanyService
from rolodex.ui.sales.contact_picker import ContactPicker
from rolodex.ui.sales.form_layout import save_cancel_layout
from rolodex.ui.sales.money_text import editable
from rolodex.ui.sales.stage_names import shown_stage

COMMON_CURRENCIES = ("NOK", "EUR", "SEK", "DKK", "USD", "GBP")


class DealDialog(QDialog):
    """New (``deal_id`` None) or edit; ``saved_id`` is the deal's id once saved."""

    def __init__(self, deal_id: int | None = None, contact_id: int | None = None,
                 parent: QWidget | None = None, service: DealService | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.service = service or DealService()
        self.deal: DealData | None = self.service.get(deal_id) if deal_id is not None else None
        self.saved_id: int | None = deal_id
        self.setWindowTitle(self.tr("Edit deal") if self.deal else self.tr("New deal"))
        self.stages = stages.all_stages()
        self._fields()
        self._layout()
        self._load(contact_id)

    def _fields(self) -> None:
        self.title = QLineEdit()
        self.contact = ContactPicker()
        self.company = QLineEdit()
        self.company.setPlaceholderText(self.tr("Optional: the contact's company by default"))
        self.value = QLineEdit()
        self.currency = QComboBox(editable=True)
        self.stage = QComboBox()
        for stage in self.stages:
            self.stage.addItem(shown_stage(stage.name), stage.name)
        self.stage_default = QCheckBox()
        self.probability = QSpinBox(minimum=0, maximum=100, suffix=" %")
        self.close_set = QCheckBox(self.tr("Expected"))
        self.close = QDateEdit(calendarPopup=True)
        self.close.setDate(QDate.currentDate().addMonths(1))
        self.owner = QComboBox(editable=True)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.stage.currentIndexChanged.connect(self._stage_changed)
        self.stage_default.toggled.connect(self._stage_changed)
        self.close_set.toggled.connect(self.close.setEnabled)

    def _layout(self) -> None:
        form = QFormLayout()
        money_row, chance_row, close_row = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        money_row.addWidget(self.value, 1)
        money_row.addWidget(self.currency)
        chance_row.addWidget(self.stage_default)
        chance_row.addWidget(self.probability)
        close_row.addWidget(self.close_set)
        close_row.addWidget(self.close, 1)
        rows = ((self.tr("&Title:"), self.title), (self.tr("&Contact:"), self.contact),
                (self.tr("Com&pany:"), self.company), (self.tr("&Value:"), money_row),
                (self.tr("&Stage:"), self.stage), (self.tr("Pro&bability:"), chance_row),
                (self.tr("Expected c&lose:"), close_row), (self.tr("&Owner:"), self.owner),
                (self.tr("&Notes:"), self.notes))  # fmt: skip
        buddies = {money_row: self.value, chance_row: self.stage_default, close_row: self.close_set}
        for text, field in rows:
            label = QLabel(text)  # a row of several fields: the label's buddy is the first
            label.setBuddy(buddies.get(field, field))  # type: ignore[call-overload]
            form.addRow(label, field)
        save_cancel_layout(self, form, self.error)
        self.resize(480, 460)

    def _load(self, contact_id: int | None) -> None:
        main = money.main_currency()
        codes = dict.fromkeys((main, *COMMON_CURRENCIES))
        self.currency.addItems(list(codes))
        owners = dict.fromkeys([current_login(), *pipeline.owners()])
        self.owner.addItems([o for o in owners if o])
        self.owner.setCurrentText(current_login())
        d = self.deal
        if d is None:
            self.contact.set_contact(contact_id)
            self.currency.setCurrentText(main)
            self.stage_default.setChecked(True)
            self._stage_changed()
            return
        self.title.setText(d.title)
        self.contact.set_contact(d.contact_id)
        self.company.setText(d.company)
        self.value.setText(editable(d.value_minor, d.currency))
        self.currency.setCurrentText(d.currency)
        self.stage.setCurrentIndex(max(self.stage.findData(d.stage), 0))
        self.stage_default.setChecked(not d.probability_set)
        self.probability.setValue(d.probability)
        self.close_set.setChecked(d.expected_close is not None)
        if d.expected_close is not None:
            self.close.setDate(QDate(d.expected_close))
        self.owner.setCurrentText(d.owner)
        self.notes.setPlainText(d.notes)
        self._stage_changed()

    def _stage_changed(self) -> None:
        stage = self.stages[max(self.stage.currentIndex(), 0)]
        self.stage_default.setText(
            self.tr("Stage default (%1 %)").replace("%1", str(stage.probability))
        )
        following = self.stage_default.isChecked()
        self.probability.setEnabled(not following)
        if following:
            self.probability.setValue(stage.probability)
        self.close.setEnabled(self.close_set.isChecked())

    def entered(self) -> DealInput:
        """What the fields say, as the service takes it (SalesError for an unknown company)."""
        company_id = None
        if self.company.text().strip():
            company_id = CompanyService().find(self.company.text())
            if company_id is None:
                raise SalesError(
                    self.tr("There is no company %1.").replace("%1", self.company.text().strip())
                )
        contact_id = self.contact.contact_id()
        if contact_id is None and self.contact.currentText().strip():
            raise SalesError(self.tr("Choose the contact from the list (type part of the name)."))
        close = self.close.date().toPython() if self.close_set.isChecked() else None
        return DealInput(
            title=self.title.text(), value=self.value.text(), currency=self.currency.currentText(),
            stage=str(self.stage.currentData()), contact_id=contact_id, company_id=company_id,
            probability=None if self.stage_default.isChecked() else self.probability.value(),
            expected_close=close, owner=self.owner.currentText(),
            notes=self.notes.toPlainText(),
        )  # fmt: skip

    def accept(self) -> None:
        """Save; on a refused request the dialog stays open with the reason under the form."""
        try:
            data = self.entered()
            if self.deal is None:
                self.saved_id = self.service.add(data).ids[0]
            else:
                self.service.update(self.deal.id, data)
        except SalesError as exc:
            self.error.setText(str(exc))
            return
        super().accept()


def edit_deal(parent: QWidget, deal_id: int | None = None, contact_id: int | None = None) -> bool:
    """Open the dialog modally; True when a deal was saved."""
    dialog = DealDialog(deal_id, contact_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog.exec() == QDialog.DialogCode.Accepted
