"""What an interrupted conversion or backup left behind, finished or removed at the next open.

``open_store`` runs this only while the opener is alone with the book (it got the book lock
exclusively, see ``rolodex.safety.lock``), so nothing it finds is still being written:

* :func:`before_opening`: a conversion killed while renaming (its marker is there) is finished,
  so the book and its copies end under one key; ``.converting`` copies of a conversion killed
  before that are removed (the book was not touched).
* :func:`after_opening` (the book is bound): ``.converting`` copies among the backups and
  ``.partial`` backups are removed; an encrypted book's plaintext backups and pre-migration
  copies (left by an interrupted encrypt of an older Rolodex, or copied in by hand) are
  encrypted with the book's key, and one that cannot be read is kept and reported; import
  reports that still name its contacts are re-written redacted.

Each step that did something says so in one sentence (``StoreInfo.tidied``). Backups under a
key that is neither the old nor the new one cannot arise from an interrupted conversion any
more (it is all or nothing); finding them would cost a key derivation per backup per open.
"""

from __future__ import annotations

from pathlib import Path

from rolodex.db import StoreError, StoreInfo, bound_database, looks_encrypted, passphrase_of
from rolodex.safety import convert


def before_opening(book: Path) -> list[str]:
    """Finish or remove a conversion of ``book`` that was killed (the book is not open)."""
    notes = []
    finished = convert.finish(book)
    if finished is not None:
        notes.append(
            f"Finished the conversion of {book.name} that was interrupted "
            f"(the book and {finished - 1} backup copies now use the same passphrase)."
        )
    stale = _unlink([convert.temp_of(p) for p in [book, *convert.pre_migration_copies(book)]])
    if stale:
        notes.append(f"Removed {stale} unfinished copies of an interrupted conversion.")
    return notes


def after_opening(info: StoreInfo) -> list[str]:
    """Tidy the bound book's backups (and, if encrypted, its reports)."""
    try:
        copies = convert.companions(info.path)
        folders = {p.parent for p in copies} | {_backup_folder()}
    except (StoreError, OSError):
        return []  # the backup folder is unavailable: nothing there to tidy now
    notes = []
    stale = _unlink([convert.temp_of(p) for p in copies])
    stale += _unlink(_partials(folders, info.path.stem))
    if stale:
        notes.append(f"Removed {stale} unfinished copies of an interrupted backup or conversion.")
    if info.encrypted:
        notes += _encrypt_plain_copies(copies)
        notes += _redact_reports(info.path)
    return notes


def _backup_folder() -> Path:
    from rolodex.safety.backups import backup_dir

    return backup_dir()


def _partials(folders: set[Path], stem: str) -> list[Path]:
    return [p for folder in folders for p in folder.glob(f".{stem}-*.partial")]


def _unlink(paths: list[Path]) -> int:
    removed = 0
    for path in paths:
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            pass
        except OSError:
            pass  # a read-only folder: left for an open that can remove it
    return removed


def _encrypt_plain_copies(copies: list[Path]) -> list[str]:
    key = passphrase_of(bound_database())
    plain = [p for p in copies if p.is_file() and not looks_encrypted(p)]
    done, kept = 0, []
    for path in plain:
        try:
            convert.replace_one(convert.prepare(path, None, key), path)
            done += 1
        except StoreError as exc:
            kept.append(f"{path.name} ({exc})")
    notes = []
    if done:
        notes.append(f"Encrypted {done} plaintext backup copies left by an interrupted operation.")
    if kept:
        notes.append(
            f"Kept {len(kept)} plaintext backup copies that could not be encrypted: "
            + "; ".join(kept)
        )
    return notes


def _redact_reports(book: Path) -> list[str]:
    from rolodex.services.importing_report import redact_saved_reports

    try:
        done = redact_saved_reports(book)
    except OSError:
        return []
    if not done:
        return []
    return [f"Re-wrote {len(done)} import reports without the contacts' names and values."]
