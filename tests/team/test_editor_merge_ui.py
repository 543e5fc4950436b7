"""The app's editor saving over a colleague's save: other fields merge silently (a line says
whose changes were kept); a field both changed asks, in a small dialog, whose value stays."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from rolodex.db import StoreInfo
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.store.users import act_as
from rolodex.team.edits import EditService
from rolodex.ui.contact_editor.editor import ContactEditor
from rolodex.ui.team.merge_dialog import TeamMergeDialog


@pytest.fixture
def editor(book: StoreInfo, qtbot) -> ContactEditor:  # type: ignore[no-untyped-def]
    widget = ContactEditor(ContactService())
    qtbot.addWidget(widget)
    widget.show()
    cid = ContactService().create(ContactData(given="Eve", family="Adams"))
    loaded = ContactService().get(cid)
    assert loaded is not None
    widget.load(loaded)
    return widget


def _colleague_sets(cid: int, **fields: str) -> None:
    try:
        act_as("bob")
        EditService().save(cid, fields)
    finally:
        act_as(None)


def test_a_colleagues_other_field_is_kept(editor: ContactEditor) -> None:
    cid = editor.contact_id
    assert cid is not None
    _colleague_sets(cid, job_title="Buyer")
    editor.fields["department"].setText("Sales")
    assert editor.save()
    stored = ContactService().get(cid)
    assert stored is not None and (stored.job_title, stored.department) == ("Buyer", "Sales")
    assert editor.banner.isVisibleTo(editor) and "bob" in editor.banner.text()


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_the_same_field_asks_whose_value_stays(
    editor: ContactEditor, choice: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = editor.contact_id
    assert cid is not None
    _colleague_sets(cid, job_title="Buyer", nickname="Evie")
    asked: list[list[str]] = []

    def answer(dialog: TeamMergeDialog) -> int:
        asked.append(list(dialog.choices))
        box = dialog.choices["job_title"]
        box.setCurrentIndex(box.findData(choice))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(TeamMergeDialog, "exec", answer)
    editor.fields["job_title"].setText("Chief buyer")
    editor.fields["department"].setText("Sales")
    assert editor.save()
    assert asked == [["job_title"]]  # only the field both changed
    stored = ContactService().get(cid)
    assert stored is not None
    expected = "Chief buyer" if choice == "mine" else "Buyer"
    assert (stored.job_title, stored.nickname, stored.department) == (expected, "Evie", "Sales")


def test_cancelling_the_dialog_keeps_the_edits_unsaved(
    editor: ContactEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = editor.contact_id
    assert cid is not None
    _colleague_sets(cid, job_title="Buyer")
    monkeypatch.setattr(TeamMergeDialog, "exec", lambda _d: QDialog.DialogCode.Rejected.value)
    editor.fields["job_title"].setText("Chief buyer")
    assert not editor.save()
    assert editor.is_dirty() and editor.fields["job_title"].text() == "Chief buyer"
    stored = ContactService().get(cid)
    assert stored is not None and stored.job_title == "Buyer"
