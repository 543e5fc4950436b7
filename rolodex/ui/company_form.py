"""The company form: name, phone, email, website, address and notes of one company."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from rolodex.records import Address, CompanyData

TEXT_FIELDS = ("name", "phone", "email", "website")
ADDRESS_FIELDS = ("street", "extended", "po_box", "postal_code", "city", "region", "country")


class CompanyForm(QWidget):
    """Edits a :class:`CompanyData`; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = CompanyData()
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        titles = {
            "name": self.tr("&Name"), "phone": self.tr("Phone"), "email": self.tr("Email"),
            "website": self.tr("Website"), "street": self.tr("Street"),
            "extended": self.tr("Apartment, floor"), "po_box": self.tr("PO box"),
            "postal_code": self.tr("Postal code"), "city": self.tr("City"),
            "region": self.tr("Region"), "country": self.tr("Country (e.g. NO)"),
        }  # fmt: skip
        for name in (*TEXT_FIELDS, *ADDRESS_FIELDS):
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setAccessibleName(titles[name].replace("&", ""))
            edit.textChanged.connect(self.changed)
            self.fields[name] = edit
            form.addRow(titles[name], edit)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.textChanged.connect(self.changed)
        form.addRow(self.tr("Notes"), self.notes)

    def load(self, data: CompanyData) -> None:
        self._data = data
        for name in TEXT_FIELDS:
            self.fields[name].setText(getattr(data, name))
        for name in ADDRESS_FIELDS:
            self.fields[name].setText(getattr(data.address, name))
        self.notes.setPlainText(data.notes)

    def data(self) -> CompanyData:
        address = Address(**{n: self.fields[n].text().strip() for n in ADDRESS_FIELDS})
        address.country = address.country.upper() if len(address.country) == 2 else address.country
        values = {n: self.fields[n].text().strip() for n in TEXT_FIELDS}
        return CompanyData(
            id=self._data.id, address=address, notes=self.notes.toPlainText(), **values
        )
