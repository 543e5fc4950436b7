"""Import history and one-step undo of an import batch, from the rows the batch owns.

Undo works from ``import_item`` alone (see :mod:`rolodex.services.importing.items`), never from
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
are undone as :mod:`rolodex.services.importing.legacy` describes. :class:`ImportUndone` carries
the counts the CLI and the app report ("3 contacts you have edited since were kept").
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rolodex.services.changes import Change
from rolodex.services.contact_read import load_contacts
from rolodex.services.contact_write import CompanyCache, WriteContext, update_contact
from rolodex.services.contacts import ContactService
from rolodex.services.importing import legacy
from rolodex.services.importing.added import take_out
from rolodex.services.importing.items import carry_revision, revisions
from rolodex.services.importing.records import ImportUndone
from rolodex.store import import_items as items
from rolodex.store import import_undo as owned
from rolodex.store import imports as batches
from rolodex.store.transactions import writing


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
    by: str = ""  # the login that ran it

    @property
    def can_undo(self) -> bool:
        return self.undone_at is None


def import_history() -> list[ImportBatchInfo]:
    """Every import batch, newest first."""
    return [
        ImportBatchInfo(
            b.id, b.created_at, b.source, b.imported, b.merged, b.skipped, b.undone_at,
            b.created_by,
        )
        for b in batches.batches()
    ]


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
    row = batches.batch(batch_id)
    if row is None:
        raise UndoError(f"There is no import number {batch_id}.")
    if row.undone_at is not None:
        raise UndoError(f"Import {batch_id} was already undone on {row.undone_at}.")
    undo: dict[str, Any] = json.loads(row.undo_data or "{}")
    if before_write is not None:
        before_write()
    with writing():
        tally = _undo(batch_id, undo, row.created_at, ctx)
        batches.mark_undone(batch_id)
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
    untouched = []
    for contact in owned.created_contacts(batch_id, end, legacy_batch=legacy_batch):
        if contact.in_trash:
            continue  # already in the Trash (deleted, or merged into another contact)
        if contact.untouched:
            untouched.append(contact.id)
        else:
            tally.kept_edited += 1
    was = revisions(untouched)
    ContactService().delete(untouched)  # the Trash, as any delete (a savepoint in ours)
    carry_revision(untouched, was, batch_id)
    tally.trashed = untouched


def _take_out_merged(batch_id: int, tally: _Tally, ctx: WriteContext) -> tuple[int, ...]:
    """Take each merge's additions out of the contact; return the ids changed back."""
    added = {cid: json.loads(text or "{}") for cid, text in items.merged_additions(batch_id)}
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
    tally.companies_removed, tally.companies_kept = owned.remove_owned_companies(batch_id)
