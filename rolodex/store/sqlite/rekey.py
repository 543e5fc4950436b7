"""Rewriting a book file under another key with SQLCipher: taking the file for sole use and
exporting its converted copy (``sqlcipher_export`` into an attached, keyed database).

The conversion's order, checks and renames are :mod:`rolodex.safety.convert`'s.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def claim_sole_use(conn: Any) -> int:
    """Take SQLite's exclusive lock on the file and keep it until the connection closes;
    return the schema version. In exclusive locking mode the first read of a WAL book takes
    that lock at once (its WAL index then lives in this connection's memory), which fails
    while any other connection has the book open; nothing is written to the book, so a kill
    leaves it exactly as it was (a switch out of WAL mode would rewrite its header). The
    driver's error comes out as it is."""
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.execute("BEGIN EXCLUSIVE")  # a book not in WAL mode: its exclusive lock now
    conn.execute("COMMIT")
    return version


def export(conn: Any, temp: Path, new: str | None, version: int) -> None:
    """Write the whole book ``conn`` has open into the empty file ``temp``, keyed with
    ``new`` (None: plain), at schema ``version``."""
    # The copy is thrown away if anything fails, so it needs no journal and no syncs of its
    # own; it is synced once, whole, before it replaces anything.
    conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(temp), new or ""))
    conn.execute("PRAGMA converted.journal_mode = OFF")
    conn.execute("PRAGMA converted.synchronous = OFF")
    conn.execute("SELECT sqlcipher_export('converted')")
    conn.execute(f"PRAGMA converted.user_version = {int(version)}")
    conn.execute("DETACH DATABASE converted")
