"""The assembled window: every feature reachable from the menus, the CRM in the detail pane,
dropped files going to the import dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.records import ContactData, LabeledValue
from rolodex.services.contacts import ContactService
from rolodex.ui.app import build_window
from rolodex.ui.crm.activity_dialog import ActivityDialog
from rolodex.ui.importing.dialog import ImportDialog
from rolodex.ui.main_window.menus import FEATURES


def make_window(qtbot: QtBot):  # type: ignore[no-untyped-def]
    window = build_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.menu_actions.features["today"].isEnabled())  # CRM wired
    return window


def test_every_feature_action_is_enabled(book: StoreInfo, qtbot: QtBot) -> None:
    ContactService().create(ContactData(given="Ona", family="Žemaitė"))  # Labels need someone
    window = make_window(qtbot)
    disabled = [name for name in FEATURES if not window.menu_actions.features[name].isEnabled()]
    assert disabled == []
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Contact", "Help"]


def test_logged_call_shows_in_the_history_tab(book: StoreInfo, qtbot: QtBot) -> None:
    cid = ContactService().create(ContactData(given="Ona", family="Žemaitė"))
    window = make_window(qtbot)
    window.open_contact(cid)
    window.contact_pane.setCurrentIndex(1)  # History
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ActivityDialog)
    assert dialog is not None
    dialog.subject_edit.setText("Kaina")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Return)
    history = window.contact_pane.widget(1)
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)
    assert "Kaina" in history.model.index(0, 0).data()


def test_dropped_vcard_opens_the_import_dialog_with_it(
    book: StoreInfo, qtbot: QtBot, tmp_path: Path
) -> None:
    card = tmp_path / "ona.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ona Žemaitė\r\nN:Žemaitė;Ona;;;\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    window = make_window(qtbot)
    window.files_dropped.emit([str(card)])
    qtbot.waitUntil(lambda: window.findChild(ImportDialog) is not None)
    assert ContactService().ids() == []  # nothing is written before the user confirms


def test_labels_without_a_selection_use_the_filtered_list(
    book: StoreInfo, qtbot: QtBot, monkeypatch
) -> None:
    service = ContactService()
    ona = service.create(
        ContactData(given="Ona", tags=["Klientai"], emails=[LabeledValue("o@x.lt")])
    )
    onute = service.create(ContactData(given="Onutė"))
    service.create(ContactData(given="Ivan"))
    window = make_window(qtbot)
    window.search_box.setText("on")
    window.apply_filter()
    window.table.clearSelection()
    seen: list[list[int]] = []
    monkeypatch.setattr(
        "rolodex.ui.labels.dialog.open_for_ids", lambda parent, ids: seen.append(ids)
    )
    window.open_labels_dialog()
    assert seen == [[ona, onute]]


def test_reminder_banner_takes_only_a_line(book: StoreInfo, qtbot: QtBot) -> None:
    from rolodex.ui.crm.reminders import ReminderBanner

    window = make_window(qtbot)
    window.resize(1200, 720)
    banner = window.findChild(ReminderBanner)
    banner.show_message("You have 1 overdue follow-up.")
    qtbot.waitUntil(banner.isVisible)
    assert banner.height() < 80
    assert window.table.height() > 400


def test_the_history_tab_reads_when_shown_and_shows_the_contact_on_the_card(
    book: StoreInfo, qtbot: QtBot
) -> None:
    """Arrowing through the list on the Details tab leaves the hidden History tab unread (each
    contact shown read its timeline, on a server book on the UI thread); choosing the tab shows
    the contact on the card, with what was logged on it meanwhile."""
    from rolodex.services.crm.bundle import CrmServices
    from rolodex.services.crm.records import ActivityData

    ona = ContactService().create(ContactData(given="Ona", family="Žemaitė"))
    per = ContactService().create(ContactData(given="Per", family="Berg"))
    CrmServices.create().activities.log(ActivityData(contact_id=per, kind="call", subject="Tilbud"))
    window = make_window(qtbot)
    history = window.contact_pane.widget(1)
    window.open_contact(ona)
    window.open_contact(per)
    assert history.heading.text() == "" and history.model.rowCount() == 0  # not read yet
    window.contact_pane.setCurrentIndex(1)  # History
    assert history.heading.text() == "Per Berg" and history.contact_id == per
    assert "Tilbud" in history.model.index(0, 0).data()
    window.open_contact(ona)  # shown: it follows the card at once
    assert history.heading.text() == "Ona Žemaitė" and history.model.rowCount() == 0
