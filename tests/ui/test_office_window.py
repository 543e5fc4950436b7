"""The main window as issue 12 found it (items 5, 14 and 15): one current contact, the one
highlighted, named on every tab; nameless cards listed under their email or company; the
overdue banner following Done; a default size that fits 768 and 720 px screens; counted
messages in real plurals; encryption dialogs that grow to show what they say."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from rolodex import paths
from rolodex.db import StoreInfo
from rolodex.records import ContactData, LabeledValue
from rolodex.services.contacts import ContactService
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import FollowUpData
from rolodex.ui import unsaved
from rolodex.ui.crm.actions import CrmActions
from rolodex.ui.crm.today import TodayView
from rolodex.ui.main_window.window import MainWindow
from rolodex.ui.safety.passphrase_dialog import PassphraseDialog
from rolodex.ui.safety.security_dialog import SecurityDialog
from rolodex.ui.wiring import wire_crm
from tests.services.crm_helpers import oslo_clock


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The English plural forms the app loads at start."""
    from PySide6.QtCore import QLocale

    from rolodex.ui.app import install_translations

    translators = install_translations(qapp, QLocale(QLocale.Language.English))
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _add(given: str, family: str = "", **extra: object) -> int:
    return ContactService().create(ContactData(given=given, family=family, **extra))  # type: ignore[arg-type]


@pytest.fixture
def people(book: StoreInfo) -> dict[str, int]:
    paths.init()
    return {
        "anna": _add("Anna", "Berg", company="Fjord AS"),
        "kari": _add("Kari", "Nordmann"),
        "ola": _add("Ola", "Hansen"),
    }


def _window(qtbot: QtBot, services: CrmServices | None = None) -> MainWindow:
    win = MainWindow(ContactService())
    controller = wire_crm(win, services or CrmServices.create())
    win.reminders = controller  # type: ignore[attr-defined]
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.waitUntil(lambda: win.editor.contact_id is not None)
    return win


@pytest.fixture
def window(people: dict[str, int], qtbot: QtBot) -> Iterator[MainWindow]:
    win = _window(qtbot)
    yield win
    win.editor.revert()
    win.close()
    win.deleteLater()


def highlighted(win: MainWindow) -> int | None:
    return win.model.id_at(win.table.currentIndex().row())


def _crm_actions(win: MainWindow) -> CrmActions:
    found = win.findChild(CrmActions)
    assert found is not None
    return found


def _search(win: MainWindow, qtbot: QtBot, text: str) -> None:
    win.focus_search()
    win.search_box.setText(text)
    qtbot.waitUntil(lambda: win.model.query == text)


# -- item 5: one current contact ---------------------------------------------------------------
def test_after_a_search_log_call_and_delete_act_on_the_same_highlighted_contact(
    window: MainWindow, qtbot: QtBot, people: dict[str, int]
) -> None:
    assert window.editor.contact_id == people["anna"]
    _search(window, qtbot, "kari")

    assert highlighted(window) == window.editor.contact_id == people["kari"]
    dialog = _crm_actions(window).open_log_call()
    assert dialog is not None and dialog.contact_id == people["kari"]
    dialog.reject()
    assert window.selected_ids() == [people["kari"]]


def test_a_search_with_no_match_shows_no_contact(window: MainWindow, qtbot: QtBot) -> None:
    _search(window, qtbot, "zzzz")
    assert window.editor.contact_id is None and not window.editor.is_open()
    assert _crm_actions(window).open_log_call() is None


def test_open_contact_from_today_shows_it_highlighted_even_when_the_search_hides_it(
    window: MainWindow, qtbot: QtBot, people: dict[str, int]
) -> None:
    _search(window, qtbot, "kari")
    window.open_contact(people["ola"])  # what Today › Open contact calls

    assert highlighted(window) == window.editor.contact_id == people["ola"]
    assert window.search_box.text() == ""


