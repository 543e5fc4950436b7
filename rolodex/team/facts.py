"""What a contact's card says about the team: revision, owner, privacy and who was last in
touch (``rolodex show``), and the list columns "Owner" and "Last contacted by"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rolodex.store import team as store
from rolodex.team.records import LastContact, TeamFacts
from rolodex.team.users import UserService


def facts(contact_id: int) -> TeamFacts | None:
    return store.facts(contact_id)


def last_contact(contact_id: int) -> LastContact | None:
    return store.last_contact(contact_id)


def card_json(contact_id: int) -> dict[str, Any]:
    """The team keys of ``rolodex show --json``: revision, owner, private, last_contacted."""
    found = store.facts(contact_id) or TeamFacts(0, "", False)
    last = store.last_contact(contact_id)
    return {
        "revision": found.revision,
        "owner": found.owner or None,
        "private": found.private,
        "last_contacted": None
        if last is None
        else {"at": last.at.isoformat(), "kind": last.kind, "by": last.by or None},
    }


def list_columns(ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """(owner's name, last contacted by's name) of each contact, for the list's columns."""
    owners = {cid: f.owner for cid, f in store.facts_of(ids).items()}
    last_by = store.last_contacts_by(ids)
    names = UserService().names({*owners.values(), *last_by.values()} - {""})

    def name(login: str) -> str:
        return names.get(login, login) if login else ""

    return {cid: (name(owners.get(cid, "")), name(last_by.get(cid, ""))) for cid in ids}


def list_logins(ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """(owner's login, last contacted by's login) of each contact ("" where none)."""
    owners = {cid: f.owner for cid, f in store.facts_of(ids).items()}
    last_by = store.last_contacts_by(ids)
    return {cid: (owners.get(cid, ""), last_by.get(cid, "")) for cid in ids}
