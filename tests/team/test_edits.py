"""The conflict-merging save the app's editor uses: it keeps its copy of the starting point,
so a colleague's change to another field is merged and only the same field asks (both
backends)."""

from __future__ import annotations

from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.store.users import act_as
from rolodex.team import history
from rolodex.team.edits import EditService


def _start() -> tuple[int, ContactData]:
    cid = ContactService().create(ContactData(given="Eve", family="Adams", notes="old"))
    base = ContactService().get(cid)
    assert base is not None
    return cid, base


def test_a_colleagues_other_field_is_kept_and_the_same_field_asks(any_book: str) -> None:
    cid, base = _start()
    edits = EditService()
    try:
        act_as("bob")
        edits.save(cid, {"job_title": "Buyer"}, 1)
        act_as("alice")
        mine = {"notes": "alice's", "department": "Sales"}
        merged = edits.save(cid, mine, 1, base={"notes": "old", "department": ""})
        assert merged.saved and merged.changed_by == ["bob"]
        now = ContactService().get(cid)
        assert now is not None and (now.job_title, now.notes, now.department) == (
            "Buyer", "alice's", "Sales",
        )  # fmt: skip
        act_as("carol")
        asked = edits.save(cid, {"notes": "carol's", "nickname": "Evie"}, 1, base={"notes": "old"})
        assert not asked.saved
        (conflict,) = asked.conflicts
        assert (conflict.field, conflict.theirs, conflict.mine, conflict.by) == (
            "notes", "alice's", "carol's", "alice",
        )  # fmt: skip
        kept = edits.save(cid, {"notes": "carol's", "nickname": "Evie"}, 1,
                          base={"notes": "old"}, resolved={"notes": "theirs"})  # fmt: skip
        assert kept.saved
        now = ContactService().get(cid)
        assert now is not None and (now.notes, now.nickname) == ("alice's", "Evie")
    finally:
        act_as(None)
    entries = history.contact_history(cid)
    assert [(e.by, sorted(e.fields or {})) for e in entries] == [
        ("carol", ["nickname"]), ("alice", ["department", "notes"]), ("bob", ["job_title"]),
    ]  # fmt: skip


def test_deleting_and_restoring_are_logged_with_who(any_book: str) -> None:
    cid, _ = _start()
    try:
        act_as("bob")
        ContactService().delete([cid])
        act_as("alice")
        ContactService().restore([cid])
    finally:
        act_as(None)
    assert [(e.action, e.by) for e in history.contact_history(cid)] == [
        ("restored", "alice"), ("deleted", "bob"),
    ]  # fmt: skip
