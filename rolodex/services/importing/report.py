"""The saved import report: a plain-text file saying what was imported, merged and skipped,
which cards could not be read and why, and which merged values differed from the book.

Written (atomically) to the path the caller gives, else to ``reports/`` in the data folder as
``import-<batch>-<timestamp>.txt``. For an encrypted book the report is *redacted*: it names
contacts by number only and leaves out names and field values, so nothing from the book is
written to disk in plain text (the unreadable-card reasons, which describe the user's own
import file, are kept). Each report names its book, so encrypting a book can re-write the
reports written before, redacted (:func:`redact_saved_reports`).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from rolodex import paths
from rolodex.db import database
from rolodex.fileio import atomic_write
from rolodex.services.importing.merge import SCALAR_FIELDS, FieldConflict
from rolodex.services.importing.records import MAX_DETAILS, CardMatch, ImportResult
from rolodex.store.imports import book_name

BOOK_LINE = "Book: "
REDACTED_NOTE = "The book is encrypted: contacts are named by number only."
LAST_SUMMARY_LINE = "Unreadable cards or files: "
POLICY_WORDS = {
    "auto": "merge cards with the same UID, email or phone; add cards matching only on name and"
    " company as new contacts (flagged as possible duplicates); skip cards already in the book",
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
        fh.write(render_report(result, redact=book_is_encrypted(), book=_bound_book()))
    return target


def _bound_book() -> str | None:
    """The book the report names: its file, or its server URL (no password)."""
    return None if database.obj is None else book_name()


def book_is_encrypted() -> bool:
    """True when the bound book is an SQLCipher (encrypted) database."""
    db = database.obj
    if db is None or type(db).__name__ == "SqliteDatabase":
        return False
    from playhouse.sqlcipher_ext import SqlCipherDatabase

    return isinstance(db, SqlCipherDatabase)


def render_report(
    result: ImportResult, redact: bool = False, book: Path | str | None = None
) -> str:
    """The report text; ``redact`` leaves out names and values (for an encrypted book)."""
    lines = [
        f"Rolodex import report — {datetime.now().isoformat(timespec='seconds')}",
        *([f"{BOOK_LINE}{book}"] if book is not None else []),
        _header(result),
        "Files:",
        *(f"  {f}" for f in result.files),
        f"Duplicates: {POLICY_WORDS.get(result.policy, result.policy)}",
        "",
        f"Imported: {result.imported}",
        f"Merged: {result.merged}",
        f"Skipped: {result.skipped}",
        *([f"Possible duplicates (added as new): {result.flagged}"] if result.flagged else []),
        f"Unreadable cards or files: {len(result.errors)}",
    ]
    if redact:
        lines += ["", REDACTED_NOTE]
    issues = [_issue(e.file, e.card, e.line, e.message) for e in result.errors]
    lines += _section("Could not be read", issues)
    warned = [_issue(w.file, w.card, w.line, w.message) for w in result.warnings]
    lines += _section("Imported, with a problem", warned)
    skipped = _matches(result.skipped_cards, result.skipped, redact)
    lines += _section("Skipped (already in the book)", skipped)
    lines += _section("Merged", _matches(result.merged_cards, result.merged, redact))
    title = "Added as new, possible duplicates to review in Find duplicates"
    lines += _section(title, _matches(result.flagged_cards, result.flagged, redact))
    title = "Kept the book's value (the card's value was added to the contact's notes)"
    lines += _section(title, [_conflict(c, redact) for c in result.conflicts])
    return "\n".join(lines) + "\n"


def _header(result: ImportResult) -> str:
    if result.dry_run:
        return "Dry run: nothing was saved"
    if result.batch_id is None:
        return "Nothing was imported or merged (every card was already in the book or unreadable)"
    return f"Import number: {result.batch_id}"


def _conflict(c: FieldConflict, redact: bool) -> str:
    label = dict(SCALAR_FIELDS).get(c.field, c.field)
    if redact:
        return f"#{c.contact_id} {label}: the card had a different value"
    return f"#{c.contact_id} {label}: kept {c.kept!r}, card had {c.incoming!r}"


def _issue(file: str, card: int, line: int, message: str) -> str:
    where = [file]
    if card:
        where.append(f"card {card}")
    if line:
        where.append(f"line {line}")
    return f"{', '.join(where)}: {message}"


def _matches(matches: list[CardMatch], total: int, redact: bool) -> list[str]:
    out = [f"{m.file}, card {m.card}: {_describe(m, redact)}" for m in matches]
    if total > len(matches) and len(matches) >= MAX_DETAILS:
        out.append(f"... and {total - len(matches)} more")
    return out


def _describe(m: CardMatch, redact: bool) -> str:
    if not redact:
        return m.describe()
    target = f"contact #{m.contact_id}" if m.contact_id is not None else "an earlier card"
    return f"{m.reason} as {target}"


def _section(title: str, items: list[str]) -> list[str]:
    if not items:
        return []
    return ["", f"{title}:", *(f"  {item}" for item in items)]


def redact_saved_reports(book: Path) -> list[Path]:
    """Re-write, redacted, the reports in the data folder that may name contacts of ``book``
    (now encrypted): those naming it, and older ones naming no book. They keep their summary
    (files, counts) and lose every detail. Returns the reports re-written."""
    folder = paths.get().data_dir / "reports"
    done = []
    for report in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        try:
            text = report.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if REDACTED_NOTE in text or _book_of(text) not in (None, str(book)):
            continue
        with atomic_write(report, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(_redacted(text))
        done.append(report)
    return done


def _book_of(text: str) -> str | None:
    for line in text.splitlines()[:3]:
        if line.startswith(BOOK_LINE):
            return line[len(BOOK_LINE) :]
    return None


def _redacted(text: str) -> str:
    kept = []
    for line in text.splitlines():
        kept.append(line)
        if line.startswith(LAST_SUMMARY_LINE):
            break
    note = "Details naming contacts were removed when the book was encrypted."
    return "\n".join([*kept, "", REDACTED_NOTE, note]) + "\n"
