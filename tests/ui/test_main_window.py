"""The main window as a user drives it: create, edit, delete and undo, search, tags, Trash,
duplicate warning, drag and drop, and the menu actions for features wired later."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from rolodex import paths
from rolodex.db import StoreInfo
from rolodex.records import Address, ContactData, LabeledValue, Phone
from rolodex.services.changes import Change
from rolodex.services.contacts import ContactService
from rolodex.ui import unsaved
from rolodex.ui.main_window.window import MainWindow
from rolodex.ui.tags.model import CountRole


def _add(given: str, family: str, email: str, tag: str = "", city: str = "") -> int:
    data = ContactData(
        given=given,
        family=family,
        emails=[LabeledValue(email, pref=True)],
        phones=[Phone("+47 22 33 44 55")] if given == "Øystein" else [],
        addresses=[Address(city=city)] if city else [],
        tags=[tag] if tag else [],
    )
    return ContactService().create(data)


@pytest.fixture
def window(book: StoreInfo, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    paths.init()  # window state goes to this test's own folder
    _add("Anna", "Berg", "anna@berg.no", "Kunder", "Bergen")
    _add("Øystein", "Hansen", "oystein@fjord.no", "Kunder", "Oslo")
    _add("Zed", "Zulu", "zed@example.com", city="Austin")
    win = MainWindow(ContactService())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.waitUntil(lambda: win.editor.contact_id is not None)  # first contact shown
    yield win
    win.editor.revert()


def names(win: MainWindow) -> list[str]:
    return [win.model.index(r, 0).data() for r in range(win.model.rowCount())]


def current_name(win: MainWindow) -> str:
    return str(win.model.index(win.table.currentIndex().row(), 0).data())


def test_opens_on_all_contacts_with_the_first_selected(window: MainWindow) -> None:
    assert names(window) == ["Anna Berg", "Øystein Hansen", "Zed Zulu"]
    assert window.editor.fields["given"].text() == "Anna"
    assert "3 contact" in window.count_label.text()


def test_create_a_contact(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.fields["given"].hasFocus()
    window.editor.fields["given"].setText("Kari")
    window.editor.fields["family"].setText("Nordmann")
    qtbot.keyClick(
        window.editor.fields["family"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )

    assert "Kari Nordmann" in names(window)
    assert current_name(window) == "Kari Nordmann"
    assert window.editor.contact_id is not None


def test_edit_a_contact_in_place(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.table.setCurrentIndex(window.model.index(2, 0))
    assert window.editor.fields["given"].text() == "Zed"
    window.editor.fields["family"].setText("Aaberg")
    assert window.editor.save_button.isEnabled()

    qtbot.mouseClick(window.editor.save_button, Qt.MouseButton.LeftButton)

    assert names(window) == ["Anna Berg", "Øystein Hansen", "Zed Aaberg"]
    assert not window.editor.is_dirty()


def test_delete_then_undo(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(1, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)

    assert names(window) == ["Anna Berg", "Zed Zulu"]
    assert current_name(window) == "Zed Zulu"
    assert window.editor.fields["given"].text() == "Zed"

    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert names(window) == ["Anna Berg", "Øystein Hansen", "Zed Zulu"]
    assert current_name(window) == "Øystein Hansen"


def test_delete_key_in_a_text_field_does_not_delete_contacts(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.editor.fields["nickname"].setFocus()
    qtbot.keyClick(window.editor.fields["nickname"], Qt.Key.Key_Delete)
    assert window.model.rowCount() == 3


def test_search_filters_as_you_type(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.search_box.setText("oyst")
    qtbot.waitUntil(lambda: names(window) == ["Øystein Hansen"])
    assert "match" in window.count_label.text()

    window.search_box.setText("2233")  # digits of a phone number
    qtbot.waitUntil(lambda: names(window) == ["Øystein Hansen"])

    window.search_box.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)


def test_tag_in_sidebar_filters_the_list(window: MainWindow) -> None:
    row = window.tag_model.row_of("tag", "Kunder")
    window.sidebar.setCurrentIndex(window.tag_model.index(row, 0))

    assert names(window) == ["Anna Berg", "Øystein Hansen"]

    window.sidebar.setCurrentIndex(window.tag_model.index(0, 0))
    assert window.model.rowCount() == 3


def test_keyboard_only_flow(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "zed")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)  # runs the search at once
    assert window.table.hasFocus()
    assert current_name(window) == "Zed Zulu"

    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.editor.fields["given"].hasFocus()
    qtbot.keyClicks(window.editor.fields["given"], "Zedd")
    qtbot.keyClick(window.editor.fields["given"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert current_name(window) == "Zedd Zulu"
    assert window.details.card.hasFocus()  # saved: back to the card (issue 12, item 18)

    qtbot.keyClick(window.details.card, Qt.Key.Key_Escape)
    assert window.table.hasFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.model.rowCount() == 0


def test_arrows_move_and_show_each_contact(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.editor.fields["given"].text() == "Øystein"
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.editor.fields["given"].text() == "Zed"


def _answer_next_box(monkeypatch: pytest.MonkeyPatch, button_text: str, seen: list[str]) -> None:
    def fake_exec(box: QMessageBox) -> int:
        seen.append(box.text())
        match = [b for b in box.buttons() if button_text in b.text()]
        match[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def test_duplicate_email_warns_and_offers_to_open_the_other(
    window: MainWindow,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    seen: list[str] = []
    _answer_next_box(monkeypatch, "Open", seen)
    window.new_contact()
    window.editor.fields["given"].setText("Someone")
    window.editor.sections["emails"].add_row().value.setText("ANNA@berg.no")

    assert window.editor.save() is False

    assert "already belongs to Anna Berg" in seen[0]
    assert window.editor.fields["given"].text() == "Anna"
    assert current_name(window) == "Anna Berg"
    assert window.model.rowCount() == 3


def test_duplicate_can_be_saved_anyway(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    _answer_next_box(monkeypatch, "Save anyway", seen)
    window.new_contact()
    window.editor.fields["given"].setText("Anna")
    window.editor.fields["family"].setText("Berg Jr")
    window.editor.sections["emails"].add_row().value.setText("anna@berg.no")

    assert window.editor.save() is True
    assert window.model.rowCount() == 4


def test_trash_restore_and_empty(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.table.setCurrentIndex(window.model.index(0, 0))
    window.delete_selected()
    window.table.setCurrentIndex(window.model.index(0, 0))
    window.delete_selected()
    window.show_trash()
    assert names(window) == ["Anna Berg", "Øystein Hansen"]
    assert window.detail.currentWidget() is window.trash_view

    window.table.setCurrentIndex(window.model.index(0, 0))
    window.trash_view.restore_button.click()
    assert names(window) == ["Øystein Hansen"]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.trash_view.empty_button.click()
    assert window.model.rowCount() == 0
    window.sidebar.setCurrentIndex(window.tag_model.index(0, 0))
    assert names(window) == ["Anna Berg", "Zed Zulu"]


def test_unsaved_edits_are_not_lost_when_moving_away(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    monkeypatch.setattr(unsaved, "ask", lambda *a: unsaved.Answer.CANCEL)
    window.editor.fields["nickname"].setText("Annie")

    window.table.setCurrentIndex(window.model.index(2, 0))

    qtbot.waitUntil(lambda: current_name(window) == "Anna Berg")
    assert window.editor.fields["nickname"].text() == "Annie"


def test_dropping_contact_files_emits_their_paths(window: MainWindow, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    files = [tmp_path / "a.vcf", tmp_path / "b.CSV", tmp_path / "c.txt"]
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip

    with qtbot.waitSignal(window.files_dropped) as blocker:
        window.dropEvent(event)

    assert blocker.args == [[str(files[0]), str(files[1])]]


def test_features_built_elsewhere_are_disabled_until_wired(window: MainWindow) -> None:
    action = window.menu_actions.features["import"]
    assert not action.isEnabled()
    opened: list[object] = []

    window.set_feature("import", lambda *args: opened.append(args))
    action.trigger()

    assert action.isEnabled()
    assert opened == [()]


def test_contacts_changed_from_elsewhere_refreshes_list_and_counts(window: MainWindow) -> None:
    new_id = ContactService().create(ContactData(given="Ivan", family="Petrov", tags=["Kunder"]))

    window.contacts_changed(Change("contact", (new_id,), "created"))

    assert "Ivan Petrov" in names(window)
    row = window.tag_model.row_of("tag", "Kunder")
    assert window.tag_model.index(row, 0).data(CountRole) == 3


def test_counts_read_naturally_in_english(window: MainWindow, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from rolodex.ui.app import install_translations

    translators = install_translations(qapp, QLocale(QLocale.Language.English))
    try:
        window.search_box.setText("zed")
        window.apply_filter()
        assert window.count_label.text() == "1 contact matches “zed”"
        window.search_box.clear()
        window.apply_filter()
        assert window.count_label.text() == "3 contacts"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
