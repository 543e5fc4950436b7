"""Import history and one-step undo of an import batch, from the rows the batch owns.

Undo works from ``import_item`` alone (see :mod:`rolodex.services.importing_items`), never from
id ranges, in one transaction:

- A contact the batch created goes to the Trash (restorable for 30 days) only if it is still
  the batch's contact and untouched since: the revision the import left it at, and no
  activity, follow-up or keep-in-touch setting added. Anything else (edited, logged, merged
  with another contact by Find duplicates, deleted and restored) is **kept**, and counted.
- From a contact the batch merged into, exactly what that merge added is taken out, where it
  is still there unchanged; later edits and other imports' additions stay. Additions the user
  changed since are kept, and the contact is counted.
- A company the batch created is removed only if it is unchanged and nobody uses it.
- The batch is marked undone and its ownership rows are dropped.

Imports and undos moving a contact's revision keep it "untouched" for the other batches that
own it, so overlapping imports can be undone in either order. Batches written before schema 4
are undone as :mod:`rolodex.services.importing_legacy` describes. :class:`ImportUndone` carries
the counts the CLI and the app report ("3 contacts you have edited since were kept").
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rolodex.db import database, writing
from rolodex.models.base import utc_now
from rolodex.services import importing_legacy as legacy
from rolodex.services.changes import Change
from rolodex.services.contact_read import load_contacts
from rolodex.services.contact_write import CompanyCache, WriteContext, update_contact
from rolodex.services.contacts import ContactService
from rolodex.services.importing_added import take_out
from rolodex.services.importing_items import carry_revision, revisions
from rolodex.services.importing_records import ImportUndone


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


def import_history() -> list[ImportBatchInfo]:
    """Every import batch, newest first."""
    sql = (
        "SELECT id, created_at, source, imported, merged, skipped, undone_at"
        " FROM import_batch ORDER BY id DESC"
    )
    return [ImportBatchInfo(*row) for row in database.connection().execute(sql)]


_CREATED_SQL = """
SELECT c.id, c.deleted_at IS NOT NULL,
  c.revision = COALESCE(i.revision, {legacy_revision})
  AND (? IS NULL OR c.updated_at <= ?)
  AND c.keep_in_touch_days IS NULL
  AND NOT EXISTS (SELECT 1 FROM activity a WHERE a.contact_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM followup f WHERE f.contact_id = c.id)
FROM contact c {join} import_item i
  ON i.batch_id = c.import_batch_id AND i.entity = 'contact' AND i.entity_id = c.id
  AND i.action = 'created'
WHERE c.import_batch_id = ?
"""


@dataclass
class _Tally:
    """What one undo did, counted as it goes."""

    trashed: list[int]
    kept_edited: int = 0
    reverted: int = 0
    kept_changes: int = 0
    companies_removed: int = 0
    companies_kept: int = 0
    restored: tuple[int, ...] = ()


def undo_import(
    batch_id: int, ctx: WriteContext, before_write: Callable[[], object] | None = None
) -> ImportUndone:
    """Reverse an import batch in one transaction; raise :class:`UndoError` if it can't."""
    row = (
        database.connection()
        .execute(
            "SELECT undo_data, undone_at, created_at FROM import_batch WHERE id = ?", (batch_id,)
        )
        .fetchone()
    )
    if row is None:
        raise UndoError(f"There is no import number {batch_id}.")
    if row[1] is not None:
        raise UndoError(f"Import {batch_id} was already undone on {row[1]}.")
    undo: dict[str, Any] = json.loads(row[0] or "{}")
    if before_write is not None:
        before_write()
    with writing():
        tally = _undo(batch_id, undo, row[2], ctx)
        database.connection().execute("DELETE FROM import_item WHERE batch_id = ?", (batch_id,))
        database.connection().execute(
            "UPDATE import_batch SET undone_at = ? WHERE id = ?", (utc_now(), batch_id)
        )
    return _result(batch_id, tally)


