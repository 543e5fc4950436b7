"""The one door to the database.

``open_store`` checks the file, opens it (WAL, foreign keys, busy timeout), copies it aside
before migrating, runs the numbered migrations and binds the Peewee proxy that every model uses.
A database written by a newer Rolodex is refused untouched. Errors the user or the environment
causes (not a database, locked, read-only, disk full, wrong passphrase) are :class:`StoreError`;
anything else is a bug and propagates.

This module is the public facade for a book file (``open_store``, ``writing``, ``StoreError``...)
and holds no SQL: what speaks to the file is in :mod:`rolodex.store.sqlite` (``connection``:
schema version and migration steps; ``files``: reading files directly; ``snapshot``: copies).
A shared book on a server is bound to the same proxy by :func:`rolodex.store.open_book`.
"""

from __future__ import annotations

import stat
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rolodex.migrations import LATEST_VERSION

if TYPE_CHECKING:
    import peewee

    database: peewee.DatabaseProxy
    """The proxy every model is bound to (made on first use: see :func:`__getattr__`)."""

_making_proxy = threading.Lock()


def __getattr__(name: str) -> Any:
    """``database``, made on first use: importing this module (the CLI's error lines, the
    app's first window) does not load Peewee, which a book file's first window does without
    (:mod:`rolodex.store.sqlite.glance`)."""
    if name != "database":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    with _making_proxy:
        if "database" not in globals():
            globals()["database"] = _peewee().DatabaseProxy()
    return globals()["database"]


def _peewee() -> Any:
    """Peewee, imported without its PostgreSQL drivers (:mod:`rolodex.pg_driver`)."""
    from rolodex.pg_driver import import_peewee

    return import_peewee()

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
MAX_ID = 2**63 - 1
"""The largest id SQLite can store (and bind): a bigger number names no row."""


class StoreError(Exception):
    """A problem with the database file the user can act on (shown as-is, never a traceback)."""


class WrongPassphraseError(StoreError):
    """The passphrase does not open the book (or the file is not a book at all): ask again."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(f"Wrong passphrase, or {path} is not a Rolodex book.")
        self.path = Path(path)


@dataclass(frozen=True)
class StoreInfo:
    """What ``open_store`` opened: the file, its schema version and any pre-migration copy."""

    path: Path
    version: int
    backup: Path | None
    encrypted: bool
    tidied: tuple[str, ...] = ()  # leftovers of an interrupted operation, finished or removed


def looks_encrypted(path: Path | str) -> bool:
    """True if ``path`` is a non-empty file that is not a plain SQLite file (so it needs a
    passphrase, or is not a book at all). Lets the app decide whether to ask for one."""
    try:
        with Path(path).open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    return bool(head) and head != SQLITE_MAGIC


def check_book_file(path: Path) -> bool:
    """True if ``path`` is a regular file, False if nothing is there yet; StoreError for
    anything else (a folder, /dev/null, a named pipe, a socket). Uses ``stat`` only, so a
    named pipe is refused without being opened (opening one blocks for ever)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise StoreError(f"Cannot use {path}: {exc.strerror or exc}.") from exc
    if stat.S_ISREG(mode):
        return True
    if stat.S_ISDIR(mode):
        raise StoreError(f"{path} is a folder, not a Rolodex database file.")
    kinds = {stat.S_ISFIFO: "a named pipe", stat.S_ISSOCK: "a socket", stat.S_ISCHR: "a device"}
    kind = next((k for test, k in kinds.items() if test(mode)), "not a regular file")
    raise StoreError(f"{path} is {kind}, not a Rolodex database file. Nothing was changed.")


def _check_file(path: Path, encrypted: bool) -> bool:
    """Return True if the file exists with content; raise StoreError if it is unusable."""
    if not check_book_file(path):
        if not path.parent.exists():
            raise StoreError(f"The folder {path.parent} does not exist.")
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if not head:
        return False
    if head != SQLITE_MAGIC and not encrypted:
        raise StoreError(
            f"{path} is not a Rolodex database (not an SQLite file, or an encrypted book: "
            "give its passphrase with --passphrase-file). The file was left untouched."
        )
    return True


_SECONDARY = ("no transaction is active", "no such savepoint")
"""Errors of a ROLLBACK after SQLite had already rolled back (disk full, I/O error): the
first error is the one to report."""