def test_open_contact_from_today_asks_about_unsaved_edits(
    window: MainWindow, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    window.editor.fields["nickname"].setText("Annie")
    monkeypatch.setattr(unsaved, "ask", lambda *a: unsaved.Answer.CANCEL)
    window.open_contact(people["ola"])
    assert window.editor.contact_id == highlighted(window) == people["anna"]
    assert window.editor.fields["nickname"].text() == "Annie"
    window.editor.revert()


def test_cancel_in_the_unsaved_prompt_after_a_click_keeps_list_and_pane_together(
    window: MainWindow, qtbot: QtBot, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    window.editor.fields["nickname"].setText("Annie")
    monkeypatch.setattr(unsaved, "ask", lambda *a: unsaved.Answer.CANCEL)
    row = window.model.row_of(people["ola"])
    where = window.table.visualRect(window.model.index(row, 0)).center()
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=where)

    qtbot.waitUntil(lambda: highlighted(window) == people["anna"])
    assert window.selected_ids() == [people["anna"]] == [window.editor.contact_id]
    window.editor.revert()


def test_the_contacts_name_is_on_every_tab(
    window: MainWindow, qtbot: QtBot, people: dict[str, int]
) -> None:
    _search(window, qtbot, "kari")
    window.contact_pane.setCurrentIndex(1)  # History
    history = window.contact_pane.widget(1)
    assert "Kari Nordmann" in window.editor.title.text()
    assert history.heading.text() == "Kari Nordmann"


# -- item 14: cards without a name -------------------------------------------------------------
def test_a_nameless_card_is_listed_under_its_email_and_never_shown_as_new(
    book: StoreInfo, qtbot: QtBot
) -> None:
    paths.init()
    nameless = _add("", emails=[LabeledValue("post@fjord.no")])
    _add("", company="Acme AS")
    _add("Berit", "Dahl")
    win = _window(qtbot)
    try:
        shown = [win.model.index(r, 0).data() for r in range(win.model.rowCount())]
        assert "" not in shown and {"post@fjord.no", "Acme AS"} <= set(shown)
        win.open_contact(nameless)
        assert "New contact" not in win.editor.title.text()
        assert "post@fjord.no" in win.editor.title.text()
        win.contact_pane.setCurrentIndex(1)  # History
        assert win.contact_pane.widget(1).heading.text() == "post@fjord.no"
    finally:
        win.close()
        win.deleteLater()


def test_a_card_with_only_a_phone_is_not_called_new(book: StoreInfo, qtbot: QtBot) -> None:
    from rolodex.records import Phone

    paths.init()
    _add("", phones=[Phone("+47 915 12 345")])
    win = _window(qtbot)
    try:
        assert win.model.index(0, 0).data() == "+47 915 12 345"
        assert "New contact" not in win.editor.title.text()
    finally:
        win.close()
        win.deleteLater()


# -- item 15 -----------------------------------------------------------------------------------
def test_the_overdue_banner_follows_done_in_today(book: StoreInfo, qtbot: QtBot) -> None:
    paths.init()
    clock = oslo_clock(2026, 6, 10, 12, 0)
    services = CrmServices.create(clock)
    anna = _add("Anna", "Berg")
    for day in (1, 2):
        services.followups.add(FollowUpData(contact_id=anna, due_date=date(2026, 6, day)))
    win = _window(qtbot, services)
    try:
        banner_count = win.reminders.start()  # type: ignore[attr-defined]
        banner = win.reminders.banner  # type: ignore[attr-defined]
        assert banner_count == 2 and banner.text() == "You have 2 overdue follow-ups."
        today = TodayView(services, win)
        today.changed.connect(win.contacts_changed)  # as Today is wired
        today.refresh()
        today.select("overdue", 0)
        today.done_action.trigger()
        assert banner.text() == "You have 1 overdue follow-up."
        today.select("overdue", 0)
        today.done_action.trigger()
        assert banner.isHidden()
    finally:
        win.close()
        win.deleteLater()


@pytest.mark.parametrize("screen", [QRect(0, 0, 1366, 768), QRect(0, 0, 1280, 720)])
def test_the_default_window_fits_the_screen_with_its_status_bar(
    people: dict[str, int], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, screen: QRect
) -> None:
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: screen)
    win = MainWindow(ContactService())
    qtbot.addWidget(win)
    title_bar = 30
    assert win.height() + title_bar <= screen.height()
    assert win.width() <= screen.width()
    assert win.minimumSizeHint().height() + title_bar <= screen.height()
    win.show()
    qtbot.waitExposed(win)
    bar = win.statusBar()
    assert bar.isVisible()
    assert bar.mapTo(win, QPoint(0, bar.height())).y() <= win.height()


