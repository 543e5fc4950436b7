"""The Companies window as an office user works it (opening a person by double-click is in
test_company_dialog.py): a company's timeline (what was logged "also on the company"), and merging a
duplicate company into it, taken back with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.records import ContactData
from rolodex.services.companies import CompanyService
from rolodex.services.contacts import ContactService
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import ActivityData
from rolodex.ui.companies.dialog import PEOPLE_TAB, TIMELINE_TAB, CompanyDialog
from rolodex.ui.companies.merge_dialog import CompanyMergeDialog
from tests.services.crm_helpers import oslo, oslo_clock
from tests.ui.mnemonics import clashes


def setup_book() -> dict[str, int]:
    contacts = ContactService()
    ids = {
        "ona": contacts.create(
            ContactData(given="Ona", family="Kazlauskienė", company="Ąžuolas UAB")
        ),
        "jonas": contacts.create(ContactData(given="Jonas", family="Petraitis", company="Azuolas")),
        "rasa": contacts.create(ContactData(given="Rasa", family="Jonaitė", company="Azuolas")),
    }
    return ids


def open_window(qtbot: QtBot, services: CrmServices) -> CompanyDialog:
    dialog = CompanyDialog(services=services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload(select=CompanyService().find("Ąžuolas UAB"))
    return dialog


def people(dialog: CompanyDialog) -> list[str]:
    model = dialog.people_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_timeline_shows_what_was_logged_also_on_the_company(book: StoreInfo, qtbot: QtBot) -> None:
    ids = setup_book()
    services = CrmServices.create(oslo_clock(2026, 6, 10, 12, 0))
    company = CompanyService().find("Ąžuolas UAB")
    services.activities.log(ActivityData(contact_id=ids["ona"], company_id=company, kind="meeting",
                                         subject="Framework contract", occurred_at=oslo(2026, 6, 9)))  # fmt: skip
    services.activities.log(ActivityData(contact_id=ids["ona"], kind="call", subject="Private"))
    dialog = open_window(qtbot, services)
    assert dialog.tabs.tabText(PEOPLE_TAB) == "&People (1)"
    assert dialog.tabs.tabText(TIMELINE_TAB) == "&Timeline (1)"
    assert clashes(dialog) == {}
    dialog.tabs.setCurrentIndex(TIMELINE_TAB)
    assert clashes(dialog) == {}  # the timeline's buttons answer to no letter the window uses
    row = dialog.timeline.model.index(0).data().splitlines()
    assert row[0].endswith("· Meeting · Ona Kazlauskienė") and row[1] == "Framework contract"


def pick_in_merge_dialog(qtbot: QtBot, filter_text: str) -> list[str]:
    """When the merge dialog opens, filter it, read its explanation and press Merge."""
    seen: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CompanyMergeDialog)
        dialog.filter.setText(filter_text)
        dialog.reload()
        seen.append(dialog.explanation.text())
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)
    return seen


def test_merging_a_duplicate_company_moves_its_people_and_ctrl_z_undoes(
    book: StoreInfo, qtbot: QtBot
) -> None:
    ids = setup_book()
    services = CrmServices.create(oslo_clock(2026, 6, 10, 12, 0))
    duplicate = CompanyService().find("Azuolas")
    logged = services.activities.log(ActivityData(contact_id=ids["jonas"], company_id=duplicate,
                                                  kind="email", subject="Invoice")).ids[0]  # fmt: skip
    dialog = open_window(qtbot, services)
    assert people(dialog) == ["Ona Kazlauskienė"]
    seen = pick_in_merge_dialog(qtbot, "azuolas")
    with qtbot.waitSignal(dialog.company_changed):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert "“Azuolas” (2)" in seen[0] and "Trash" in seen[0]
    assert people(dialog) == ["Jonas Petraitis", "Ona Kazlauskienė", "Rasa Jonaitė"]
    assert [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())] == [
        "Ąžuolas UAB (3)"
    ]
    assert ContactService().get(ids["jonas"]).company == "Ąžuolas UAB"  # type: ignore[union-attr]
    assert [a.id for a in dialog.timeline.model.rows] == [logged]
    assert "Ctrl+Z" in dialog.status.text()

    dialog.activateWindow()
    qtbot.waitActive(dialog)
    # through the QWindow, as a real key press travels: shortcuts are matched there
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert people(dialog) == ["Ona Kazlauskienė"]
    assert ContactService().get(ids["jonas"]).company == "Azuolas"  # type: ignore[union-attr]
    assert len(CompanyService().list_companies()) == 2
    assert services.activities.get(logged).company_id == duplicate
