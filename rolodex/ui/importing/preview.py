"""The import preview's list of the contacts a file will create: name, company, email, phone
and city of the first cards or rows, read with the chosen column mapping."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from rolodex.records import ContactData

Index = QModelIndex | QPersistentModelIndex
SAMPLE_CONTACTS = 20
"""How many contacts the preview lists."""


def _cells(contact: ContactData) -> tuple[str, str, str, str, str]:
    address = contact.preferred_address()
    return (
        contact.full_name(),
        contact.company,
        contact.emails[0].value if contact.emails else "",
        contact.phones[0].value if contact.phones else "",
        address.city if address is not None else "",
    )


class ContactPreviewModel(QAbstractTableModel):
    """The first contacts of the files, as they will be created."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str, str]] = []

    def load(self, contacts: list[ContactData]) -> None:
        self.beginResetModel()
        self._rows = [_cells(c) for c in contacts]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Email"),
            self.tr("Phone"),
            self.tr("City"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._rows[index.row()][index.column()]
