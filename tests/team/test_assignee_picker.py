"""The follow-up dialog's "Assigned to" (issue 11): it lists the book's users with you first
and chosen; a follow-up assigned to a colleague shows in their Today, not yours — on one real
PostgreSQL book used by two logins, and on a file."""

from __future__ import annotations

from datetime import date

from rolodex.db import close_store
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.services.crm.bundle import CrmServices
from rolodex.store import open_book
from rolodex.store.users import act_as
from rolodex.ui.crm.followup_dialog import FollowUpDialog
from rolodex.ui.crm.today import TodayView
from tests.team.conftest import Office, ok


def _assign(qtbot, cid: int, to: str, subject: str) -> FollowUpDialog:  # type: ignore[no-untyped-def]
    dialog = FollowUpDialog(CrmServices.create(), cid, "Eve Adams")
    qtbot.addWidget(dialog)
    dialog.set_due(date.today())
    dialog.subject_edit.setText(subject)
    dialog.set_assignee(to)
    dialog.save()
    return dialog


def _today_subjects(qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    view = TodayView(CrmServices.create())
    qtbot.addWidget(view)
    return [row.subject for row in view.models["today"].rows]


def test_assigning_to_a_colleague_on_a_server_shows_in_their_today(office: Office, qtbot) -> None:  # type: ignore[no-untyped-def]
    cid = ok("--db", office.admin, "add", "Eve Adams").strip()
    open_book(office.urls["alice"])
    try:
        dialog = FollowUpDialog(CrmServices.create(), int(cid), "Eve Adams")
        qtbot.addWidget(dialog)
        combo = dialog.assignee_combo
        assert combo.currentData() == office.logins["alice"]  # me, by default
        assert combo.itemText(0) == "Me (Alice)"
        assert {combo.itemData(i) for i in range(combo.count())} >= {office.logins["bob"]}
        assert combo.isVisibleTo(dialog)  # a team: the row shows
        _assign(qtbot, int(cid), office.logins["bob"], "Send Bob's quote")
        _assign(qtbot, int(cid), office.logins["alice"], "Alice's own")
        assert _today_subjects(qtbot) == ["Alice's own"]
    finally:
        close_store()
    open_book(office.urls["bob"])
    try:
        assert _today_subjects(qtbot) == ["Send Bob's quote"]
    finally:
        close_store()


def test_on_a_file_the_picker_names_who_acts_and_assigns(book: object, qtbot) -> None:  # type: ignore[no-untyped-def]
    from rolodex.team.users import UserService

    cid = ContactService().create(ContactData(given="Eve", family="Adams"))
    alone = FollowUpDialog(CrmServices.create(), cid)
    qtbot.addWidget(alone)
    assert not alone.assignee_combo.isVisibleTo(alone)  # one user: nothing to pick
    UserService().add("bob", "Bob Builder")
    try:
        act_as("alice")
        dialog = _assign(qtbot, cid, "bob", "For Bob")
        assert dialog.assignee_combo.isVisibleTo(dialog)
        assert dialog.assignee_combo.itemText(dialog.assignee_combo.findData("bob")) == "Bob Builder"
        _assign(qtbot, cid, "alice", "Mine")
        assert _today_subjects(qtbot) == ["Mine"]
        act_as("bob")
        assert _today_subjects(qtbot) == ["For Bob"]
        (item,) = [f for f in CrmServices.create().followups.due_today() if f.subject == "For Bob"]
        edit = FollowUpDialog(CrmServices.create(), cid, followup=item)
        qtbot.addWidget(edit)
        assert edit.assignee_combo.currentData() == "bob"  # editing keeps whose it is
    finally:
        act_as(None)
