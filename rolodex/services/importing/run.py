"""The import engine: streams cards, matches them, and writes new ones in chunks.

Runs inside the caller's one transaction. New contacts are buffered and written
:data:`CHUNK_SIZE` at a time through the store's bulk insert, so memory holds at most one chunk
of cards whatever the file size. Ids are never predicted: a buffered card is known to the match
index by a stand-in (its negative ordinal) until the insert returns the id the database gave
it, so a card that matches a still-buffered one is resolved by flushing the buffer first.
Every contact and company the batch creates, and every contact it merges into (with what the
merge added), is recorded in ``import_item`` (:mod:`rolodex.services.importing.items`).

The default policy ``auto`` decides per card (:meth:`Importer.add`): a card matched on a strong
key (UID, email, phone) is merged, and counted as skipped when the merge would add nothing (it
is already in the book); a card matched on name and company only is skipped when it is
identical to one of the contacts of that name, and otherwise added as a new contact flagged as
a possible duplicate (:mod:`rolodex.services.importing.flags`). ``skip``, ``merge`` and ``new``
treat every match alike, as they always did.
"""

from __future__ import annotations

import copy
from array import array
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from rolodex.identity import new_uid
from rolodex.records import ContactData, ImportIssue, ReadContact
from rolodex.services.contact_read import load_contacts
from rolodex.services.contact_write import (
    CompanyCache,
    WriteContext,
    insert_contacts,
    update_contact,
)
from rolodex.services.importing.added import added_by_merge, before_merge, would_change
from rolodex.services.importing.flags import flag_created
from rolodex.services.importing.items import (
    carry_revision,
    record_created,
    record_merge,
    revisions,
)
from rolodex.services.importing.matching import Match, MatchIndex, MatchKeys, fill_e164, keys_of
from rolodex.services.importing.merge import merge_into
from rolodex.services.importing.records import MAX_DETAILS, CardMatch, ImportResult
from rolodex.services.importing.sources import Item, read_items
from rolodex.store import imports as batches

if TYPE_CHECKING:
    from rolodex.importers.csv_mapping import ColumnMapping

CHUNK_SIZE = 1000
UNDO_DATA = '{"format": 2}'
"""A batch's ``undo_data`` since schema 4: everything undo needs is in ``import_item``."""
PROGRESS_EVERY = 100


class Cancelled(Exception):
    """Raised inside the import transaction when the user cancels, so it rolls back."""


