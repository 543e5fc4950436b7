"""Helpers shared by the command modules: opening the book named by ``--db`` (or
``ROLODEX_DB``), reading passphrase files and parsing id arguments."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from rolodex import paths
from rolodex.db import MAX_ID, StoreError, StoreInfo, check_book_file, open_store

PASSPHRASE_ENV = "ROLODEX_PASSPHRASE"
DB_ENV = "ROLODEX_DB"
BOM = "\ufeff"


def book_path(args: argparse.Namespace) -> Path:
    """The book the command works on: ``--db``, else ``ROLODEX_DB``, else the default file in
    the data folder. Only a regular file, or a path where one can be created, is a book."""
    given = getattr(args, "db", None)
    source = "--db"
    if given is None and os.environ.get(DB_ENV) is not None:
        given, source = os.environ[DB_ENV], DB_ENV
    if given is None:
        return paths.init(args.data_dir).default_db
    if not given.strip():
        raise StoreError(f"{source} is empty: name the book's file.")
    path = Path(given)
    check_book_file(path)
    return path


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


def open_book(args: argparse.Namespace, *, create: bool = True) -> StoreInfo:
    """Open the book for a command; errors surface as StoreError (one line, non-zero exit).
    What the open tidied after an interrupted operation is said on stderr, in one line."""
    info = open_store(book_path(args), read_passphrase(args), create=create)
    if info.tidied:
        print(f"rolodex: note: {' '.join(info.tidied)}", file=sys.stderr)
    return info


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
