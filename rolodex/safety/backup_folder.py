"""Where a book's backups live: one folder per book, named by the book's permanent identity.

A book's folder is ``<base>/<book id>/``, where ``<base>`` is the folder the book's
``backup_dir`` setting names (a USB stick, a synced folder) or else
``rolodex.paths.get().backups_dir``. Copies made before a migration always go under the default
base (opening a book must never depend on a drive being plugged in), so a book's backups are
read from its chosen folder and from the default one. Two books never share a folder, whatever
their file names: ``/a/book.db`` and ``/b/book.db`` never see, rotate or convert each other's
backups. Each folder holds a ``BOOK`` file with the book's last known path, so a message about
"another book" can name it.

Unfinished copies are dot-files ending ``.partial`` in the folder they are written to. A writer
holds a shared lock on the folder's ``.lock`` file while its partial exists; :func:`clean_partials`
removes partials only while it holds that lock exclusively (no writer in flight anywhere), so
the litter of a killed backup goes at the next listing and a backup running in another program
is never touched. Without POSIX locks (Windows) only partials older than an hour are removed.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from rolodex import paths
from rolodex.db import StoreError
from rolodex.safety.permissions import private_dir

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

DIR_KEY = "backup_dir"
BOOK_FILE = "BOOK"
LOCK_FILE = ".lock"
PARTIAL_GLOB = ".*.partial"
STALE_SECONDS = 3600
NAME_RE = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{9}Z)-(?P<reason>[a-z]+(?:-[a-z]+)*)-(?P<contacts>\d+)\.db$"
)


def stamp(when: datetime) -> str:
    """A backup's UTC time as its name spells it (milliseconds)."""
    when = when.astimezone(UTC)
    return when.strftime("%Y%m%dT%H%M%S") + f"{when.microsecond // 1000:03d}Z"


def backup_name(stem: str, when: datetime, reason: str, contacts: int) -> str:
    """The file name of a backup of the book ``<stem>.db``."""
    return f"{stem}-{stamp(when)}-{reason}-{contacts}.db"


def book_setting(key: str) -> str | None:
    from rolodex.models import Setting

    row = Setting.get_or_none(Setting.key == key)
    return None if row is None else str(row.value)


def default_base() -> Path:
    """The default backups folder (created 0700)."""
    return private_dir(paths.get().backups_dir)


def chosen_base() -> Path | None:
    """The folder the open book's ``backup_dir`` setting names (None: the default one);
    StoreError if it is not there (an unplugged drive)."""
    chosen = book_setting(DIR_KEY)
    if not chosen:
        return None
    folder = Path(chosen).expanduser()
    if not folder.is_dir():
        raise StoreError(
            f"The backup folder {folder} is not available (is the drive connected?). "
            "Choose another folder or connect it."
        )
    return folder


def bases() -> list[Path]:
    """The bases the open book's backups are under: the one new backups go to first."""
    chosen = chosen_base()
    default = default_base()
    if chosen is None or chosen.resolve() == default.resolve():
        return [default]
    return [chosen, default]


def folder_of(book: str, base: Path, book_path: Path | None = None) -> Path:
    """The folder of the book ``book`` under ``base`` (created 0700, its ``BOOK`` file noting
    ``book_path``)."""
    try:
        folder = private_dir(base / book, parents=False)
    except OSError as exc:
        raise StoreError(
            f"Cannot write a backup in {base}: {exc.strerror or exc}. Choose another backup "
            "folder in Preferences, or make this one writable."
        ) from exc
    if book_path is not None:
        _note_path(folder, book_path)
    return folder


def _note_path(folder: Path, book_path: Path) -> None:
    note = folder / BOOK_FILE
    text = f"{book_path}\n"
    try:
        if note.is_file() and note.read_text(encoding="utf-8") == text:
            return
        temp = folder / f".{BOOK_FILE}.{os.getpid()}.tmp"
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, note)
    except OSError:  # a read-only folder still lists; the note is only for messages
        pass


def known_path(book: str) -> str | None:
    """The last known path of the book ``book`` (from its folder's ``BOOK`` file), if any."""
    try:
        searched = bases()
    except StoreError:
        searched = [default_base()]
    for base in searched:
        try:
            return (base / book / BOOK_FILE).read_text(encoding="utf-8").strip() or None
        except (OSError, UnicodeDecodeError):
            continue
    return None


@contextmanager
def writing_in(folder: Path) -> Iterator[None]:
    """Hold the folder's shared lock while writing a ``.partial`` file in it."""
    if fcntl is None:  # pragma: no cover - Windows
        yield
        return
    try:
        fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise StoreError(f"Cannot write a backup in {folder}: {exc.strerror or exc}.") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
        yield
    finally:
        os.close(fd)


def clean_partials(folder: Path) -> list[Path]:
    """Remove the ``.partial`` litter of interrupted copies in ``folder``; return it."""
    if not any(folder.glob(PARTIAL_GLOB)):
        return []
    if fcntl is None:  # pragma: no cover - Windows
        return _remove([p for p in folder.glob(PARTIAL_GLOB) if _age(p) > STALE_SECONDS])
    try:
        fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return []
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return []  # a copy is being written right now: its partial is not litter
        return _remove(list(folder.glob(PARTIAL_GLOB)))
    finally:
        os.close(fd)


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def _remove(litter: list[Path]) -> list[Path]:
    removed = []
    for path in litter:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed
