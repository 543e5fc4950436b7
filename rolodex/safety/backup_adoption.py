"""Adopting the backups made before each book had its own backup folder.

Earlier versions kept every book's backups flat in one folder, named
``<book stem>-<stamp>-<reason>-<contacts>.db``, and wrote pre-migration copies beside the book
as ``<book file>.v<N>-<stamp>.pre-migration``. On the first listing in a process, each such file
named for the open book's file is examined and moved into the book's folder only if it is this
book's:

- A file with a ``book`` table (schema 4 and later) is this book's exactly when it carries this
  book's id.
- A file from before identities is judged by its content: contacts keep their id and creation
  time for life, and two books practically never have a contact with the same id created at the
  same moment. It is this book's when **more than half** of its contacts (trashed ones
  included) have an ``(id, created_at)`` pair found in the book. Contacts deleted for good since
  lower the share, so a very old backup may stay unadopted; a backup of another book would need
  most of its contacts to coincide in id and creation time with this book's, so it is never
  adopted by mistake. A file without contacts says nothing about its book and is left alone,
  except an empty pre-migration copy, which is named for this very file and has nothing to mix up.
- A file that does not open with the book's passphrase (or without one, for a plain book), or
  is damaged, is left where it is, untouched.

Adopted pre-migration copies become ``before-migration`` backups of the book (rotation keeps the
newest one), so nothing is left beside the book.
"""

from __future__ import annotations

import errno
import glob
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rolodex.db import StoreError
from rolodex.safety import backup_folder, snapshot
from rolodex.safety.permissions import create_private_file, sync_dir
from rolodex.store import book_facts
from rolodex.store.sqlite.files import contact_keys

MATCH_SHARE = 0.5
PRE_MIGRATION_STAMP = "%Y%m%dT%H%M%S%f"
_adopted: set[tuple[str, Path]] = set()

Rows = set[tuple[int, str]]


def adopt_once(book: str, book_path: Path, key: str | None, base: Path, folder: Path) -> None:
    """Adopt the old backups under ``base`` (and, for the default base, the pre-migration
    copies beside the book) into ``folder``, once per process and book."""
    if (book, base) in _adopted:
        return
    _adopted.add((book, base))
    own = OwnRows()
    for path in _flat_backups(base, book_path.stem):
        if belongs(path, key, book, own, empty_is_ours=False) is not None:
            _move(path, folder / path.name)
    if base.resolve() == backup_folder.default_base().resolve():
        for path in _pre_migration_copies(book_path):
            contacts = belongs(path, key, book, own, empty_is_ours=True)
            if contacts is not None:
                name = backup_folder.backup_name(
                    book_path.stem, _made_at(path), "before-migration", contacts
                )
                _move(path, folder / name)


class OwnRows:
    """The open book's own contact rows, read only if a file needs judging by content."""

    def __init__(self) -> None:
        self.rows: Rows | None = None

    def get(self) -> Rows:
        if self.rows is None:
            self.rows = book_rows()
        return self.rows


def book_rows() -> Rows:
    """Every contact's ``(id, created_at)`` in the open book, trashed ones included."""
    return book_facts.contact_keys()


def _flat_backups(base: Path, stem: str) -> list[Path]:
    found = []
    for path in base.glob(f"{glob.escape(stem)}-*.db"):
        match = backup_folder.NAME_RE.match(path.name)
        if match is not None and match["stem"] == stem and path.is_file():
            found.append(path)
    return sorted(found)


def _pre_migration_copies(book_path: Path) -> list[Path]:
    pattern = f"{glob.escape(book_path.name)}.v*-*.pre-migration"
    return sorted(p for p in book_path.parent.glob(pattern) if p.is_file())


def _made_at(path: Path) -> datetime:
    """When a pre-migration copy was made: from its name, else its modification time."""
    text = path.name.removesuffix(".pre-migration").rpartition("-")[2]
    try:
        return datetime.strptime(text, PRE_MIGRATION_STAMP).replace(tzinfo=UTC)
    except ValueError:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def belongs(
    path: Path, key: str | None, book: str, own: OwnRows, *, empty_is_ours: bool
) -> int | None:
    """The file's live contact count if it is a backup of the book ``book`` by the rules
    above, else None (also when it cannot be opened with ``key``)."""
    try:
        conn = snapshot.connect(path, key, readonly=True)
    except StoreError:
        return None
    try:
        snapshot.schema_version(conn, path, key is not None)  # a wrong key fails here
        identity = snapshot.read_identity(conn)
        contacts = snapshot.count_contacts(conn)
        if identity is not None:
            ours = identity == book
        else:
            ours = content_matches(backup_rows(conn), own.get(), empty_is_ours=empty_is_ours)
    except StoreError:
        return None
    except snapshot.database_errors():
        return None
    finally:
        conn.close()
    return contacts if ours else None


def backup_rows(conn: Any) -> Rows:
    """Every contact's ``(id, created_at)`` in a file (none if it has no contact table)."""
    return contact_keys(conn)


def content_matches(theirs: Rows, own: Rows, *, empty_is_ours: bool = False) -> bool:
    """The rule for files without an identity (see the module's docstring)."""
    if not theirs:
        return empty_is_ours
    return len(theirs & own) / len(theirs) > MATCH_SHARE


def _move(source: Path, target: Path) -> None:
    """Move a file into a book's folder without ever losing it (copy, sync, rename, then
    delete when the folder is on another file system); an existing target is never replaced."""
    if target.exists():
        return
    try:
        os.link(source, target)
    except OSError as exc:
        if exc.errno not in (errno.EXDEV, errno.EPERM, errno.ENOTSUP, errno.EMLINK):
            return
        if not _copy_across(source, target):
            return
    sync_dir(target.parent)
    source.unlink(missing_ok=True)
    sync_dir(source.parent)


def _copy_across(source: Path, target: Path) -> bool:
    partial = target.with_name(f".{target.stem}.partial")
    with backup_folder.writing_in(target.parent):
        try:
            create_private_file(partial)
            shutil.copyfile(source, partial)
            snapshot.fsync_file(partial)
            os.replace(partial, target)
        except OSError:
            partial.unlink(missing_ok=True)
            return False
    return True
