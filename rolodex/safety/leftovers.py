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
  reports that still name its contacts are re-written redacted. Copies a conversion could not
  convert (still under the old key: damaged, or under yet another key) are kept and reported
  at every open until they open with the book's key or are gone.

Each step that did something says so in one sentence (``StoreInfo.tidied``). An interrupted
conversion can no longer leave some backups under the old key (it is all or nothing); looking
for such backups among all of them would cost a key derivation per backup per open.
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
        stale = _clean_partials(info.path)  # before listing, which would remove them unsaid
        copies = convert.companions(info.path)
    except (StoreError, OSError):
        return []  # the backup folder is unavailable: nothing there to tidy now
    notes = []
    stale += _unlink([convert.temp_of(p) for p in copies])
    if stale:
        notes.append(f"Removed {stale} unfinished copies of an interrupted backup or conversion.")
    if info.encrypted:
        notes += _encrypt_plain_copies(copies)
        notes += _redact_reports(info.path)
    return notes + _still_unconverted(info.path)


def _still_unconverted(book: Path) -> list[str]:
    """The copies a conversion could not convert: still reported until they open with the
    book's key (someone converted or restored them) or are gone. They are never deleted."""
    noted = convert.unconverted(book)
    if not noted:
        return []
    key = passphrase_of(bound_database())
    left = []
    for path in noted:
        if path.is_file() and looks_encrypted(path) != (key is None) and _opens(path, key):
            continue
        if path.is_file():
            left.append(path)
    convert.remember_unconverted(book, left)
    if not left:
        return []
    names = ", ".join(p.name for p in left)
    return [
        f"{len(left)} backup copies do not open with this book's passphrase (their conversion "
        f"failed); they were kept: {names}."
    ]


def _opens(path: Path, key: str | None) -> bool:
    from rolodex.safety import snapshot

    try:
        snapshot.inspect(path, key)
    except StoreError:
        return False
    return True


def _clean_partials(book: Path) -> int:
    """Remove the ``.partial`` litter of interrupted backups in the book's backup folders (and
    in the flat folders older versions wrote to); return how many went."""
    from rolodex.identity import book_id
    from rolodex.safety import backup_folder

    removed = 0
    for base in backup_folder.bases():
        folder = backup_folder.folder_of(book_id(), base, book)
        removed += len(backup_folder.clean_partials(folder))
        removed += len(backup_folder.clean_partials(base))
    return removed


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
    from rolodex.services.importing.report import redact_saved_reports

    try:
        done = redact_saved_reports(book)
    except OSError:
        return []
    if not done:
        return []
    return [f"Re-wrote {len(done)} import reports without the contacts' names and values."]
