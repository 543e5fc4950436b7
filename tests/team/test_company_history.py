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


@pytest.mark.parametrize("any_book", ["sqlite"], indirect=True)
def test_a_company_merge_reads_as_one_in_the_changes_tab(any_book: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    from rolodex.services.company_merge import merge_companies, undo_company_merge
    from rolodex.ui.companies.changes import ChangeHistoryList

    keep = CompanyService().save(CompanyData(name="Fjord AS")).ids[0]
    other = CompanyService().save(CompanyData(name="Fjord A/S", phone="22 11 00 00")).ids[0]
    try:
        act_as("carol")
        result = merge_companies(keep, other)
        undo_company_merge(result)
    finally:
        act_as(None)
    changes = ChangeHistoryList()
    qtbot.addWidget(changes)
    changes.show_company(keep)
    lines = [changes.item(i).text() for i in range(changes.count())]
    assert "carol undid a merge with another company" in lines[0]
    assert any("carol merged it with another company" in line for line in lines[1:])
