"""Issue 12 item 19: right-click menus on the list, the sidebar and the header; several
contacts selected at once and acted on together (tag, untag, delete, export, labels, log an
activity, schedule a follow-up), each undoable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from rolodex import paths
from rolodex.db import StoreInfo
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.services.crm.bundle import CrmServices
from rolodex.ui.app import build_window, install_translations
from rolodex.ui.contacts.model import COL_CITY, COL_NAME
from rolodex.ui.main_window.window import MainWindow

PEOPLE = (("Anna", "Berg", ["Kunder"]), ("Bjørn", "Dahl", []), ("Cecilie", "Eide", ["vip"]))


@pytest.fixture
def window(book: StoreInfo, qtbot: QtBot) -> Iterator[MainWindow]:
    paths.init()
    for given, family, tags in PEOPLE:
        ContactService().create(ContactData(given=given, family=family, tags=list(tags)))
    win = build_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.crm_actions is not None and win.editor.contact_id is not None)
    yield win
    win.editor.revert()


def select_rows(win: MainWindow, rows: list[int]) -> None:
    """What Ctrl+click / Shift+click do: rows added to the selection."""
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection = win.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(win.model.index(row, 0), flags)


def tags_of(win: MainWindow) -> dict[str, list[str]]:
    return {d.given: d.tags for d in ContactService().get_many(win.model.all_ids())}


def menu_texts(menu) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_selected_count_shows_in_the_status_bar(window: MainWindow, qapp) -> None:  # type: ignore[no-untyped-def]
    translators = install_translations(qapp, QLocale(QLocale.Language.English))
    try:
        select_rows(window, [0, 1, 2])
        assert window.list_actions.selection_label.text() == "3 contacts selected"
        select_rows(window, [1])
        assert window.list_actions.selection_label.isHidden()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_row_menu_offers_the_bulk_actions(window: MainWindow) -> None:
    select_rows(window, [0, 2])
    texts = menu_texts(window.list_actions.row_menu())
    for wanted in ("Log activity…", "Schedule follow-up…", "Add tag…", "Remove tag…",
                   "Export…", "Print labels…", "Delete"):  # fmt: skip
        assert wanted in texts
    assert all(a.isEnabled() for a in window.list_actions.row_menu().actions())


def test_add_and_remove_a_tag_on_the_selection_and_undo(window: MainWindow) -> None:
    select_rows(window, [0, 1, 2])
    window.list_actions.tag_selected(adding=True, tag="VIP")
    # one tag whatever the letter case: "VIP" joins Cecilie's "vip", spelt as first written
    assert tags_of(window) == {"Anna": ["Kunder", "vip"], "Bjørn": ["vip"], "Cecilie": ["vip"]}

    window.undo_stack.undo()  # only the two it tagged lose it; Cecilie keeps her own "vip"
    assert tags_of(window) == {"Anna": ["Kunder"], "Bjørn": [], "Cecilie": ["vip"]}

    select_rows(window, [0, 2])
    window.list_actions.tag_selected(adding=False, tag="Kunder")
    assert tags_of(window)["Anna"] == []
    window.undo_stack.undo()
    assert tags_of(window)["Anna"] == ["Kunder"]


def test_delete_the_selection_to_the_trash_and_undo(window: MainWindow) -> None:
    select_rows(window, [0, 2])
    window.menu_actions.delete.trigger()
    assert [window.model.index(r, 0).data() for r in range(window.model.rowCount())] == [
        "Bjørn Dahl"
    ]
    window.undo_stack.undo()
    assert window.model.rowCount() == 3


def test_export_and_labels_get_only_the_selection(window: MainWindow) -> None:
    got: dict[str, list[int]] = {}
    window.set_feature("export", lambda ids: got.__setitem__("export", ids))
    window.set_feature("labels", lambda ids: got.__setitem__("labels", ids))
    select_rows(window, [0, 2])
    expected = [window.model.id_at(0), window.model.id_at(2)]
    window.list_actions.export.trigger()
    window.list_actions.labels.trigger()
    assert got == {"export": expected, "labels": expected}


def test_export_dialog_opens_on_the_selection(window: MainWindow) -> None:
    from rolodex.ui.export_dialog import ExportDialog

    select_rows(window, [0, 2])
    dialog = ExportDialog(window.selected_ids(), "", [])
    assert dialog.scope_group.checkedId() == 0  # "The selected contacts (2)"
    assert "(2)" in dialog.scope_group.button(0).text()


def test_log_one_activity_for_all_selected_and_undo(window: MainWindow) -> None:
    select_rows(window, [0, 1])
    ids = window.selected_ids()
    dialog = window.list_actions.open_log_activity()
    assert dialog is not None
    dialog.subject_edit.setText("Christmas card")
    dialog.save()
    services = CrmServices.create()
    subjects = [[a.subject for a in services.activities.timeline(i)] for i in ids]
    assert subjects == [["Christmas card"], ["Christmas card"]]

    window.undo_stack.undo()
    assert [services.activities.timeline(i) for i in ids] == [[], []]


def test_schedule_one_follow_up_for_all_selected(window: MainWindow) -> None:
    select_rows(window, [0, 1, 2])
    dialog = window.list_actions.open_followup()
    assert dialog is not None
    dialog.subject_edit.setText("Send the price list")
    dialog.set_due(date(2030, 1, 7))
    dialog.save()
    followups = CrmServices.create().followups
    subjects = [[f.subject for f in followups.for_contact(i)] for i in window.selected_ids()]
    assert subjects == [["Send the price list"]] * 3

    window.undo_stack.undo()
    assert [followups.for_contact(i) for i in window.selected_ids()] == [[], [], []]


def test_sidebar_menu_exports_a_tag(window: MainWindow) -> None:
    got: list[list[int]] = []
    window.set_feature("export", lambda ids: got.append(ids))
    row = window.tag_model.row_of("tag", "Kunder")
    menu = window.list_actions.sidebar_menu(row)
    texts = menu_texts(menu)
    assert "Keep in touch every…" in texts  # the cadence entry joins the same menu
    next(a for a in menu.actions() if a.text().startswith("&Export")).trigger()
    anna = window.model.id_at(0)
    assert got == [[anna]] and window.model.tag == "Kunder"


def test_column_chooser_hides_a_column_and_remembers_it(window: MainWindow, qtbot: QtBot) -> None:
    menu = window.list_actions.column_menu()
    actions = menu.actions()
    assert not actions[COL_NAME].isEnabled()  # the name always stays
    actions[COL_CITY].setChecked(False)
    assert window.table.horizontalHeader().isSectionHidden(COL_CITY)
    window.close()

    again = MainWindow(ContactService())
    qtbot.addWidget(again)
    header = again.table.horizontalHeader()
    assert header.isSectionHidden(COL_CITY)
    assert not again.list_actions.column_menu().actions()[COL_CITY].isChecked()


def test_remove_tag_asks_among_the_selections_tags(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[list[str]] = []

    def answer(dialog: QInputDialog) -> int:
        offered.append(dialog.comboBoxItems())
        dialog.setTextValue("vip")
        return int(QInputDialog.DialogCode.Accepted)

    monkeypatch.setattr(QInputDialog, "exec", answer)
    select_rows(window, [1, 2])  # Bjørn (no tags) and Cecilie (vip)
    window.list_actions.remove_tag.trigger()
    assert offered == [["vip"]]
    assert tags_of(window)["Cecilie"] == []
