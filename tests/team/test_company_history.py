"""Company edits in the change log (issue 11): who created, edited (each field's old and new
value), deleted and restored a company, at which revision — on both backends — and the
Companies window's Changes tab shows it."""

from __future__ import annotations

import dataclasses

import pytest

from rolodex.records import CompanyData
from rolodex.services.companies import CompanyService
from rolodex.store.users import act_as
from rolodex.team.history import company_history


def _office_company() -> int:
    service = CompanyService()
    try:
        act_as("alice")
        change = service.save(CompanyData(name="Fjord AS", phone="22 11 00 00"))
        cid = change.ids[0]
        act_as("bob")
        data = service.get(cid)
        assert data is not None
        service.save(dataclasses.replace(data.data, phone="22 11 00 01", website="fjord.no"))
        service.delete([cid])
        act_as("alice")
        service.restore([cid])
    finally:
        act_as(None)
    return cid


def test_company_edits_are_logged_with_who_when_revision_and_fields(any_book: str) -> None:
    cid = _office_company()
    history = company_history(cid)
    assert [(e.action, e.by, e.revision) for e in history] == [
        ("restored", "alice", 4), ("deleted", "bob", 3), ("edited", "bob", 2),
        ("created", "alice", 1),
    ]  # fmt: skip
    edited = history[2]
    assert edited.fields == {"phone": ("22 11 00 00", "22 11 00 01"), "website": ("", "fjord.no")}
    assert edited.at  # when


@pytest.mark.parametrize("any_book", ["sqlite"], indirect=True)
def test_the_companies_window_shows_who_changed_what(any_book: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    from rolodex.ui.companies.dialog import CHANGES_TAB, CompanyDialog

    _office_company()
    dialog = CompanyDialog()
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(CHANGES_TAB) == "C&hanges (4)"
    lines = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert "alice restored it" in lines[0] and "bob moved it to the Trash" in lines[1]
    assert "bob edited: Phone: “22 11 00 00” → “22 11 00 01”; Website: “” → “fjord.no”" in lines[2]
    assert lines[3].endswith("alice created it")
