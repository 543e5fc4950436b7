"""The merge dialog: radio buttons per differing field, merge, and undo through the stack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.models import Activity
from rolodex.records import ContactData, LabeledValue, Phone
from rolodex.services.changes import Change
from rolodex.services.contacts import ContactService
from rolodex.services.duplicates.merge import load_for_merge
from rolodex.ui.contacts.merge_dialog import MergeDialog, MergeUndoCommand

NOW = "2024-05-01T10:00:00+00:00"


def click_radio(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click on the round indicator (a radio button ignores clicks right of its label)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


@pytest.fixture
def pair(book: StoreInfo) -> tuple[ContactService, int, int]:
    service = ContactService()
    a = service.create(
        ContactData(
            given="Ingrid",
            family="Bjørnstad",
            job_title="Daglig leder",
            emails=[LabeledValue("ingrid@fjord.no")],
            tags=["Kunder"],
        )
    )
    b = service.create(
        ContactData(
            given="Ingrid",
            family="Bjornstad",
            job_title="CEO",
            emails=[LabeledValue("ingrid@gmail.com")],
            phones=[Phone("+47 900 11 222")],
            tags=["VIP"],
        )
    )
    Activity.create(contact=b, kind="call", occurred_at=NOW, subject="Intro", created_at=NOW)
    return service, a, b


def test_only_differing_fields_get_a_choice(qtbot: QtBot, pair: tuple) -> None:
    service, a, b = pair
    dialog = MergeDialog(load_for_merge([a, b]))
    qtbot.addWidget(dialog)
    assert set(dialog.field_groups) == {"family", "job_title", "display_name"}
    assert "2 email" in dialog.kept_label.text()


def test_choosing_values_and_merging(qtbot: QtBot, pair: tuple) -> None:
    service, a, b = pair
    dialog = MergeDialog(load_for_merge([a, b]))
    qtbot.addWidget(dialog)
    dialog.show()
    click_radio(qtbot, dialog.survivor_group.button(a))
    click_radio(qtbot, dialog.field_groups["job_title"].button(b))
    changes: list[Change] = []
    dialog.changed.connect(changes.append)
    with qtbot.waitSignal(dialog.merged):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert [c.ids for c in changes] == [(a, b)]
    merged = service.get(a)
    assert merged is not None
    assert merged.job_title == "CEO"
    assert merged.family == "Bjørnstad"
    assert {e.value for e in merged.emails} == {"ingrid@fjord.no", "ingrid@gmail.com"}
    assert merged.tags == ["Kunder", "VIP"]
    assert Activity.get().contact_id == a
    assert service.ids() == [a]


def test_undo_stack_undoes_and_redoes_the_merge(qtbot: QtBot, pair: tuple) -> None:
    service, a, b = pair
    before = [service.get(a), service.get(b)]
    stack = QUndoStack()
    changes: list[Change] = []
    dialog = MergeDialog(load_for_merge([a, b]))
    qtbot.addWidget(dialog)
    dialog.merged.connect(
        lambda plan, result: stack.push(MergeUndoCommand(plan, result, changes.append))
    )
    dialog.choose("survivor", b)
    dialog.accept()
    assert service.ids() == [b]
    stack.undo()
    assert [service.get(a), service.get(b)] == before
    assert Activity.get().contact_id == b
    stack.redo()
    assert service.ids() == [b]
    assert [c.kind for c in changes] == ["restored", "merged"]


def test_a_merge_that_fails_keeps_the_dialog_open(qtbot: QtBot, pair: tuple, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    service, a, b = pair
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    contacts = load_for_merge([a, b])
    service.delete([b])
    dialog = MergeDialog(contacts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()
    assert "Trash" in warnings[0]
    assert service.ids() == [a]
