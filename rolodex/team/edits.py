"""Saving an edit that started from an older revision without overwriting anyone (issue 11).

The editor says which revision it started from and which fields it changed. If the contact
moved on meanwhile, changes to *other* fields are kept (the edit is applied over the current
contact) and only a field both changed to different values is a conflict, reported with who
changed it; nothing is written while a conflict is unresolved. Which fields the others changed
comes from the editor's own copy of the starting point when it has one (the app), else from
the change log (the command line); a revision the log cannot account for (e.g. an import merge)
counts as touching every field, so nothing is ever lost by guessing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from rolodex.db import StoreError
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.store import team as store
from rolodex.store.transactions import writing
from rolodex.team import history
from rolodex.team.records import ChangeEntry, EditOutcome, FieldConflict, TeamFacts

TEAM_FIELDS = ("owner", "private")
"""Fields kept beside the contact's data (:class:`~rolodex.team.records.TeamFacts`)."""
NAME_PARTS = ("prefix", "given", "additional", "family", "suffix")


def value_of(contact: ContactData, facts: TeamFacts, name: str) -> Any:
    """The current value of field ``name`` (a ContactData field, ``owner`` or ``private``)."""
    return getattr(facts, name) if name in TEAM_FIELDS else getattr(contact, name)


class EditService:
    """The conflict-merging save the CLI's ``edit`` and the app's editor use."""

    def __init__(self, contacts: ContactService | None = None) -> None:
        self.contacts = contacts or ContactService()

    def current(self, contact_id: int) -> tuple[ContactData, TeamFacts]:
        """The contact as stored now; StoreError if there is none (or it is not visible)."""
        contact = self.contacts.get(contact_id)
        facts = store.facts(contact_id) if contact is not None else None
        if contact is None or facts is None:
            raise StoreError(f"There is no contact {contact_id}.")
        return contact, facts

    def save(
        self,
        contact_id: int,
        mine: Mapping[str, Any],
        base_revision: int | None = None,
        *,
        base: Mapping[str, Any] | None = None,
        resolved: Mapping[str, str] | None = None,
        merge: bool = True,
    ) -> EditOutcome:
        """Apply the fields ``mine`` (name → new value) to the contact, started from
        ``base_revision`` (None: whatever is current). ``base`` holds the fields' values at
        that revision if the caller kept them; ``resolved`` answers conflicts: "mine" or
        "theirs" per field. ``merge`` False: a moved revision saves nothing (compare and set)."""
        contact, facts = self.current(contact_id)
        theirs: list[ChangeEntry] = []
        wanted = dict(mine)
        if base_revision is not None and base_revision != facts.revision:
            theirs = store.changes_since("contact", contact_id, base_revision)
            if not merge:
                return EditOutcome(False, facts.revision, theirs)
            conflicts = _conflicts(contact, facts, wanted, base, theirs, base_revision)
            answers = resolved or {}
            for name in [c.field for c in conflicts if answers.get(c.field) == "theirs"]:
                del wanted[name]
            open_ = [c for c in conflicts if c.field not in answers]
            if open_:
                return EditOutcome(False, facts.revision, theirs, open_)
        revision = self._apply(contact, facts, wanted)
        return EditOutcome(True, revision, theirs)

    def _apply(self, contact: ContactData, facts: TeamFacts, wanted: dict[str, Any]) -> int:
        assert contact.id is not None
        data_fields = {k: v for k, v in wanted.items() if k not in TEAM_FIELDS}
        team = {k: v for k, v in wanted.items() if k in TEAM_FIELDS and v != getattr(facts, k)}
        if (
            data_fields
            and any(k in data_fields for k in NAME_PARTS)
            and ("display_name" not in data_fields and _derived_name(contact))
        ):
            data_fields["display_name"] = ""  # follows the new name
        changed = dataclasses.replace(contact, **data_fields)
        with writing():
            if changed != contact:
                self.contacts.save(changed)
            if team:
                if team.get("private") and not (team.get("owner") or facts.owner):
                    from rolodex.store.users import acting_login

                    team["owner"] = acting_login()  # a private contact needs an owner
                store.set_owner(
                    contact.id,
                    owner=team.get("owner"),
                    private=team.get("private"),
                    bump=changed == contact,
                )
                history.record_edit(
                    contact.id, {k: (getattr(facts, k), v) for k, v in team.items()}
                )
            now = store.facts(contact.id)
        return now.revision if now is not None else facts.revision


