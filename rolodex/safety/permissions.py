"""Private files and folders on POSIX systems: folders 0700, book and backups 0600.

On systems without POSIX permissions (Windows) the calls are harmless no-ops.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path, *, parents: bool = True) -> Path:
    """Create ``path`` (and, if ``parents``, its parents) and make it 0700."""
    path.mkdir(parents=parents, exist_ok=True)
    restrict(path, DIR_MODE)
    return path


def create_private_file(path: Path) -> Path:
    """Create ``path`` empty with mode 0600 (replacing nothing: fails if it exists)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    restrict(path, FILE_MODE)
    return path


def restrict(path: Path, mode: int = FILE_MODE) -> None:
    """Set ``mode`` on ``path`` if the file system allows it."""
    try:
        path.chmod(mode)
    except OSError:
        pass


def drop_others(path: Path) -> None:
    """Remove group and other permissions, keeping the owner's (a read-only book stays so)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            path.chmod(mode & 0o700)
    except OSError:
        pass


def sync_dir(path: Path) -> None:
    """Flush a folder's entry list so a rename survives a power loss (POSIX only)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_book_private(path: Path) -> bool:
    """Keep the book private to its owner on POSIX systems (new: 0600; existing: no group or
    other access), before SQLite opens it so the WAL and shared-memory files it creates
    inherit that. True if the file was created here."""
    from rolodex.db import StoreError

    if not path.exists():
        try:
            create_private_file(path)
            return True
        except FileExistsError:
            pass
        except OSError as exc:
            raise StoreError(f"Cannot create {path}: {exc.strerror or exc}.") from exc
    drop_others(path)
    match_side_files(path)
    return False


def match_side_files(path: Path) -> None:
    """Give the book's ``-wal`` and ``-shm`` the book's own mode. SQLite creates them with
    the mode the book had then: after a 0400 book is made 0600 again, 0400 side files would
    keep it read-only for ever."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode) & 0o700
    except OSError:
        return
    for side in (path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")):
        try:
            found = side.lstat().st_mode  # a symlink is left alone, never followed
            if stat.S_ISREG(found) and stat.S_IMODE(found) != mode:
                side.chmod(mode)
        except OSError:  # gone meanwhile, or not ours: SQLite reports what it cannot use
            pass