def _undo(batch_id: int, undo: dict[str, Any], started: str, ctx: WriteContext) -> _Tally:
    tally = _Tally(trashed=[])
    if legacy.is_legacy(undo):
        end = legacy.import_end(batch_id, started)
        _trash_created(batch_id, tally, end, legacy_batch=True)
        restored, tally.kept_changes = legacy.restore_merged(
            undo.get("merged", {}), started, end, ctx
        )
        tally.restored = tuple(restored)
        tally.companies_removed, tally.companies_kept = legacy.remove_companies(
            undo.get("companies", []), started, end
        )
        return tally
    _trash_created(batch_id, tally, None, legacy_batch=False)
    tally.restored = _take_out_merged(batch_id, tally, ctx)
    _remove_companies(batch_id, tally)
    return tally


def _result(batch_id: int, tally: _Tally) -> ImportUndone:
    ids = (*tally.trashed, *tally.restored)
    return ImportUndone(
        batch_id=batch_id,
        change=Change("contact", ids, "import-undone"),
        trashed=len(tally.trashed),
        kept_edited=tally.kept_edited,
        reverted=len(tally.restored),
        kept_changes=tally.kept_changes,
        companies_removed=tally.companies_removed,
        companies_kept=tally.companies_kept,
    )


def _trash_created(batch_id: int, tally: _Tally, end: str | None, *, legacy_batch: bool) -> None:
    """Trash the batch's untouched contacts; count the ones kept. A legacy batch's created
    contacts may have no ownership row (written by the first schema-4 build): revision 1;
    and they count as touched if edited after ``end``."""
    sql = _CREATED_SQL.format(
        legacy_revision=1 if legacy_batch else "NULL",
        join="LEFT JOIN" if legacy_batch else "JOIN",
    )
    untouched = []
    for contact_id, in_trash, quiet in database.connection().execute(sql, (end, end, batch_id)):
        if in_trash:
            continue  # already in the Trash (deleted, or merged into another contact)
        if quiet:
            untouched.append(int(contact_id))
        else:
            tally.kept_edited += 1
    was = revisions(untouched)
    ContactService().delete(untouched)  # the Trash, as any delete (a savepoint in ours)
    carry_revision(untouched, was, batch_id)
    tally.trashed = untouched


def _take_out_merged(batch_id: int, tally: _Tally, ctx: WriteContext) -> tuple[int, ...]:
    """Take each merge's additions out of the contact; return the ids changed back."""
    rows = database.connection().execute(
        "SELECT entity_id, added FROM import_item WHERE batch_id = ? AND entity = 'contact'"
        " AND action = 'merged' ORDER BY entity_id",
        (batch_id,),
    )
    added = {int(cid): json.loads(text or "{}") for cid, text in rows}
    was = revisions(list(added))
    companies = CompanyCache()
    changed = []
    for contact in load_contacts(list(added)):
        assert contact.id is not None
        removed, kept = take_out(contact, added[contact.id])
        if removed:
            update_contact(contact, ctx, companies)
            changed.append(contact.id)
        tally.kept_changes += kept
    carry_revision(changed, was, batch_id)
    return tuple(changed)


def _remove_companies(batch_id: int, tally: _Tally) -> None:
    """Companies the batch created, unchanged since and used by nobody, go to the Trash."""
    owned = (
        "FROM company WHERE deleted_at IS NULL AND import_batch_id = ? AND id IN"
        " (SELECT entity_id FROM import_item WHERE batch_id = ? AND entity = 'company')"
    )
    unchanged = (
        "revision = (SELECT revision FROM import_item WHERE batch_id = ? AND entity = 'company'"
        " AND entity_id = company.id)"
    )
    conn = database.connection()
    total = conn.execute(f"SELECT COUNT(*) {owned}", (batch_id, batch_id)).fetchone()[0]
    cur = conn.execute(
        f"UPDATE company SET deleted_at = ?, revision = revision + 1 WHERE id IN"
        f" (SELECT id {owned} AND {unchanged} AND {legacy.UNUSED})",
        (utc_now(), batch_id, batch_id, batch_id),
    )
    tally.companies_removed = cur.rowcount
    tally.companies_kept = int(total) - cur.rowcount