def _derived_name(contact: ContactData) -> bool:
    """Whether the contact's display name is just its structured name (so it should follow)."""
    parts = " ".join(p.strip() for p in (getattr(contact, n) for n in NAME_PARTS) if p.strip())
    return not contact.display_name.strip() or " ".join(contact.display_name.split()) == parts


def _conflicts(
    contact: ContactData,
    facts: TeamFacts,
    mine: Mapping[str, Any],
    base: Mapping[str, Any] | None,
    theirs: list[ChangeEntry],
    base_revision: int,
) -> list[FieldConflict]:
    touched = _touched(theirs, base_revision, facts.revision)
    found = []
    for name, value in mine.items():
        now = value_of(contact, facts, name)
        if now == value:
            continue  # both made the same change, or there is nothing to change
        if base is not None and name in base:
            if base[name] == now:
                continue  # they did not touch this field
            was = base[name]
        elif touched is not None and name not in touched:
            continue
        else:
            was = _old_value(theirs, name)
        found.append(
            FieldConflict(name, was, history.plain(now), history.plain(value), _who(theirs, name))
        )
    return found


def _touched(theirs: list[ChangeEntry], base: int, current: int) -> set[str] | None:
    """The fields the log says changed between the revisions; None if it cannot tell."""
    covered = {e.revision for e in theirs}
    if not set(range(base + 1, current + 1)) <= covered:
        return None
    touched: set[str] = set()
    for entry in theirs:
        if entry.action == "edited":
            touched |= set(entry.fields or {})
        elif entry.action not in ("deleted", "restored"):
            return None  # a merge, an import...: could have changed anything
    return touched


def _old_value(theirs: list[ChangeEntry], name: str) -> Any:
    for entry in theirs:
        if entry.fields and name in entry.fields:
            return entry.fields[name][0]
    return None


def _who(theirs: list[ChangeEntry], name: str) -> str:
    for entry in reversed(theirs):
        if entry.fields and name in entry.fields:
            return entry.by
    return theirs[-1].by if theirs else ""


@dataclasses.dataclass
class ContactMerge:
    """An editor's save over a contact that moved on: ``merged`` is the current contact with
    the editor's own changes applied; ``conflicts`` the fields both changed differently
    (``merged`` holds the editor's value there until told otherwise); ``theirs`` what the
    log says the others did, and ``their_fields`` which fields they changed."""

    current: ContactData
    merged: ContactData
    theirs: list[ChangeEntry]
    their_fields: list[str]
    conflicts: list[FieldConflict]

    def keep_theirs(self, field_name: str) -> None:
        """Resolve a conflict for the colleague's value."""
        setattr(self.merged, field_name, getattr(self.current, field_name))


def merge_edit(base: ContactData, mine: ContactData, base_revision: int) -> ContactMerge | None:
    """Three-way merge of an editor's copy ``mine`` (started from ``base`` at
    ``base_revision``) with the stored contact; None when nobody changed it meanwhile."""
    assert base.id is not None
    now = store.facts(base.id)
    current = ContactService().get(base.id)
    if now is None or current is None or now.revision == base_revision:
        return None
    theirs = store.changes_since("contact", base.id, base_revision)
    their_fields = list(history.contact_diff(base, current))
    merged = dataclasses.replace(current)
    conflicts = []
    for name in history.contact_diff(base, mine):
        value = getattr(mine, name)
        setattr(merged, name, value)
        if name in their_fields and getattr(current, name) != value:
            was, now_value = history.plain(getattr(base, name)), getattr(current, name)
            conflicts.append(
                FieldConflict(
                    name, was, history.plain(now_value), history.plain(value), _who(theirs, name)
                )
            )
    return ContactMerge(current, merged, theirs, their_fields, conflicts)
