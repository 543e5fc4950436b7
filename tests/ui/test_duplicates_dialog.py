"""The duplicates dialog end to end: search off-thread, pick a group, merge, group disappears."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.records import Address, ContactData, LabeledValue
from rolodex.services.changes import Change
from rolodex.services.contacts import ContactService
from rolodex.services.duplicates.find import DuplicateGroup, find_duplicates
from rolodex.ui.duplicates.dialog import DuplicatesDialog
from rolodex.ui.duplicates.models import DuplicateGroupsModel, GroupMembersModel


@pytest.fixture
def service(book: StoreInfo) -> ContactService:
    service = ContactService()
    for given, family, email, company, city in [
        ("Jonas", "Jonaitis", "jonas@imone.lt", "UAB Saulė", ""),
        ("Jonas", "Jonaitis", "JONAS@imone.lt", "", ""),
        ("Jon", "Smith", "", "Acme", ""),
        ("John", "Smith", "", "Acme", ""),
        ("Анна", "Петрова", "", "", "Москва"),
        ("Анна", "Петрова", "", "", "Санкт-Петербург"),
    ]:
        service.create(
            ContactData(
                given=given,
                family=family,
                company=company,
                emails=[LabeledValue(email)] if email else [],
                addresses=[Address(city=city)] if city else [],
            )
        )
    return service


def tick(dialog: DuplicatesDialog, row: int) -> None:
    from PySide6.QtCore import Qt

    index = dialog.members.index(row, 0)
    dialog.members.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def open_dialog(qtbot: QtBot) -> DuplicatesDialog:
    dialog = DuplicatesDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=10000):
        dialog.show()
    return dialog


def test_groups_are_listed_with_their_reasons(qtbot: QtBot, service: ContactService) -> None:
    dialog = open_dialog(qtbot)
    model = dialog.groups
    assert model.rowCount() == 2  # the two Annas live in different cities: not duplicates
    texts = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(2)]
    assert texts == [
        ("Jonas Jonaitis; Jonas Jonaitis", "Same email jonas@imone.lt"),
        ("Jon Smith; John Smith", "Similar names at Acme"),
    ]
    assert "2 group" in dialog.status.text()
    assert dialog.members.rowCount() == 2  # the first group is selected
    assert dialog.merge_button.isEnabled()


def test_merging_a_group_removes_it(qtbot: QtBot, service: ContactService) -> None:
    dialog = open_dialog(qtbot)
    changes: list[Change] = []
    dialog.changed.connect(changes.append)
    dialog.group_view.selectRow(1)
    assert [dialog.members.index(r, 0).data() for r in range(2)] == ["Jon Smith", "John Smith"]
    assert not dialog.merge_button.isEnabled()  # only their names link them: nothing ticked
    tick(dialog, 0)
    tick(dialog, 1)
    dialog.merge_button.click()
    assert dialog.merge_dialog is not None
    dialog.merge_dialog.merge_button.click()
    assert len(changes) == 1 and changes[0].kind == "merged"
    assert dialog.groups.rowCount() == 1
    assert len(service.ids(query="Smith")) == 1
    assert "1 group" in dialog.status.text()


def test_unchecking_leaves_too_few_to_merge(qtbot: QtBot, service: ContactService) -> None:
    from PySide6.QtCore import Qt

    dialog = open_dialog(qtbot)
    dialog.members.setData(
        dialog.members.index(1, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    assert not dialog.merge_button.isEnabled()


def test_an_empty_book_says_so(qtbot: QtBot, book: StoreInfo) -> None:
    dialog = open_dialog(qtbot)
    assert dialog.groups.rowCount() == 0
    assert dialog.status.text() == "No duplicates found."
    assert not dialog.merge_button.isEnabled()


def test_models_pass_the_qt_model_tester(
    qtmodeltester: ModelTester, service: ContactService
) -> None:
    groups = find_duplicates()
    rows = {r.id: r for r in service.rows(service.ids())}
    model = DuplicateGroupsModel()
    model.set_groups(groups, rows)
    qtmodeltester.check(model)
    model.drop_contacts({groups[0].ids[1]})
    assert model.rowCount() == 1
    members = GroupMembersModel()
    members.set_members(list(rows.values()))
    qtmodeltester.check(members)


def test_a_failed_search_is_reported(qtbot: QtBot, book: StoreInfo) -> None:
    def broken(**_kwargs: object) -> list[DuplicateGroup]:
        raise RuntimeError("disk on fire")

    dialog = DuplicatesDialog(find=broken)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=10000):
        dialog.show()
    assert "disk on fire" in dialog.status.text()


def test_namesakes_at_different_companies_are_never_ticked(qtbot: QtBot, book: StoreInfo) -> None:
    from PySide6.QtCore import Qt

    service = ContactService()
    for i in range(28):
        service.create(
            ContactData(
                given="Владимир",
                family="Новиков",
                company=f"ООО Фирма {i % 6}",
                emails=[LabeledValue(f"vn{i}@mail.ru")],
                addresses=[Address(city=("Москва", "Казань", "Самара")[i % 3])],
            )
        )
    dialog = open_dialog(qtbot)
    assert dialog.groups.rowCount() == 6  # one per company, never all 28 together
    for row in range(6):
        dialog.group_view.selectRow(row)
        members = dialog.members
        assert members.rowCount() < 28
        states = [members.index(r, 0).data(Qt.ItemDataRole.CheckStateRole)
                  for r in range(members.rowCount())]  # fmt: skip
        assert set(states) == {Qt.CheckState.Unchecked}
        assert members.index(0, members.columnCount() - 1).data().startswith("Same name at")
        assert not dialog.merge_button.isEnabled()
        assert "none is ticked" in dialog.hint.text()


def test_contacts_sharing_an_email_are_ticked_and_say_why(
    qtbot: QtBot, service: ContactService
) -> None:
    from PySide6.QtCore import Qt

    dialog = open_dialog(qtbot)
    members = dialog.members
    states = [members.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) for r in range(2)]
    assert states == [Qt.CheckState.Checked, Qt.CheckState.Checked]
    assert members.index(0, members.columnCount() - 1).data() == "Same email jonas@imone.lt"
    assert dialog.merge_button.isEnabled()
