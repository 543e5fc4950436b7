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

from rolodex.records import CompanyData, ContactData
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
    return _diff(old, new)


def company_diff(old: CompanyData, new: CompanyData) -> dict[str, tuple[Any, Any]]:
    """The fields whose values differ between two versions of a company, as (old, new); the
    address as a whole, as a dict."""
    return _diff(old, new)


def _diff(old: Any, new: Any) -> dict[str, tuple[Any, Any]]:
    changed = {}
    for f in dataclasses.fields(old):
        if f.name in SKIPPED:
            continue
        before, after = getattr(old, f.name), getattr(new, f.name)
        if before != after:
            changed[f.name] = (plain(before), plain(after))
    return changed


def record_edit(
    contact_id: int, fields: dict[str, tuple[Any, Any]], entity: str = "contact"
) -> None:
    """Log an edit of ``fields`` on a contact (or company) by the acting user (caller's
    transaction)."""
    if fields:
        revised = store.revisions_of(entity, [contact_id])
        store.log_changes(entity, revised, "edited", acting_login(), fields)


def record(entity: str, ids: Sequence[int], action: str) -> None:
    """Log ``action`` ("deleted", "restored", "merged"...) on rows, by the acting user."""
    if ids:
        store.log_changes(entity, store.revisions_of(entity, ids), action, acting_login())


def contact_history(contact_id: int) -> list[ChangeEntry]:
    """Every recorded change of a contact, newest first."""
    return store.history("contact", contact_id)


def company_history(company_id: int) -> list[ChangeEntry]:
    """Every recorded change of a company (created, edited with its fields, deleted,
    restored), newest first."""
    return store.history("company", company_id)
