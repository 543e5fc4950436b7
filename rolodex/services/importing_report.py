"""The saved import report: a plain-text file saying what was imported, merged and skipped,
which cards could not be read and why, and which merged values differed from the book.

Written (atomically) to the path the caller gives, else to ``reports/`` in the data folder as
``import-<batch>-<timestamp>.txt``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from rolodex import paths
from rolodex.fileio import atomic_write
from rolodex.services.importing_merge import SCALAR_FIELDS
from rolodex.services.importing_records import MAX_DETAILS, CardMatch, ImportResult

POLICY_WORDS = {
    "skip": "skip cards that match a contact in the book",
    "merge": "merge matching cards into the contact (empty fields filled, nothing overwritten)",
    "new": "add every card as a new contact",
}


def default_report_path(batch_id: int | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return paths.get().data_dir / "reports" / f"import-{batch_id or 0}-{stamp}.txt"


def write_report(result: ImportResult, path: Path | None = None) -> Path:
    """Write the report and return where it went (OSError if it cannot be written)."""
    target = path or default_report_path(result.batch_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(target, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(render_report(result))
    return target


def render_report(result: ImportResult) -> str:
    lines = [
        f"Rolodex import report — {datetime.now().isoformat(timespec='seconds')}",
        f"Import number: {result.batch_id}" if result.batch_id else "Dry run: nothing was saved",
        "Files:",
        *(f"  {f}" for f in result.files),
        f"Duplicates: {POLICY_WORDS.get(result.policy, result.policy)}",
        "",
        f"Imported: {result.imported}",
        f"Merged: {result.merged}",
        f"Skipped: {result.skipped}",
        f"Unreadable cards or files: {len(result.errors)}",
    ]
    lines += _section(
        "Could not be read", [_issue(e.file, e.card, e.line, e.message) for e in result.errors]
    )
    lines += _section(
        "Skipped (already in the book)", _matches(result.skipped_cards, result.skipped)
    )
    lines += _section("Merged", _matches(result.merged_cards, result.merged))
    labels = dict(SCALAR_FIELDS)
    lines += _section(
        "Kept the book's value (the card's value was added to the contact's notes)",
        [
            f"#{c.contact_id} {labels.get(c.field, c.field)}: kept {c.kept!r},"
            f" card had {c.incoming!r}"
            for c in result.conflicts
        ],
    )
    return "\n".join(lines) + "\n"


def _issue(file: str, card: int, line: int, message: str) -> str:
    where = [file]
    if card:
        where.append(f"card {card}")
    if line:
        where.append(f"line {line}")
    return f"{', '.join(where)}: {message}"


def _matches(matches: list[CardMatch], total: int) -> list[str]:
    out = [f"{m.file}, card {m.card}: {m.describe()}" for m in matches]
    if total > len(matches) and len(matches) >= MAX_DETAILS:
        out.append(f"... and {total - len(matches)} more")
    return out


def _section(title: str, items: list[str]) -> list[str]:
    if not items:
        return []
    return ["", f"{title}:", *(f"  {item}" for item in items)]
