"""Schema version 10: the search index also indexes one-letter prefixes (``prefix = '1 2 3'``).

Typing the first letter of a name searched every word starting with it by merging the lists of
each such word (thousands of them): at 100,000 contacts "e" took 57 ms for the list's first
rows and 82 ms to count its matches; with the one-letter prefix index 0.4 ms and 5 ms. At a
million (bench_million.py, old and new code in turn): typing a letter at a time p95 437 ->
264 ms (CPU 232 -> 84 ms), the slowest keystroke "E" 656 ms -> the empty box 277 ms. The
index grows ~20%; two- and three-letter prefixes were indexed already. FTS5 cannot change its
prefix option in place, so the table is built again from the old one (same rowids: the sort
positions): ~20 s at 100,000 contacts, 24 min for a million on the loaded test machine.

PostgreSQL searches with its own GIN index on ``contact_search`` (a prefix query there reads the
matching range of the index's entry tree): nothing to change.
"""

from __future__ import annotations

from typing import Any

FTS_COLUMNS = "name, company, email, city, tags, notes, phone"

STATEMENTS = [
    """CREATE VIRTUAL TABLE contact_fts_v10 USING fts5(
        name, company, email, city, tags, notes, phone,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3',
        detail = column
    )""",
    f"""INSERT INTO contact_fts_v10(rowid, {FTS_COLUMNS})
        SELECT rowid, {FTS_COLUMNS} FROM contact_fts""",
    "DROP TABLE contact_fts",
    "ALTER TABLE contact_fts_v10 RENAME TO contact_fts",
]


def apply(conn: Any) -> None:
    """Build the search index again with one-letter prefixes (inside the caller's
    transaction)."""
    for statement in STATEMENTS:
        conn.execute(statement)


POSTGRES_STATEMENTS: list[str] = []


def apply_postgres(conn: Any) -> None:
    """Nothing on PostgreSQL: its search index is its own (see the module docstring)."""
    for statement in POSTGRES_STATEMENTS:
        conn.execute(statement)
