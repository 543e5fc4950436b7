"""What an import preview and an import run hand back: plain records, no database objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rolodex.records import ImportIssue
from rolodex.services.changes import Change
from rolodex.services.importing.merge import FieldConflict

MAX_DETAILS = 1000
"""At most this many matched or skipped cards are listed one by one (counts stay exact)."""


@dataclass
class CardMatch:
    """A card that matched a contact: in the book (``contact_id``) or earlier in the import."""

    file: str
    card: int
    name: str
    contact_id: int | None
    contact_name: str
    reason: str

    def describe(self) -> str:
        target = (
            f"{self.contact_name or 'contact'} (#{self.contact_id})"
            if self.contact_id is not None
            else "a card earlier in this import"
        )
        return f"{self.name or 'card'}: {self.reason} as {target}"


@dataclass
class ImportPreview:
    """What an import would do, before anything is written."""

    files: list[str]
    new: int = 0
    matching: int = 0
    name_only: int = 0  # of the matching: on name and company alone (added as new by default)
    matches: list[CardMatch] = field(default_factory=list)
    issues: list[ImportIssue] = field(default_factory=list)
    cancelled: bool = False

    @property
    def unreadable(self) -> int:
        return len(self.issues)


@dataclass
class ImportResult:
    """What an import did. ``batch_id`` is None for a dry run or a cancelled import."""

    files: list[str]
    policy: str
    imported: int = 0
    merged: int = 0
    skipped: int = 0
    flagged: int = 0  # added as new, but looking like a contact in the book (name + company)
    errors: list[ImportIssue] = field(default_factory=list)
    warnings: list[ImportIssue] = field(default_factory=list)  # imported, but not wholly
    batch_id: int | None = None
    report_path: Path | None = None
    before_write: list[Any] = field(default_factory=list)  # what the hooks returned (backup)
    dry_run: bool = False
    cancelled: bool = False
    skipped_cards: list[CardMatch] = field(default_factory=list)
    merged_cards: list[CardMatch] = field(default_factory=list)
    flagged_cards: list[CardMatch] = field(default_factory=list)
    conflicts: list[FieldConflict] = field(default_factory=list)

    @property
    def all_failed(self) -> bool:
        """True when nothing at all could be read (every input failed)."""
        return bool(self.errors) and not (self.imported or self.merged or self.skipped)

    def summary(self) -> dict[str, Any]:
        """The command line's JSON: counts, errors, and where the report is."""
        return {
            "imported": self.imported,
            "merged": self.merged,
            "skipped": self.skipped,
            "possible_duplicates": self.flagged,
            "errors": [
                {"file": e.file, "card": e.card, "line": e.line, "message": e.message}
                for e in self.errors
            ],
            "warnings": [
                {"file": w.file, "card": w.card, "message": w.message} for w in self.warnings
            ],
            "batch_id": self.batch_id,
            "dry_run": self.dry_run,
            "cancelled": self.cancelled,
            "report": str(self.report_path) if self.report_path else None,
        }


@dataclass(frozen=True)
class ImportUndone:
    """What undoing an import did, for the CLI and the app to report."""

    batch_id: int
    change: Change
    trashed: int  # contacts the import created, now in the Trash
    kept_edited: int  # contacts it created that were changed since (edited, logged...): kept
    reverted: int  # contacts it merged into, with its additions taken out
    kept_changes: int  # merged contacts keeping additions changed since
    companies_removed: int
    companies_kept: int  # companies it created that are in use or changed: kept

    def summary(self) -> dict[str, Any]:
        """The command line's JSON."""
        return {
            "batch_id": self.batch_id,
            "trashed": self.trashed,
            "kept_edited": self.kept_edited,
            "reverted": self.reverted,
            "kept_changes": self.kept_changes,
            "companies_removed": self.companies_removed,
            "companies_kept": self.companies_kept,
        }
