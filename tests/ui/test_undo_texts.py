"""The Edit menu names what Undo will do in plain English: "Delete 1 contact", "Restore 3
contacts", never "contact(s)" (the counted texts must be ones lupdate sees)."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from rolodex.db import StoreInfo
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.ui.app import install_translations
from rolodex.ui.undo import DeleteContacts, RestoreContacts, run_and_push


def test_undo_and_redo_names_count_contacts_in_english(book: StoreInfo, qapp: QApplication) -> None:
    installed = install_translations(qapp)
    try:
        service = ContactService()
        ids = [service.create(ContactData(given=name)) for name in ("Kari", "Ona", "Иван")]
        stack = QUndoStack()
        run_and_push(stack, DeleteContacts(service, ids[:1], lambda _change: None))
        assert stack.undoText() == "Delete 1 contact"
        run_and_push(stack, DeleteContacts(service, ids[1:], lambda _change: None))
        assert stack.undoText() == "Delete 2 contacts"
        run_and_push(stack, RestoreContacts(service, ids, lambda _change: None))
        assert stack.undoText() == "Restore 3 contacts"
        stack.undo()
        assert stack.redoText() == "Restore 3 contacts"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
