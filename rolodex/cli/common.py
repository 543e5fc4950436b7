"""Helpers shared by the command modules: opening the book named by ``--db`` (or
``ROLODEX_DB``: a file path or a ``postgresql://user@host:port/dbname`` server book), reading
passphrase files and parsing id arguments. A server's password is asked on the terminal when
neither the URL, the keyring nor ``~/.pgpass`` has it; without a terminal the command refuses."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rolodex import paths
from rolodex.db import MAX_ID, StoreError, StoreInfo, check_book_file, open_store

if TYPE_CHECKING:
    from rolodex.store.postgres.connection import ServerBookInfo

PASSPHRASE_ENV = "ROLODEX_PASSPHRASE"
DB_ENV = "ROLODEX_DB"
BOM = "\ufeff"


def book_where(args: argparse.Namespace) -> Path | str:
    """The book the command works on: ``--db``, else ``ROLODEX_DB``, else the default file in
    the data folder. A server URL is returned as given (checked by :func:`parse_target`); for
    a path, only a regular file, or a path where one can be created, is a book."""
    given = getattr(args, "db", None)
    source = "--db"
    if given is None and os.environ.get(DB_ENV) is not None:
        given, source = os.environ[DB_ENV], DB_ENV
    if given is None:
        return paths.init(args.data_dir).default_db
    if not given.strip():
        raise StoreError(f"{source} is empty: name the book's file.")
    if "://" in given:
        from rolodex.store.url import parse_target

        parse_target(given)  # a URL Rolodex cannot open is refused here, in one line
        return str(given).strip()
    path = Path(given)
    check_book_file(path)
    return path


def book_path(args: argparse.Namespace) -> Path:
    """The book's file, for commands that only work on a file (encrypt, decrypt...)."""
    where = book_where(args)
    if isinstance(where, str):
        from rolodex.store.url import parse_target

        raise StoreError(
            f"{parse_target(where).display} is a shared book on a server; this command "
            "works on book files only."
        )
    return where


def book_display(args: argparse.Namespace) -> Path:
    """What the log names as the book: its file, or a server book's URL without password."""
    where = book_where(args)
    if isinstance(where, str):
        from rolodex.store.url import parse_target

        return Path(parse_target(where).display)
    return where


def ask_password(display: str) -> str | None:
    """The CLI's password prompt: getpass on a terminal; without one, None (give up)."""
    import getpass

    if not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(f"Password for {display}: ")
    except EOFError:
        return None


def read_passphrase_file(name: str) -> str:
    """The passphrase in file ``name``: UTF-8 (a leading byte-order mark is dropped), without
    the line break at the end. StoreError if it cannot be read or is not text."""
    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        raise StoreError(f"Cannot read passphrase file {name}: {exc.strerror or exc}.") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise StoreError(f"The passphrase file {name} is not UTF-8 text.") from None
    if "\x00" in text:
        raise StoreError(f"The passphrase file {name} holds a NUL byte; it must be plain text.")
    return text.removeprefix(BOM).rstrip("\r\n")


def read_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase from ``--passphrase-file`` or ``ROLODEX_PASSPHRASE``, if any."""
    if getattr(args, "passphrase_file", None):
        return read_passphrase_file(args.passphrase_file)
    return os.environ.get(PASSPHRASE_ENV) or None


def open_book(args: argparse.Namespace, *, create: bool = True) -> StoreInfo | ServerBookInfo:
    """Open the book for a command; errors surface as StoreError (one line, non-zero exit).
    What the open tidied after an interrupted operation is said on stderr, in one line."""
    where = book_where(args)
    if isinstance(where, str):  # book_where returns only a server URL as text
        return open_server_book(where)
    info = open_store(where, read_passphrase(args), create=create)
    if info.tidied:
        print(f"rolodex: note: {' '.join(info.tidied)}", file=sys.stderr)
    return info


def open_server_book(url: str) -> ServerBookInfo:
    """Open a server book, asking for its password on the terminal if need be; without a
    terminal the refusal says where a password can come from instead."""
    from rolodex.store import open_book as open_any
    from rolodex.store.postgres.connection import ServerBookInfo
    from rolodex.store.postgres.errors import PasswordError

    try:
        info = open_any(url, prompt=ask_password)
    except PasswordError as exc:
        if sys.stdin.isatty():
            raise
        raise StoreError(f"{exc} {NO_TERMINAL}") from None
    assert isinstance(info, ServerBookInfo)
    return info


NO_TERMINAL = (
    "There is no terminal to ask on: put the password in ~/.pgpass or the keyring "
    "(or set PGPASSWORD)."
)


def record_id(text: str) -> int:
    """The argparse type of every ID argument: a whole number. One too big for SQLite is
    accepted here and names no record (see :func:`stored`)."""
    value = text.strip()
    if not value.isdecimal() or not value.isascii():
        raise argparse.ArgumentTypeError(f"{text!r} is not an id (a whole number)")
    return int(value)


record_id.__name__ = "id"  # argparse names the type in its messages


def stored(record: int) -> bool:
    """True if ``record`` can be the id of a stored row (SQLite ids are 1 to 2**63 - 1)."""
    return 0 < record <= MAX_ID