def _message(exc: Exception, path: Path | str, encrypted: bool) -> StoreError | None:
    """The clear message for an error the environment caused, or None if it is not one."""
    text = str(exc).lower()
    if encrypted and "not a database" in text:
        return WrongPassphraseError(path)
    if "locked" in text or "busy" in text:
        return StoreError(f"The book {path} is locked by another program; try again shortly.")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"The book {path} is read-only; nothing was changed.")
    if "full" in text:
        return StoreError(f"The disk holding {path} is full; nothing was changed.")
    if "disk i/o error" in text:
        return StoreError(
            f"Cannot write {path} (disk I/O error: the disk may be full or failing);"
            " nothing was changed."
        )
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return StoreError(
            f"{path} is not a readable Rolodex database (or the passphrase is wrong)."
        )
    if "unable to open" in text:
        return StoreError(f"Cannot open {path}: check the folder exists and is writable.")
    return None


def translate_error(exc: Exception, path: Path | str, *, encrypted: bool = False) -> StoreError:
    """Turn an SQLite error the environment caused into a clear StoreError."""
    return _message(exc, path, encrypted) or StoreError(f"Database error on {path}: {exc}")


def first_error(exc: BaseException) -> BaseException:
    """The error that started it: past a failed ROLLBACK to the error SQLite rolled back for."""
    while any(s in str(exc).lower() for s in _SECONDARY) and exc.__context__ is not None:
        exc = exc.__context__
    return exc


def passphrase_of(db: peewee.Database) -> str | None:
    """The passphrase an open database was keyed with (None for a plain book)."""
    cipher = sys.modules.get("playhouse.sqlcipher_ext")  # not loaded: no encrypted book open
    if cipher is not None and isinstance(db, cipher.SqlCipherDatabase):
        return str(db.connect_params.get("passphrase", "")) or None
    return None


def bound_database() -> peewee.SqliteDatabase:
    """The book bound by :func:`open_store`; StoreError if none is open."""
    proxy = globals().get("database")  # never made: no book was ever opened
    db: peewee.SqliteDatabase | None = None if proxy is None else proxy.obj
    if db is None:  # closed in this thread is fine: Peewee connects each thread on first use
        raise StoreError("No Rolodex book is open.")
    return db


def bound_path() -> Path:
    """The file of the bound book."""
    return Path(bound_database().database)


@contextmanager
def writing() -> Iterator[None]:
    """One user action = one transaction on the bound book.

    The transaction takes the write lock first (``BEGIN IMMEDIATE``), so a book another
    program is writing is waited for up to the busy timeout (a read that later upgrades to a
    write would fail at once). Inside another ``writing()`` or ``atomic()`` it is a savepoint.
    Locked, read-only, full-disk and I/O errors roll it back and become one StoreError
    (nothing saved before is lost); bugs propagate unchanged."""
    db = bound_database()
    try:
        with db.atomic(lock_type="IMMEDIATE"):
            yield
    except _database_errors() as exc:
        error = _store_error(exc, db)
        if error is exc:
            raise
        raise error from exc


def _store_error(exc: Exception, db: peewee.Database) -> BaseException:
    """What a failed write raises: the first error, as a StoreError if the environment caused
    it; a bug (or a StoreError from a nested write) comes out as it was."""
    first = first_error(exc)
    if isinstance(first, StoreError) or not isinstance(first, Exception):
        return first
    if isinstance(first, (_peewee().IntegrityError, *_integrity_errors())):
        return first
    message = None
    if isinstance(first, _database_errors()):
        message = _message(first, db.database, passphrase_of(db) is not None)
    return message or first


def schema_version(db: peewee.Database) -> int:
    """The schema version of the book file ``db`` has open."""
    from rolodex.store.sqlite import connection

    return connection.schema_version(db)


def _backup_before_migrating(db: peewee.Database, path: Path, version: int) -> Path:
    """Copy the live file with SQLite's backup API (consistent even with a WAL), 0600 and
    encrypted with the book's own key when the book is encrypted: a ``before-migration``
    backup of the book (see :mod:`rolodex.safety.pre_migration`)."""
    from rolodex.safety.pre_migration import copy_before

    return copy_before(db, path, passphrase_of(db))


def _refuse_newer(path: Path, passphrase: str | None) -> None:
    """Read the schema version read-only, so a newer book is refused without a single write
    (and a wrong passphrase is reported before anything is opened for writing)."""
    from rolodex.store.sqlite.files import connect, schema_version

    conn = connect(path, passphrase, readonly=True)
    try:
        version = schema_version(conn, path, passphrase is not None)
    finally:
        conn.close()
    if version > LATEST_VERSION:
        raise _newer_error(path, version)