class Tracker:
    """Counts items for the progress callback and checks the cancel flag."""

    def __init__(
        self,
        total: int,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.done = 0
        self.total = total
        self._progress = progress
        self._cancelled = cancelled

    def step(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled
        self.done += 1
        if self._progress is not None and self.done % PROGRESS_EVERY == 0:
            self.total = max(self.total, self.done)
            self._progress(self.done, self.total)

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self.done, self.done)


def iter_cards(
    paths: Iterable[Path], mapping: ColumnMapping | None, tracker: Tracker
) -> Iterator[tuple[str, int, Item]]:
    """(file, card number, card or issue) for every item of every file."""
    for path in paths:
        for number, item in enumerate(read_items(path, mapping), 1):
            tracker.step()
            yield str(path), number, item


class Importer:
    """One import's state: the match index, the write buffer and what to report."""

    def __init__(self, result: ImportResult, ctx: WriteContext, batch_id: int, note: str) -> None:
        self.result = result
        self.ctx = ctx
        self.batch_id = batch_id
        self.note = note
        self.index = MatchIndex.load(ctx.region) if result.policy != "new" else None
        self.buffer: list[ContactData] = []
        self.written = array("q")  # the database id of each new card, by ordinal
        self.companies = CompanyCache(batch_id)
        self.flags: list[tuple[int, int, str]] = []  # (ordinal or id, look-alike, reason)

    def add(self, file: str, number: int, item: Item) -> None:
        if isinstance(item, ImportIssue):
            self.result.errors.append(item)
            return
        if isinstance(item, ReadContact):
            for message in item.warnings:
                self.result.warnings.append(ImportIssue(file, number, 0, message))
        if any(extra.name == "PHOTO" for extra in item.extras):
            message = "the photo could not be decoded; it is kept as it was and exported unchanged"
            self.result.warnings.append(ImportIssue(file, number, 0, message))
        keys = keys_of(item)
        match = self.index.find(keys) if self.index is not None else None
        if self.result.policy == "auto":
            self._auto(file, number, item, keys, match)
            return
        if match is None:
            self._new(item, keys)
            return
        match = Match(self._real_id(match.contact_id), match.rule)
        if self.result.policy == "skip":
            self._skip(file, number, item, match)
        else:
            self._merge(match, item, keys)
            _note_match(self.result.merged_cards, file, number, item, match)

    def _auto(
        self, file: str, number: int, card: ContactData, keys: MatchKeys, match: Match | None
    ) -> None:
        """The default rule: merge on a strong key; else skip a card identical to a contact
        of its name, and add the rest as new (flagged when its name and company match)."""
        if match is not None and match.strong:
            match = Match(self._real_id(match.contact_id), match.rule)
            if self._merge(match, card, keys):
                _note_match(self.result.merged_cards, file, number, card, match)
            else:
                self._skip(file, number, card, Match(match.contact_id, "same"))
            return
        assert self.index is not None
        fill_e164(card, self.ctx.region)
        # an email no contact has (else it had matched) means the card is nobody's copy
        for other in [] if keys.emails else self.index.same_name(keys):
            if not would_change(self._contact(other), card):
                self._skip(file, number, card, Match(self._real_id(other), "same"))
                return
        if match is not None:
            ordinal = -(len(self.written) + len(self.buffer) + 1)
            self.flags.append((ordinal, match.contact_id, match.rule))
            self.result.flagged += 1
            _note_match(self.result.flagged_cards, file, number, card, match)
        self._new(card, keys)

    def _skip(self, file: str, number: int, card: ContactData, match: Match) -> None:
        self.result.skipped += 1
        _note_match(self.result.skipped_cards, file, number, card, match)

    def _contact(self, contact_id: int) -> ContactData:
        """A contact as it stands, for comparing (a buffered new card, or one in the book)."""
        if contact_id < 0 and -contact_id > len(self.written):
            card = copy.deepcopy(self.buffer[-contact_id - 1 - len(self.written)])
            fill_e164(card, self.ctx.region)
            return card
        return next(load_contacts([self._real_id(contact_id)]))

    def _new(self, card: ContactData, keys: MatchKeys) -> None:
        if not card.uid.strip():
            card.uid = new_uid()  # not registered: no later card can carry a UID just made up
        if self.index is not None:
            self.index.add(keys, -(len(self.written) + len(self.buffer) + 1))
        self.buffer.append(card)
        self.result.imported += 1
        if len(self.buffer) >= CHUNK_SIZE:
            self.flush()

    def _real_id(self, contact_id: int) -> int:
        """The database id for a match (a stand-in for a new card is negative)."""
        if contact_id > 0:
            return contact_id
        if -contact_id > len(self.written):
            self.flush()
        return self.written[-contact_id - 1]

    def flush(self) -> None:
        if not self.buffer:
            return
        ids = insert_contacts(
            self.buffer, self.ctx, batch_id=self.batch_id, companies=self.companies
        )
        record_created(self.batch_id, "contact", ids)
        self.written.extend(ids)
        self.buffer = []
        self._write_flags()

    def _write_flags(self) -> None:
        """Flag the written possible duplicates (their look-alikes are written by now too)."""
        ready = [f for f in self.flags if -f[0] <= len(self.written)]
        if not ready:
            return
        self.flags = [f for f in self.flags if -f[0] > len(self.written)]
        flag_created(
            self.batch_id,
            [(self._real_id(new), self._real_id(other), rule) for new, other, rule in ready],
        )

    def _merge(self, match: Match, card: ContactData, keys: MatchKeys) -> bool:
        """Merge the card into the contact it matched; return whether that changed it."""
        cid = match.contact_id
        existing = next(load_contacts([cid]))
        fill_e164(card, self.ctx.region)
        before = before_merge(existing)
        conflicts = merge_into(existing, card, self.note)
        added = added_by_merge(before, existing)
        if added:
            was = revisions([cid])
            update_contact(existing, self.ctx, self.companies)
            carry_revision([cid], was, self.batch_id)
            record_merge(self.batch_id, cid, was[cid] + 1, added)
        self.result.conflicts.extend(conflicts)
        if self.index is not None:
            self.index.add(keys, cid)
        if added or self.result.policy != "auto":
            self.result.merged += 1
        return bool(added)

    def finish(self) -> None:
        """Write the last chunk, own the companies created, and store the batch's counts."""
        self.flush()
        record_created(self.batch_id, "company", self.companies.created)
        r = self.result
        batches.store_counts(self.batch_id, r.imported, r.merged, r.skipped, UNDO_DATA)


def _note_match(
    into: list[CardMatch], file: str, number: int, card: ContactData, match: Match
) -> None:
    if len(into) < MAX_DETAILS:
        into.append(CardMatch(file, number, card.full_name(), match.contact_id, "", match.reason))


def fill_contact_names(matches: list[CardMatch]) -> None:
    """Look up the names of matched book contacts in one query per 500."""
    names = batches.display_names(
        [m.contact_id for m in matches if m.contact_id is not None and m.contact_id > 0]
    )
    for m in matches:
        if m.contact_id is not None:
            m.contact_name = names.get(m.contact_id, "")
