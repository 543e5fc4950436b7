"""Sync conflicts for review: a field changed both here and on the server kept the local value
(and sent it); each such field is listed until someone keeps it ("local") or takes the
server's value instead ("remote"). Taking the server's sets the field from the server's card
as it was then, in an ordinary edit, so the next sync sends the contact (the merged card)."""

from __future__ import annotations

from rolodex.models.base import utc_now
from rolodex.services.contacts import ContactService
from rolodex.store import sync as state
from rolodex.store.sync import Conflict
from rolodex.store.transactions import writing
from rolodex.sync.accounts import require
from rolodex.sync.cards import read_card
from rolodex.sync.errors import SyncError
from rolodex.sync.merge import copy_field

TAKES = ("local", "remote")


def open_conflicts(name: str = "") -> list[Conflict]:
    """The conflicts not reviewed yet, of the account ``name`` or of all."""
    return state.conflicts(require(name).id if name else None)


def resolve(conflict_id: int, take: str) -> Conflict:
    """Keep the local value (``local``) or take the server's (``remote``)."""
    if take not in TAKES:
        raise SyncError(f"Take 'local' or 'remote', not {take!r}.")
    found = state.conflicts(conflict_id=conflict_id, open_only=False)
    if not found:
        raise SyncError(f"No sync conflict {conflict_id} (see `rolodex sync conflicts`).")
    conflict = found[0]
    if conflict.resolved_at:
        raise SyncError(f"Conflict {conflict_id} was resolved already ({conflict.resolution}).")
    with writing():
        if take == "remote":
            _take_theirs(conflict)
        state.resolve_conflict(conflict_id, take, utc_now())
    return conflict


def _take_theirs(conflict: Conflict) -> None:
    service = ContactService()
    contact = service.get(conflict.contact_id)
    account = state.account(conflict.account)
    stored = state.conflict_card(conflict.id)
    theirs = read_card(stored[1], account.tag if account else "") if stored else None
    if contact is None or theirs is None:
        raise SyncError(f"The contact of conflict {conflict.id} is no longer in the book.")
    copy_field(conflict.field, theirs, contact)
    service.save(contact)