def test_counted_messages_read_as_english(window: MainWindow, qtbot: QtBot) -> None:
    from rolodex.ui.contacts.merge_dialog import MergeTexts
    from rolodex.ui.importing.history_dialog import ImportHistoryDialog
    from rolodex.ui.labels.dialog import LabelsDialog

    def tr(cls: type, text: str, n: int) -> str:
        return QApplication.translate(cls.__name__, text, "", n)

    assert tr(LabelsDialog, "%n page(s)", 1) == "1 page"
    assert tr(LabelsDialog, "%n label(s)", 2) == "2 labels"
    assert tr(MergeTexts, "Merge %n contact(s)", 28) == "Merge 28 contacts"
    added = "The %n contact(s) it added go to the Trash."
    assert tr(ImportHistoryDialog, added, 1) == "The 1 contact it added goes to the Trash."
    merged = "What it added to the %n contact(s) it merged into is taken out."
    assert (
        tr(ImportHistoryDialog, merged, 1)
        == "What it added to the 1 contact it merged into is taken out."
    )


def _nothing_cut(dialog: SecurityDialog | PassphraseDialog) -> None:
    dialog.layout().activate()
    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog) and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    for field in dialog.findChildren(QLineEdit):
        if field.isVisibleTo(dialog):
            assert field.height() >= field.sizeHint().height()


def test_encryption_dialog_grows_to_show_a_long_message(book: StoreInfo, qtbot: QtBot) -> None:
    dialog = SecurityDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    first = dialog.size()
    dialog.encrypt_new.setText("short")
    dialog.encrypt_confirm.setText("other")
    dialog.encrypt()
    dialog._say("\n\n".join(["A message several lines long, as after a conversion."] * 4))
    qtbot.waitUntil(lambda: dialog.height() > first.height())
    _nothing_cut(dialog)


def test_passphrase_dialog_shows_its_whole_prompt_and_error(tmp_path: Path, qtbot: QtBot) -> None:
    from rolodex.db import WrongPassphraseError

    def wrong(_path: Path, _passphrase: str) -> StoreInfo:
        raise WrongPassphraseError("wrong")

    name = "a-contact-book-with-a-long-file-name-from-the-office-share.rolodex"
    dialog = PassphraseDialog(tmp_path / name, opener=wrong)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _nothing_cut(dialog)
    before = dialog.height()
    dialog.field.setText("guess")
    dialog.try_open()
    qtbot.waitUntil(lambda: dialog.height() > before)
    _nothing_cut(dialog)


def test_crm_dialog_titles_are_not_elided(window: MainWindow, qtbot: QtBot) -> None:
    from rolodex.ui.crm.activity_dialog import ActivityDialog
    from rolodex.ui.crm.followup_dialog import FollowUpDialog
    from rolodex.ui.dialog_fit import title_width

    contact_id = window.editor.contact_id
    assert contact_id is not None
    services = CrmServices.create()
    name = "Aleksandra Konstantinopolskaya-Vasilyeva"
    for dialog in (
        FollowUpDialog(services, contact_id, name, parent=window),
        ActivityDialog(services, contact_id, name, parent=window),
    ):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert name in dialog.windowTitle()
        assert dialog.width() >= title_width(dialog)
        dialog.close()


def test_the_count_stays_in_the_status_bar_after_saved(window: MainWindow, qtbot: QtBot) -> None:
    window.editor.fields["nickname"].setText("Annie")
    assert window.editor.save()
    assert window.statusBar().currentMessage() == "Saved."
    window.statusBar().clearMessage()  # what the 3 s timeout does
    assert window.count_label.isVisible() and window.count_label.text() == "3 contacts"


def test_history_names_the_contact_shown_before_the_crm_was_wired(
    people: dict[str, int], qtbot: QtBot
) -> None:
    win = MainWindow(ContactService())
    win.show()
    qtbot.waitUntil(lambda: win.editor.contact_id is not None)  # shown first, as at start-up
    wire_crm(win, CrmServices.create())
    try:
        win.contact_pane.setCurrentIndex(1)  # History
        history = win.contact_pane.widget(1)
        assert history.heading.text() == "Anna Berg" and history.contact_id == people["anna"]
        assert history.log_button.isEnabled()
    finally:
        win.close()
        win.deleteLater()
