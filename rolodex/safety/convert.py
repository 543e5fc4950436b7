"""Rewriting a book and its copies under another key, all or nothing.

:func:`prepare` writes a file's converted copy ``.<name>.converting`` beside it with
SQLCipher's export (:mod:`rolodex.store.sqlite.rekey`), checks it (integrity check, same contact count) and
syncs it; nothing is replaced yet. :func:`commit` then writes a marker beside the book
(``.<book name>.conversion``: the pairs of copy and original, file names only), renames every
copy over its original, the book first, and removes the marker. A process killed before the
marker exists leaves only copies, which the next open removes; killed after, the next open
finishes the renames (:func:`finish`). So the book and all its copies end under one key.

The caller holds the book lock exclusively (``rolodex.safety.lock``). On top of that the
connection a file is converted from takes SQLite's own exclusive lock (``locking_mode =
EXCLUSIVE``), which SQLite refuses while any other connection has the book open, and reads the
book with its WAL; the old file's ``-wal`` and ``-shm`` are deleted just before the rename (the
copy holds everything they held), so SQLite can never replay old frames into the new file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from rolodex.db import StoreError, translate_error
from rolodex.safety import snapshot
from rolodex.safety.backups import list_backups
from rolodex.safety.permissions import create_private_file, sync_dir
from rolodex.store.sqlite import rekey
from rolodex.store.sqlite.files import connect, count_contacts, database_errors
from rolodex.store.sqlite.snapshot import fsync_file

Pair = tuple[Path, Path]  # (converted copy, original)
SIDE_FILES = ("-wal", "-shm")


def temp_of(path: Path) -> Path:
    """Where the converted copy of ``path`` is written."""
    return path.with_name(f".{path.name}.converting")


def marker_of(book: Path) -> Path:
    return book.with_name(f".{book.name}.conversion")


def pre_migration_copies(book: Path) -> list[Path]:
    """The copies ``open_store`` made beside the book before migrating it."""
    return sorted(book.parent.glob(f"{book.name}.v*.pre-migration"))


def companions(book: Path) -> list[Path]:
    """The files converted with the open book: its backups and pre-migration copies."""
    return [b.path for b in list_backups()] + pre_migration_copies(book)


def prepare(path: Path, old: str | None, new: str | None) -> Path:
    """Write and check the copy of ``path`` keyed with ``new`` (None: plain) from ``old``
    (None: plain); return the copy. StoreError (copy removed) if it cannot be made."""
    temp = temp_of(path)
    temp.unlink(missing_ok=True)
    conn = connect(path, old, cipher=True)
    try:
        version = _claim_sole_use(conn, path, old is not None)
        contacts = count_contacts(conn)
        create_private_file(temp)
        rekey.export(conn, temp, new, version)
    except database_errors() as exc:
        temp.unlink(missing_ok=True)
        raise StoreError(f"Cannot convert {path}: {exc}.") from exc
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise StoreError(f"Cannot write beside {path}: {exc.strerror or exc}.") from exc
    finally:
        conn.close()
    _check(temp, path, new, contacts)
    return temp


def _claim_sole_use(conn: Any, path: Path, encrypted: bool) -> int:
    """Take the file for sole use (:func:`rolodex.store.sqlite.rekey.claim_sole_use`);
    return the schema version. A book another program has open is refused in one line."""
    try:
        return rekey.claim_sole_use(conn)
    except database_errors() as exc:
        if "locked" not in str(exc).lower():
            raise translate_error(exc, path, encrypted=encrypted) from exc
        raise StoreError(
            f"{path} is in use by another program (Rolodex?); close it and try again. "
            "Nothing was changed."
        ) from exc


def _check(temp: Path, path: Path, new: str | None, contacts: int) -> None:
    try:
        facts = snapshot.inspect(temp, new)
        if facts.contacts != contacts:
            raise StoreError(f"Converting {path} lost contacts; it was left as it was.")
        fsync_file(temp)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def commit(book: Path, pairs: list[Pair]) -> None:
    """Replace every original by its checked copy (``pairs[0]`` is the book), resumably."""
    marker = marker_of(book)
    _write_marker(marker, pairs)
    _rename_all(pairs)
    marker.unlink()
    sync_dir(book.parent)


def replace_one(temp: Path, path: Path) -> None:
    """Replace a single file by its checked copy (one rename: needs no marker)."""
    _rename_all([(temp, path)])


def _write_marker(marker: Path, pairs: list[Pair]) -> None:
    from rolodex.fileio import atomic_write

    files = [[str(temp), str(path)] for temp, path in pairs]
    with atomic_write(marker, "w", encoding="utf-8") as fh:
        json.dump({"files": files}, fh)
    sync_dir(marker.parent)


def _rename_all(pairs: list[Pair]) -> None:
    for temp, path in pairs:
        if not temp.exists():
            continue  # renamed already (a finish after a crash)
        for side in SIDE_FILES:  # checkpointed into the old file: nothing in them is needed
            path.with_name(path.name + side).unlink(missing_ok=True)
        os.replace(temp, path)
    for folder in {path.parent for _, path in pairs}:
        sync_dir(folder)


def unconverted_of(book: Path) -> Path:
    return book.with_name(f".{book.name}.unconverted")


def remember_unconverted(book: Path, files: list[Path]) -> None:
    """Note the copies a conversion could not convert (still under the old key), so each open
    can report them until they open with the book's key or are gone."""
    from rolodex.fileio import atomic_write

    listing = unconverted_of(book)
    if not files:
        listing.unlink(missing_ok=True)
        return
    with atomic_write(listing, "w", encoding="utf-8") as fh:
        json.dump({"files": [str(p) for p in files]}, fh)


def unconverted(book: Path) -> list[Path]:
    """The copies :func:`remember_unconverted` noted."""
    try:
        return [Path(p) for p in json.loads(unconverted_of(book).read_text("utf-8"))["files"]]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError):
        return []


def finish(book: Path) -> int | None:
    """Finish the renames of a conversion of ``book`` killed midway (the caller is alone with
    the book); return how many files it covered, None if there was nothing to finish."""
    marker = marker_of(book)
    try:
        files = json.loads(marker.read_text(encoding="utf-8"))["files"]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return None  # written atomically, so never half a marker; an alien file is left alone
    _rename_all([(Path(temp), Path(path)) for temp, path in files])
    marker.unlink()
    sync_dir(book.parent)
    return len(files)
