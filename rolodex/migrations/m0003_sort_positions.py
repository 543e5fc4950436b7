"""Schema version 3: every live contact gets a sort position, and the search index is keyed by it.

``contact.sortpos`` increases strictly in name order (sort key, then id), with wide gaps so a
new contact slots in between its neighbours without moving anyone. The FTS5 table's rowid is
that position, so a search returns its matches already in name order and the first page needs
only the first rows of the index: no join, no sort. The index keeps which column a word is in
but not its offsets (``detail = column``): search asks for words and prefixes, never phrases,
and the smaller index is faster to write during imports.

On PostgreSQL the positions are added the same way (BIGINT: they pass 2**31 at once); its
search table is keyed by contact id and ordered by its copy of the sort key, so it needs no
re-keying.
"""

from __future__ import annotations

from typing import Any

GAP = 1 << 32

FTS_COLUMNS = "name, company, email, city, tags, notes, phone"

STATEMENTS = [
    "ALTER TABLE contact ADD COLUMN sortpos INTEGER NOT NULL DEFAULT 0",
    f"""UPDATE contact SET sortpos = ranked.pos FROM (
        SELECT id, ROW_NUMBER() OVER (ORDER BY sort_key, id) * {GAP} AS pos
        FROM contact WHERE deleted_at IS NULL
    ) AS ranked WHERE ranked.id = contact.id""",
    "CREATE INDEX contact_sortpos ON contact(sortpos)",
    # Covers the scan that reads every live contact in name order (no table reads, no sort).
    "CREATE INDEX contact_live_order ON contact(deleted_at, sortpos)",
    """CREATE VIRTUAL TABLE contact_fts_v3 USING fts5(
        name, company, email, city, tags, notes, phone,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3',
        detail = column
    )""",
    f"""INSERT INTO contact_fts_v3(rowid, {FTS_COLUMNS})
        SELECT c.sortpos, f.name, f.company, f.email, f.city, f.tags, f.notes, f.phone
        FROM contact_fts f JOIN contact c ON c.id = f.rowid
        WHERE c.deleted_at IS NULL""",
    "DROP TABLE contact_fts",
    "ALTER TABLE contact_fts_v3 RENAME TO contact_fts",
]


def apply(conn: Any) -> None:
    """Add sort positions and re-key the search index (inside the caller's transaction)."""
    for statement in STATEMENTS:
        conn.execute(statement)


POSTGRES_STATEMENTS = [
    "ALTER TABLE contact ADD COLUMN sortpos BIGINT NOT NULL DEFAULT 0",
    f"""UPDATE contact SET sortpos = ranked.pos FROM (
        SELECT id, ROW_NUMBER() OVER (ORDER BY sort_key, id) * {GAP} AS pos
        FROM contact WHERE deleted_at IS NULL
    ) AS ranked WHERE ranked.id = contact.id""",
    "CREATE INDEX contact_sortpos ON contact(sortpos)",
    "CREATE INDEX contact_live_order ON contact(deleted_at, sortpos)",
]


def apply_postgres(conn: Any) -> None:
    """Add sort positions on PostgreSQL (inside the caller's transaction)."""
    for statement in POSTGRES_STATEMENTS:
        conn.execute(statement)
