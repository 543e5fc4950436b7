"""``copy-book DEST``: copy the whole book ``--db`` names into the empty book DEST, between any
two backends (a file and a server book in either direction, or two files), so an office can
move its first laptop's file onto the server and back."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from rolodex.cli.common import book_where, open_book, open_server_book
from rolodex.db import StoreError, close_store, database, open_store
from rolodex.store.url import PostgresTarget, SqliteTarget, Target, parse_target


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's commands to the CLI."""
    p = sub.add_parser(
        "copy-book", help="copy the whole book into an empty book (a file or a server book)"
    )
    p.add_argument(
        "dest", metavar="DEST", help="the empty book to copy into: a file or postgresql:// URL"
    )
    p.set_defaults(func=cmd_copy_book)


def cmd_copy_book(args: argparse.Namespace) -> int:
    from rolodex.store.copy import copy_book

    dest = parse_target(args.dest)
    _refuse_same(parse_target(book_where(args)), dest)
    new_file = isinstance(dest, SqliteTarget) and not dest.path.exists()
    started = time.monotonic()
    # The destination first: opening the source then holds the source's lock for the copy.
    if isinstance(dest, PostgresTarget):
        open_server_book(args.dest)
    else:
        open_store(dest.path)
    dest_db = database.obj
    try:
        open_book(args, create=False)
        result = copy_book(database.obj, dest_db, dest.display)
    except BaseException:
        dest_db.close()
        if new_file and isinstance(dest, SqliteTarget):
            _remove_book_file(dest.path)
        raise
    finally:
        close_store()
    dest_db.close()
    seconds = time.monotonic() - started
    rows = sum(result.rows.values())
    print(
        f"Copied {result.contacts} contacts ({rows} rows in all) to {dest.display} "
        f"in {seconds:.1f} s."
    )
    return 0


def _refuse_same(source: Target, dest: Target) -> None:
    if isinstance(source, PostgresTarget) and isinstance(dest, PostgresTarget):
        same = (source.host, source.port, source.dbname) == (dest.host, dest.port, dest.dbname)
    elif isinstance(source, SqliteTarget) and isinstance(dest, SqliteTarget):
        same = source.path.expanduser().resolve() == dest.path.expanduser().resolve()
    else:
        same = False
    if same:
        raise StoreError(f"{dest.display} is the book itself; copy it into another, empty book.")


def _remove_book_file(path: Path) -> None:
    """A copy that failed leaves no half-made file behind (it was created by this copy)."""
    for side in (path, path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")):
        side.unlink(missing_ok=True)
