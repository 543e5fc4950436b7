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
