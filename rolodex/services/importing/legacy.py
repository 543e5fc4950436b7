"""Undoing an import batch written before ownership rows (``undo_data`` format 1).

Such a batch stored the ids it created and the companies it created as id *ranges* (useless
now: SQLite hands ids out again after the Trash is purged) and, for every contact it merged
into, that contact's state before the merge. Undo treats it like this:

- Created contacts are the ones carrying the batch's number (``contact.import_batch_id``, set
  when the row was inserted, so never a reused id). Like any batch they go to the Trash only if
  untouched since: same revision, no activity, follow-up or keep-in-touch setting, and no edit
  after the import ended (``updated_at``; edits from before schema 4 left no revision).
- A merged contact is put back to its saved state only if nothing changed its content since the
  import ended (``updated_at``), so restoring the snapshot removes exactly what the import
  added; otherwise it is kept as it is and counted as kept.
- A company in the saved ranges is removed only if it was created while the import ran, is not
  owned by another batch, and nobody uses it.

When the import ended is not stored: it is taken as the newest creation time of the batch's
contacts (or the batch's start) plus :data:`END_SLACK_SECONDS`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from rolodex.records import Address, ContactData, ExtraProperty, InstantMessage, LabeledValue, Phone
from rolodex.services.contact_read import load_contacts
from rolodex.services.contact_write import CompanyCache, WriteContext, update_contact
from rolodex.store import import_undo as owned

END_SLACK_SECONDS = 120


def is_legacy(undo: dict[str, Any]) -> bool:
    return int(undo.get("format", 1)) < 2


def import_end(batch_id: int, started: str) -> str:
    """When a legacy batch's writes ended, at the latest (ISO UTC text, like the columns)."""
    last = max(started, owned.last_created(batch_id) or started)
    moment = datetime.fromisoformat(last) + timedelta(seconds=END_SLACK_SECONDS)
    return moment.isoformat(timespec="seconds")


def from_snapshot(data: dict[str, Any]) -> ContactData:
    """The contact a legacy snapshot describes (``photo`` left None; see ``had_photo``)."""
    fields = {k: v for k, v in data.items() if k != "had_photo"}
    fields["emails"] = [LabeledValue(**e) for e in data["emails"]]
    fields["phones"] = [Phone(**p) for p in data["phones"]]
    fields["addresses"] = [Address(**a) for a in data["addresses"]]
    fields["websites"] = [LabeledValue(**w) for w in data["websites"]]
    fields["ims"] = [InstantMessage(**m) for m in data["ims"]]
    fields["extras"] = [ExtraProperty(**x) for x in data["extras"]]
    return ContactData(**fields)


def restore_merged(
    merged: dict[str, dict[str, Any]], started: str, end: str, ctx: WriteContext
) -> tuple[list[int], int]:
    """Put back the saved state of each merged contact unchanged since ``end``; return the
    ids restored and how many were kept because they changed since."""
    unchanged = _unchanged([int(k) for k in merged], started, end)
    current = {c.id: c for c in load_contacts(sorted(unchanged))}
    companies = CompanyCache()
    restored = []
    for key, state in merged.items():
        now = current.get(int(key))
        if now is None:
            continue
        previous = from_snapshot(state)
        if state.get("had_photo"):
            previous.photo, previous.photo_mime = now.photo, now.photo_mime
        update_contact(previous, ctx, companies)
        restored.append(int(key))
    existing = _existing([int(k) for k in merged], started)
    return restored, len(existing) - len(restored)


def _unchanged(ids: list[int], started: str, end: str) -> set[int]:
    return {
        i
        for i, updated in _existing(ids, started).items()
        if updated <= end  # the import's own write was the last change to its content
    }


def _existing(ids: list[int], started: str) -> dict[int, str]:
    """Those of ``ids`` that are still the contacts the batch merged into (created before
    it started: a reused id belongs to a newer contact): id -> updated_at."""
    return owned.created_before(ids, started)


def remove_companies(ranges: list[list[int]], started: str, end: str) -> tuple[int, int]:
    """Remove the unused companies of the saved ranges created while the import ran;
    return (removed, kept because in use)."""
    removed = kept = 0
    for first, last in ranges:
        done, left = owned.remove_range_companies(first, last, started, end)
        removed += done
        kept += left
    return removed, kept
