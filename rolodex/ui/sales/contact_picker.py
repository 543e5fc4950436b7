"""Choosing one contact by typing part of a name: an editable combo box whose list holds the
first matches of the contact search (20 at most, fetched as the typing pauses)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QWidget

from rolodex.services.crm.lookup import contact_names
from rolodex.services.search import search_ids

MATCHES = 20


class ContactPicker(QComboBox):
    """``contact_id()`` is the chosen contact, or None while the text names nobody listed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.find_matches)
        line = self.lineEdit()
        line.setPlaceholderText(self.tr("Type a name to find the contact"))
        line.textEdited.connect(lambda _text: self._timer.start())

    def set_contact(self, contact_id: int | None) -> None:
        """Show ``contact_id`` as the choice (None: nobody)."""
        self.blockSignals(True)
        self.clear()
        if contact_id is not None:
            self.addItem(contact_names([contact_id])[0], contact_id)
            self.setCurrentIndex(0)
        self.blockSignals(False)

    def find_matches(self) -> None:
        """List the contacts the typed words find, keeping the text as typed."""
        text = self.currentText()
        ids = search_ids(text.strip(), MATCHES) if text.strip() else []
        self.blockSignals(True)
        self.clear()
        for contact_id, name in zip(ids, contact_names(ids), strict=True):
            self.addItem(name, contact_id)
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)
        if ids:
            self.showPopup()

    def contact_id(self) -> int | None:
        """The listed contact whose name is the text (the first if several share it); else
        the one contact the typed words find (Save pressed before the list came up)."""
        text = self.currentText().strip()
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return int(self.itemData(index))
        found = self.findText(text)
        if found >= 0:
            return int(self.itemData(found))
        only = search_ids(text, 2) if text else []
        return only[0] if len(only) == 1 else None
