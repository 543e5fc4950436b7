"""The company form: name, phone, email, website, address and notes of one company."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

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
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.notes.textChanged.connect(self.changed)
        self._lay_out(titles)

    def _lay_out(self, titles: dict[str, str]) -> None:
        form = QFormLayout(self)
        for name in (*TEXT_FIELDS, "street"):
            form.addRow(titles[name], self.fields[name])
        for label, pair in (
            (self.tr("Apartment, PO box"), ("extended", "po_box", 1)),
            (self.tr("Postal code, city"), ("postal_code", "city", 2)),
            (self.tr("Region, country"), ("region", "country", 1)),
        ):
            first, second, stretch = pair
            form.addRow(label, self._pair(self.fields[first], self.fields[second], stretch, titles))
        form.addRow(self.tr("Notes"), self.notes)

    @staticmethod
    def _pair(
        first: QLineEdit, second: QLineEdit, stretch: int, titles: dict[str, str]
    ) -> QHBoxLayout:
        """Two short address fields on one row (the second ``stretch`` times as wide), each
        named by its placeholder."""
        row = QHBoxLayout()
        for edit, share in ((first, 1), (second, stretch)):
            edit.setPlaceholderText(titles[edit.objectName()])
            row.addWidget(edit, share)
        return row

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