def needs_upgrade(path: Path) -> bool:
    """Whether the plain book file at ``path`` is at an older schema than this version's, so
    opening it will migrate it (the app then shows a progress window). False for a new file,
    an encrypted one (its key is asked first) and anything unreadable (opening explains)."""
    from rolodex.store.sqlite.files import connect, schema_version

    if not path.is_file() or looks_encrypted(path):
        return False
    try:
        conn = connect(path, None, readonly=True)
        try:
            return 0 < schema_version(conn, path, False) < LATEST_VERSION
        finally:
            conn.close()
    except StoreError:
        return False


def _newer_error(path: Path, version: int) -> StoreError:
    return StoreError(
        f"{path} was written by a newer version of Rolodex (schema {version}; this version "
        f"knows up to {LATEST_VERSION}). Please update Rolodex. The file was left untouched."
    )


def _migrate(db: peewee.Database, path: Path, existed: bool) -> tuple[int, Path | None]:
    version = schema_version(db)
    if version > LATEST_VERSION:
        raise _newer_error(path, version)
    backup = None
    if existed and version < LATEST_VERSION:
        backup = _backup_before_migrating(db, path, version)
    from rolodex.store.sqlite import connection

    connection.migrate(db, version)
    if backup is not None:  # now that the book has its identity: into the book's folder
        from rolodex.safety.pre_migration import file_copy

        backup = file_copy(db, path, backup)
    return LATEST_VERSION, backup


def open_store(
    path: Path | str, passphrase: str | None = None, *, create: bool = True
) -> StoreInfo:
    """Open (or create) the book at ``path`` and bind it as the current database, holding the
    book lock until :func:`close_store` (``rolodex.safety.lock``); an opener alone with the book
    first tidies what an interrupted operation left (``rolodex.safety.leftovers``)."""
    _peewee()  # first, so that no module behind the opening imports it with psycopg
    from rolodex.safety import leftovers, lock

    path = Path(path).expanduser().resolve()
    held = lock.for_opening(path, create)
    try:
        notes = leftovers.before_opening(path) if held.exclusive else []
        info = _open_store(path, passphrase, create)
        notes += leftovers.after_opening(info) if held.exclusive else []
    except BaseException:
        lock.release(held)
        raise
    lock.share(held)
    return replace(info, tidied=tuple(notes))


def _open_store(path: Path, passphrase: str | None, create: bool) -> StoreInfo:
    from rolodex.safety.permissions import make_book_private

    existed = _check_file(path, passphrase is not None)
    if not existed and not create:
        raise StoreError(f"No Rolodex book at {path}.")
    if existed and not looks_encrypted(path):
        passphrase = None  # a plain book opens without one (e.g. ROLODEX_PASSPHRASE is set)
    passphrase = passphrase or None
    if existed:
        _refuse_newer(path, passphrase)
    from rolodex.store.sqlite.connection import make_database

    created = make_book_private(path)
    db = make_database(path, passphrase)
    errors: tuple[type[Exception], ...] = (
        _peewee().DatabaseError, StoreError, *_driver_errors(cipher=bool(passphrase))
    )  # fmt: skip
    try:
        db.connect(reuse_if_open=True)
        version, backup = _migrate(db, path, existed)
    except errors as exc:
        db.close()
        if created:
            path.unlink(missing_ok=True)
        if isinstance(exc, StoreError):
            raise
        raise translate_error(exc, path, encrypted=passphrase is not None) from exc
    __getattr__("database").initialize(db)
    return StoreInfo(path=path, version=version, backup=backup, encrypted=bool(passphrase))


def _driver_errors(*, cipher: bool = True) -> tuple[type[Exception], ...]:
    """The DB-API errors of both SQLite libraries (of the standard one alone when no
    encrypted book is involved: SQLCipher then need not load at start-up)."""
    if not cipher:
        import sqlite3

        return (sqlite3.Error,)
    from rolodex.store.sqlite.files import database_errors

    return database_errors()


def _database_errors() -> tuple[type[Exception], ...]:
    return (_peewee().DatabaseError, *_driver_errors())


def _integrity_errors() -> tuple[type[Exception], ...]:
    """Constraint violations of both SQLite libraries: bugs, never the environment's doing."""
    import sqlite3

    from sqlcipher3 import dbapi2

    return (sqlite3.IntegrityError, dbapi2.IntegrityError)


def close_store() -> None:
    """Close the bound database, checkpointing the WAL, and release the book lock."""
    from rolodex.safety import lock

    proxy = globals().get("database")
    db = None if proxy is None else proxy.obj
    if db is not None and not db.is_closed():
        db.close()
    lock.release_opened()
