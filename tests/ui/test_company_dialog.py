"""The Companies window end to end: list and filter, create, rename, delete to the Trash and
restore with the people relinked, open a person; and its models under Qt's model tester."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rolodex import paths
from rolodex.db import StoreInfo
from rolodex.records import Address, CompanyData, ContactData, ContactRow, LabeledValue
from rolodex.services.companies import CompanyService, CompanySummary
from rolodex.services.contacts import ContactService
from rolodex.ui.companies.dialog import CompanyDialog
from rolodex.ui.companies.models import PAGE_SIZE, CompanyListModel, IdRole, PeopleModel
from rolodex.ui.contacts.model import COL_COMPANY
from rolodex.ui.main_window.window import MainWindow


@pytest.fixture
def people(book: StoreInfo) -> dict[str, int]:
    service = ContactService()
    ids = {
        "ona": service.create(
            ContactData(
                given="Ona",
                family="Kazlauskienė",
                company="Ąžuolas UAB",
                emails=[LabeledValue("ona@azuolas.lt")],
            )
        ),
        "jonas": service.create(
            ContactData(given="Jonas", family="Petraitis", company="Ąžuolas UAB")
        ),
        "kari": service.create(ContactData(given="Kari", family="Nordmann", company="Fjord AS")),
        "ivan": service.create(ContactData(given="Иван", family="Петров")),
    }
    CompanyService().save(CompanyData(name="Bakeri", address=Address(city="Bergen")))
    return ids


def open_dialog(qtbot: QtBot) -> CompanyDialog:
    dialog = CompanyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def listed(dialog: CompanyDialog) -> list[str]:
    return [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]


def people_names(dialog: CompanyDialog) -> list[str]:
    model = dialog.people_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def select(dialog: CompanyDialog, name: str) -> None:
    dialog.reload(select=CompanyService().find(name))


def company_of(contact_id: int) -> str:
    contact = ContactService().get(contact_id)
    assert contact is not None
    return contact.company


def test_companies_are_listed_with_city_and_people(qtbot: QtBot, people: dict[str, int]) -> None:
    dialog = open_dialog(qtbot)
    assert listed(dialog) == ["Ąžuolas UAB (2)", "Bakeri — Bergen (0)", "Fjord AS (1)"]
    assert dialog.form.fields["name"].text() == "Ąžuolas UAB"  # the first one (Ą as A) is shown
    assert people_names(dialog) == ["Jonas Petraitis", "Ona Kazlauskienė"]
    assert dialog.people_model.index(1, 1).data() == "ona@azuolas.lt"
    select(dialog, "Bakeri")
    assert dialog.form.fields["city"].text() == "Bergen"
    assert people_names(dialog) == []


def test_a_new_company_is_saved_listed_and_announced(qtbot: QtBot, people: dict[str, int]) -> None:
    dialog = open_dialog(qtbot)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.form.fields["name"].text() == ""
    assert not dialog.delete_button.isEnabled()
    dialog.form.fields["name"].setText("Šviesa UAB")
    dialog.form.fields["city"].setText("Vilnius")
    with qtbot.waitSignal(dialog.company_changed) as changed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    new_id = CompanyService().find("sviesa uab")
    assert changed.args[0].kind == "created" and changed.args[0].ids == (new_id,)
    assert "Šviesa UAB — Vilnius (0)" in listed(dialog)
    assert dialog.current_id() == new_id
    assert dialog.delete_button.isEnabled()


def test_a_company_without_a_name_is_not_saved(
    qtbot: QtBot, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    dialog = open_dialog(qtbot)
    dialog.new_company()
    dialog.form.fields["phone"].setText("+370 600 00000")
    with qtbot.assertNotEmitted(dialog.company_changed):
        dialog.save()
    assert warnings == ["A company needs a name."]
    assert len(CompanyService().list_companies()) == 3


def test_renaming_a_company_renames_it_for_its_people(qtbot: QtBot, people: dict[str, int]) -> None:
    dialog = open_dialog(qtbot)
    select(dialog, "Fjord AS")
    dialog.form.fields["name"].setText("Fjord Shipping AS")
    with qtbot.waitSignal(dialog.company_changed) as changed:
        dialog.save()
    assert changed.args[0].kind == "updated"
    assert company_of(people["kari"]) == "Fjord Shipping AS"
    assert "Fjord Shipping AS (1)" in listed(dialog)
    assert dialog.form.fields["name"].text() == "Fjord Shipping AS"
    assert ContactService().ids("shipping") == [people["kari"]]


def confirm_with(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_rest: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_delete_moves_to_the_trash_and_restore_relinks_the_people(
    qtbot: QtBot, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = confirm_with(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = open_dialog(qtbot)
    select(dialog, "Ąžuolas UAB")
    with qtbot.waitSignal(dialog.company_changed) as deleted:
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "to the Trash" in asked[0] and "30 days" in asked[0]
    assert "Its people (2) stay in the book" in asked[0]
    assert deleted.args[0].kind == "deleted"
    assert listed(dialog) == ["Bakeri — Bergen (0)", "Fjord AS (1)"]
    assert company_of(people["ona"]) == ""
    assert "Trash" in dialog.status.text()

    dialog.show_deleted.setChecked(True)
    assert listed(dialog) == ["Ąžuolas UAB (2)"]
    assert not dialog.new_button.isEnabled()
    assert dialog.restore_button.isVisible()
    with qtbot.waitSignal(dialog.company_changed) as restored:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert restored.args[0].kind == "restored"
    assert not dialog.show_deleted.isChecked()
    assert dialog.form.fields["name"].text() == "Ąžuolas UAB"  # back, and shown
    assert people_names(dialog) == ["Jonas Petraitis", "Ona Kazlauskienė"]
    assert company_of(people["ona"]) == company_of(people["jonas"]) == "Ąžuolas UAB"
    assert CompanyService().trash() == []


def test_cancelling_the_delete_keeps_the_company(
    qtbot: QtBot, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    confirm_with(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog = open_dialog(qtbot)
    select(dialog, "Fjord AS")
    with qtbot.assertNotEmitted(dialog.company_changed):
        dialog.delete()
    assert "Fjord AS (1)" in listed(dialog)
    assert company_of(people["kari"]) == "Fjord AS"


def test_several_deleted_companies_can_be_restored_at_once(
    qtbot: QtBot, people: dict[str, int]
) -> None:
    service = CompanyService()
    service.delete([service.find("Fjord AS"), service.find("Bakeri")])  # type: ignore[list-item]
    dialog = open_dialog(qtbot)
    dialog.show_deleted.setChecked(True)
    assert sorted(listed(dialog)) == ["Bakeri — Bergen (0)", "Fjord AS (1)"]
    dialog.companies.selectAll()
    dialog.restore()
    assert listed(dialog) == ["Ąžuolas UAB (2)", "Bakeri — Bergen (0)", "Fjord AS (1)"]
    assert company_of(people["kari"]) == "Fjord AS"


def test_the_filter_narrows_the_list_ignoring_accents(qtbot: QtBot, people: dict[str, int]) -> None:
    dialog = open_dialog(qtbot)
    dialog.filter.setText("azuol")
    qtbot.waitUntil(lambda: listed(dialog) == ["Ąžuolas UAB (2)"])
    assert people_names(dialog) == ["Jonas Petraitis", "Ona Kazlauskienė"]
    dialog.filter.setText("no such company")
    qtbot.waitUntil(lambda: listed(dialog) == [])
    assert dialog.form.fields["name"].text() == ""
    assert not dialog.delete_button.isEnabled()


def test_the_filter_applies_to_deleted_companies_too(qtbot: QtBot, people: dict[str, int]) -> None:
    service = CompanyService()
    service.delete([service.find("Fjord AS"), service.find("Ąžuolas UAB")])  # type: ignore[list-item]
    dialog = open_dialog(qtbot)
    dialog.show_deleted.setChecked(True)
    dialog.filter.setText("ĄŽUOLAS")
    qtbot.waitUntil(lambda: listed(dialog) == ["Ąžuolas UAB (2)"])


def test_enter_on_a_person_opens_them(qtbot: QtBot, people: dict[str, int]) -> None:
    dialog = open_dialog(qtbot)
    select(dialog, "Ąžuolas UAB")
    dialog.people.setFocus()
    dialog.people.setCurrentIndex(dialog.people_model.index(1, 0))
    with qtbot.waitSignal(dialog.open_contact_requested) as opened:
        qtbot.keyClick(dialog.people, Qt.Key.Key_Return)
    assert opened.args == [people["ona"]]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_double_click_on_a_person_opens_them(qtbot: QtBot, people: dict[str, int]) -> None:
    dialog = open_dialog(qtbot)
    select(dialog, "Ąžuolas UAB")
    qtbot.waitExposed(dialog)
    centre = dialog.people.visualRect(dialog.people_model.index(0, 0)).center()
    viewport = dialog.people.viewport()
    with qtbot.waitSignal(dialog.open_contact_requested) as opened:
        # QTest's double-click alone lacks the first press/release a real one has
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [people["jonas"]]


def test_company_list_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = CompanyListModel()
    model.set_companies([CompanySummary(1, "Acme", "Oslo", 3), CompanySummary(2, "Бета", "", 0)])
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "Бета (0)"
    assert model.index(0, 0).data(IdRole) == 1
    assert model.row_of(2) == 1 and model.row_of(99) == -1


def fake_rows(calls: list[int]) -> object:
    def load(ids: Sequence[int]) -> list[ContactRow]:
        calls.append(len(ids))
        return [ContactRow(i, f"Person {i}", "", f"p{i}@x.lt", "", "", "", "") for i in ids]

    return load


def test_people_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = PeopleModel(fake_rows([]))  # type: ignore[arg-type]
    model.set_ids([5, 6, 7])
    qtmodeltester.check(model)
    assert model.index(2, 1).data() == "p7@x.lt"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Phone"


def test_people_are_fetched_a_page_at_a_time(qtbot: QtBot) -> None:
    calls: list[int] = []
    model = PeopleModel(fake_rows(calls))  # type: ignore[arg-type]
    model.set_ids(range(1, 5001))
    assert calls == []  # nothing is read until the view asks
    assert model.index(0, 0).data() == "Person 1"
    assert model.index(4999, 0).data() == "Person 5000"
    assert model.index(4998, 0, QModelIndex()).data(IdRole) == 4999
    assert calls == [PAGE_SIZE, PAGE_SIZE]


def test_the_main_window_follows_delete_restore_and_open(
    qtbot: QtBot, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths.init()
    win = MainWindow(ContactService())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    confirm_with(monkeypatch, QMessageBox.StandardButton.Yes)
    seen: list[str] = []

    def kari_company() -> str:
        return str(win.model.index(win.model.row_of(people["kari"]), COL_COMPANY).data())

    def drive(dialog: CompanyDialog) -> int:
        select(dialog, "Fjord AS")
        dialog.delete()
        seen.append(kari_company())
        dialog.show_deleted.setChecked(True)
        dialog.restore()
        seen.append(kari_company())
        dialog.people.setCurrentIndex(dialog.people_model.index(0, 0))
        qtbot.keyClick(dialog.people, Qt.Key.Key_Return)
        return int(dialog.result())

    monkeypatch.setattr(CompanyDialog, "exec", drive)
    win.open_companies()
    assert seen == ["", "Fjord AS"]  # the list refreshed after the delete and the restore
    assert win.editor.contact_id == people["kari"]
    win.editor.revert()
