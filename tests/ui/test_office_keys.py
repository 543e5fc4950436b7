"""The keyboard as an office user drives it (issue 12, items 2, 3 and 9): Alt+letter opens
the menus and never lands in a field, no window offers one letter twice, Escape in the editor
asks before throwing edits away, and Tab walks through added rows down to Save."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rolodex import paths
from rolodex.db import StoreInfo
from rolodex.records import ContactData, LabeledValue
from rolodex.services.contacts import ContactService
from rolodex.services.crm.bundle import CrmServices
from rolodex.ui import unsaved
from rolodex.ui.app import build_window
from rolodex.ui.crm.activity_dialog import ActivityDialog
from rolodex.ui.crm.followup_dialog import FollowUpDialog
from rolodex.ui.main_window.window import MainWindow
from tests.ui.mnemonics import clashes, letter, menu_clashes

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(book: StoreInfo, qtbot: QtBot) -> Iterator[MainWindow]:
    paths.init()
    ContactService().create(ContactData(given="Åse", family="Ødegård", company="Fjord AS"))
    win = build_window()
    assert isinstance(win, MainWindow)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.waitUntil(lambda: win.menu_actions.features["today"].isEnabled())  # CRM wired
    qtbot.waitUntil(lambda: win.editor.contact_id is not None)
    yield win
    win.editor.revert()  # closing with unsaved edits would ask
    win.close()
    win.deleteLater()


def _menu(win: MainWindow, title: str) -> QWidget:
    for action in win.menuBar().actions():
        if action.text().replace("&", "") == title:
            menu = action.menu()
            assert menu is not None
            return menu
    raise AssertionError(title)


def test_alt_f_opens_the_file_menu_and_e_exports_from_the_family_name_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    exported: list[object] = []
    window.set_feature("export", lambda ids: exported.append(ids))
    family = window.editor.fields["family"]
    family.setFocus()
    qtbot.waitUntil(family.hasFocus)

    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_F, ALT)
    file_menu = _menu(window, "File")
    qtbot.waitUntil(file_menu.isVisible)
    qtbot.keyClick(file_menu, Qt.Key.Key_E)

    qtbot.waitUntil(lambda: exported != [])
    assert family.text() == "Ødegård"
    assert not window.editor.is_dirty()


def test_alt_c_opens_the_contact_menu_not_the_company_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.editor.fields["given"].setFocus()
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_C, ALT)
    contact_menu = _menu(window, "Contact")
    qtbot.waitUntil(contact_menu.isVisible)
    assert not window.editor.fields["company"].hasFocus()
    qtbot.keyClick(contact_menu, Qt.Key.Key_Escape)


def test_no_window_offers_a_letter_twice(window: MainWindow, qtbot: QtBot) -> None:
    contact_id = window.editor.contact_id
    assert contact_id is not None
    found = {"details": clashes(window)}
    for action in window.menuBar().actions():
        menu = action.menu()
        assert menu is not None
        found[action.text()] = menu_clashes(menu)
    window.contact_pane.setCurrentIndex(1)  # History
    found["history"] = clashes(window)
    window.show_trash()
    found["trash"] = clashes(window)
    services = CrmServices.create()
    activity = ActivityDialog(services, contact_id, "Åse", parent=window)
    followup = FollowUpDialog(services, contact_id, "Åse", parent=window)
    for dialog in (activity, followup):
        dialog.show()
        found[dialog.windowTitle()] = clashes(dialog)
    activity.pages.setCurrentIndex(1)  # the "follow up?" offer
    found["offer"] = clashes(activity)
    box = unsaved.question_box(window, "Åse")
    box.show()
    found["unsaved"] = clashes(box)
    assert {k: v for k, v in found.items() if v} == {}
    for dialog in (activity, followup, box):
        dialog.close()


def test_follow_up_labels_are_mnemonics_not_literal_ampersands(
    window: MainWindow, qtbot: QtBot
) -> None:
    contact_id = window.model.id_at(0)
    assert contact_id is not None
    dialog = FollowUpDialog(CrmServices.create(), contact_id, "Åse", parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {
        label.text(): label.buddy() for label in dialog.findChildren(type(dialog.error_label))
    }
    assert labels["&Due:"] is dialog.date_edit and labels["&Repeat:"] is dialog.repeat_combo
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_R, ALT)
    assert dialog.repeat_combo.hasFocus()


def test_the_unsaved_question_has_save_and_discard_keys(window: MainWindow) -> None:
    box = unsaved.question_box(window, "Åse")
    texts = {b.objectName(): b.text() for b in box.buttons()}
    assert letter(texts["save"]) == "s" and letter(texts["discard"]) == "d"
    box.show()
    title = f"{box.windowTitle()} — {QApplication.applicationDisplayName()}"
    assert box.width() >= box.fontMetrics().horizontalAdvance(title) + 120  # not "Unsaved ch…s"
    box.close()


def _answer_when_asked(qtbot: QtBot, button: str, seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        for candidate in box.buttons():
            if candidate.objectName() == button:
                candidate.click()

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize(
    ("button", "kept_in_field", "stored"),
    [("cancel", "Kari", "Åse"), ("discard", "Åse", "Åse"), ("save", "Kari", "Kari")],
)
def test_escape_with_unsaved_edits_asks(
    window: MainWindow, qtbot: QtBot, button: str, kept_in_field: str, stored: str
) -> None:
    given = window.editor.fields["given"]
    given.setFocus()
    given.selectAll()
    qtbot.keyClicks(given, "Kari")
    seen: list[str] = []
    _answer_when_asked(qtbot, button, seen)

    qtbot.keyClick(given, Qt.Key.Key_Escape)

    assert seen and "Save the changes" in seen[0]
    assert given.text() == kept_in_field
    contact_id = window.editor.contact_id
    assert contact_id is not None
    data = ContactService().get(contact_id)
    assert data is not None and data.given == stored


def test_escape_without_edits_leaves_the_editor_without_asking(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.details.edit()  # from the card to the form
    assert window.editor.fields["given"].hasFocus()
    qtbot.keyClick(window.editor.fields["given"], Qt.Key.Key_Escape)
    assert window.table.hasFocus() and not window.details.editing()


def test_tab_walks_through_added_rows_down_to_save(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.editor
    window.details.edit()  # from the card to the form
    emails = editor.sections["emails"]
    qtbot.mouseClick(emails.add_button, Qt.MouseButton.LeftButton)
    row = emails.rows[-1]
    qtbot.waitUntil(row.value.isVisible)  # a row added to a shown form shows a moment later
    assert row.value.hasFocus()
    qtbot.keyClicks(row.value, "ase@fjord.no")
    qtbot.mouseClick(editor.sections["phones"].add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(editor.sections["phones"].rows[-1].value.isVisible)
    row.value.setFocus()

    visited: list[QWidget] = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
        if visited[-1] is editor.save_button:
            break
    phone_row = editor.sections["phones"].rows[-1]
    expected = [
        phone_row.value,
        editor.sections["addresses"].add_button,
        editor.fields["birthday"],
        editor.fields["tags"],
        editor.notes,
        editor.save_button,
    ]
    assert [w for w in visited if w in expected] == expected
    assert all(editor.isAncestorOf(w) for w in visited)


def test_tab_reaches_a_loaded_contacts_rows_in_order(window: MainWindow, qtbot: QtBot) -> None:
    contact_id = ContactService().create(
        ContactData(given="Bo", emails=[LabeledValue("bo@x.no"), LabeledValue("b@y.no")])
    )
    window.open_contact(contact_id)
    window.details.edit()  # from the card to the form
    editor = window.editor
    first, second = (r.value for r in editor.sections["emails"].rows)
    qtbot.waitUntil(second.isVisible)
    first.setFocus()
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if second.hasFocus():
            break
    assert second.hasFocus()
