"""Import history and one-step undo of an import batch.

Each batch's ``undo_data`` (JSON) holds the ids it created, as ranges, and for every contact it
merged into, that contact's state before the merge (without the photo bytes: a merge only ever
adds a photo to a contact that had none, so ``had_photo`` is enough to put it back).

Undo moves the contacts the batch created to the Trash (restorable for 30 days, like any
delete; they keep anything logged against them since), removes the companies the batch created
that nobody in the book belongs to any more, and puts every merged contact back as it was
before the import, all in one transaction. Edits made to a merged contact after the import are
replaced by its pre-import state; the import report says which contacts were merged.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import Any

from rolodex.db import database
from rolodex.models.base import utc_now
from rolodex.records import Address, ContactData, ExtraProperty, InstantMessage, LabeledValue, Phone
from rolodex.services.changes import Change
from rolodex.services.contact_read import load_contacts
from rolodex.services.contact_write import CompanyCache, WriteContext, update_contact
from rolodex.services.contacts import ContactService

UNDO_FORMAT = 1


class UndoError(Exception):
    """The batch cannot be undone (unknown id, or already undone); the message says which."""


@dataclass(frozen=True)
class ImportBatchInfo:
    """One line of the import history."""

    id: int
    created_at: str
    source: str
    imported: int
    merged: int
    skipped: int
    undone_at: str | None

    @property
    def can_undo(self) -> bool:
        return self.undone_at is None


def snapshot(contact: ContactData) -> dict[str, Any]:
    """A contact's state as JSON-ready data, photo bytes left out."""
    data = asdict(contact)
    data.pop("photo")
    data["had_photo"] = contact.photo is not None
    return data


def from_snapshot(data: dict[str, Any]) -> ContactData:
    """The contact a :func:`snapshot` describes (``photo`` left None; see ``had_photo``)."""
    fields = {k: v for k, v in data.items() if k != "had_photo"}
    fields["emails"] = [LabeledValue(**e) for e in data["emails"]]
    fields["phones"] = [Phone(**p) for p in data["phones"]]
    fields["addresses"] = [Address(**a) for a in data["addresses"]]
    fields["websites"] = [LabeledValue(**w) for w in data["websites"]]
    fields["ims"] = [InstantMessage(**m) for m in data["ims"]]
    fields["extras"] = [ExtraProperty(**x) for x in data["extras"]]
    return ContactData(**fields)


def id_ranges(first: int, end: int) -> list[list[int]]:
    """The ids ``first .. end-1`` as ``[[first, last]]`` (empty when none were created)."""
    return [[first, end - 1]] if end > first else []


def undo_payload(
    created: list[list[int]], merged: dict[int, str], companies: list[list[int]]
) -> str:
    """The ``undo_data`` text; ``merged`` maps id -> JSON snapshot text (kept as text)."""
    body = ", ".join(f'"{cid}": {text}' for cid, text in merged.items())
    return (
        f'{{"format": {UNDO_FORMAT}, "created": {json.dumps(created)},'
        f' "companies": {json.dumps(companies)}, "merged": {{{body}}}}}'
    )


def import_history() -> list[ImportBatchInfo]:
    """Every import batch, newest first."""
    sql = (
        "SELECT id, created_at, source, imported, merged, skipped, undone_at"
        " FROM import_batch ORDER BY id DESC"
    )
    return [ImportBatchInfo(*row) for row in database.connection().execute(sql)]


def undo_import(
    batch_id: int, ctx: WriteContext, before_write: Callable[[], None] | None = None
) -> Change:
    """Reverse a whole import batch in one transaction; raise :class:`UndoError` if it can't."""
    row = (
        database.connection()
        .execute("SELECT undo_data, undone_at FROM import_batch WHERE id = ?", (batch_id,))
        .fetchone()
    )
    if row is None:
        raise UndoError(f"There is no import number {batch_id}.")
    if row[1] is not None:
        raise UndoError(f"Import {batch_id} was already undone on {row[1]}.")
    undo = json.loads(row[0] or "{}")
    if before_write is not None:
        before_write()
    with database.atomic():
        created = _trash_created(undo.get("created", []))
        restored = _restore_merged(undo.get("merged", {}), ctx)
        _remove_empty_companies(undo.get("companies", []))
        database.connection().execute(
            "UPDATE import_batch SET undone_at = ? WHERE id = ?", (utc_now(), batch_id)
        )
    return Change("contact", tuple(created + restored), "import-undone")


def _trash_created(ranges: Iterable[list[int]]) -> list[int]:
    conn = database.connection()
    ids: list[int] = []
    for first, last in ranges:
        cur = conn.execute(
            "SELECT id FROM contact WHERE id BETWEEN ? AND ? AND deleted_at IS NULL", (first, last)
        )
        ids.extend(r[0] for r in cur)
    ContactService().delete(ids)  # the Trash, as any delete (a savepoint in our transaction)
    return ids


def _remove_empty_companies(ranges: Iterable[list[int]]) -> None:
    """Companies the import created that nobody in the book belongs to any more."""
    conn = database.connection()
    now = utc_now()
    for first, last in ranges:
        conn.execute(
            "UPDATE company SET deleted_at = ? WHERE id BETWEEN ? AND ? AND deleted_at IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM contact c WHERE c.company_id = company.id"
            " AND c.deleted_at IS NULL)",
            (now, first, last),
        )


def _restore_merged(merged: dict[str, dict[str, Any]], ctx: WriteContext) -> list[int]:
    ids = [int(k) for k in merged]
    current = {c.id: c for c in load_contacts(ids)}
    companies = CompanyCache()
    for key, state in merged.items():
        now = current.get(int(key))
        if now is None:
            continue  # deleted for good since the import: nothing to put back
        previous = from_snapshot(state)
        if state.get("had_photo"):
            previous.photo, previous.photo_mime = now.photo, now.photo_mime
        update_contact(previous, ctx, companies)
    return [i for i in ids if i in current]
