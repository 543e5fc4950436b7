"""Recording who edited, merged, deleted or restored contacts and companies (the change log).

Services call these inside the write's transaction, after the write, so each entry carries
the revision the write left the row at. An edit also records the fields it changed, as
(old, new) pairs: what the conflict-merging save (:mod:`rolodex.team.edits`) reads to tell
whether a colleague touched the same field.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from rolodex.records import ContactData
from rolodex.store import team as store
from rolodex.store.users import acting_login
from rolodex.team.records import ChangeEntry

SKIPPED = frozenset({"id", "rev"})
"""ContactData fields that are not the user's data (``rev`` is the vCard REV stamp)."""


def plain(value: Any) -> Any:
    """A field's value as JSON can hold it (a photo by its size, lists of records as dicts)."""
    if isinstance(value, bytes):
        return f"{len(value)} bytes"
    if isinstance(value, list):
        return [
            dataclasses.asdict(v) if dataclasses.is_dataclass(v) and not isinstance(v, type) else v
            for v in value
        ]
    return value


def contact_diff(old: ContactData, new: ContactData) -> dict[str, tuple[Any, Any]]:
    """The fields whose values differ between two versions of a contact, as (old, new)."""
    changed = {}
    for f in dataclasses.fields(ContactData):
        if f.name in SKIPPED:
            continue
        before, after = getattr(old, f.name), getattr(new, f.name)
        if before != after:
            changed[f.name] = (plain(before), plain(after))
    return changed


def record_edit(contact_id: int, fields: dict[str, tuple[Any, Any]]) -> None:
    """Log an edit of ``fields`` on a contact by the acting user (caller's transaction)."""
    if fields:
        store.log_changes(
            "contact", store.revisions([contact_id]), "edited", acting_login(), fields
        )


def record(entity: str, ids: Sequence[int], action: str) -> None:
    """Log ``action`` ("deleted", "restored", "merged"...) on rows, by the acting user."""
    if not ids:
        return
    if entity == "contact":
        revised = store.revisions(ids)
    else:
        revised = {i: 0 for i in ids}
    store.log_changes(entity, revised, action, acting_login())


def contact_history(contact_id: int) -> list[ChangeEntry]:
    """Every recorded change of a contact, newest first."""
    return store.history("contact", contact_id)
