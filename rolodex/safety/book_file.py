"""What counts as a Rolodex book: the tables and columns of a schema version it can read.

The expected tables of each version are not listed by hand: they are what the frozen
migrations ``1..N`` create in an empty in-memory database, so they can never drift from the
schema itself. A file is a book of version N when it has at least those tables and columns,
carries an identity from version 4 on, and passes SQLite's integrity check (checked by
:func:`rolodex.safety.snapshot.inspect`, which gathers the facts judged here).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rolodex.db import StoreError
from rolodex.migrations import LATEST_VERSION
from rolodex.safety import snapshot
from rolodex.store.sqlite.files import schema_columns

IDENTITY_VERSION = 4
SHOWN = 4


@cache
def expected_columns(version: int) -> frozenset[tuple[str, str]]:
    """The ``(table, column)`` pairs a book of schema ``version`` has."""
    return schema_columns(version)


def refuse_empty(path: Path) -> None:
    """A 0-byte file is no book (SQLite would happily open it as an empty database)."""
    try:
        empty = path.is_file() and path.stat().st_size == 0
    except OSError:
        return
    if empty:
        raise StoreError(f"{path} is empty (0 bytes), not a Rolodex backup. Nothing was changed.")


def check_book(path: Path, facts: snapshot.FileFacts) -> None:
    """Refuse a file that is not a Rolodex book of a schema version this Rolodex reads."""
    if facts.version > LATEST_VERSION:
        raise StoreError(
            f"{path} was written by a newer version of Rolodex (schema {facts.version}); "
            "please update Rolodex. Nothing was changed."
        )
    tables = sorted({table for table, _ in facts.columns})
    if facts.version < 1:
        held = ", ".join(tables[:SHOWN]) + (", …" if len(tables) > SHOWN else "")
        raise StoreError(
            f"{path} is not a Rolodex book (it holds {held or 'no tables'}). Nothing was changed."
        )
    missing = sorted({table for table, _ in expected_columns(facts.version) - facts.columns})
    if missing:
        raise StoreError(
            f"{path} claims to be a Rolodex book of schema {facts.version} but lacks its tables "
            f"or columns ({', '.join(missing[:SHOWN])}). Nothing was changed."
        )
    if facts.version >= IDENTITY_VERSION and facts.book_id is None:
        raise StoreError(f"{path} has no book identity; it is not a Rolodex book.")
