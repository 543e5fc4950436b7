"""Sort positions: integers that increase strictly in name order across live contacts.

The search index is keyed by them (see migration 3), so matches come back in name order. New
contacts take a position between their neighbours; gaps start at 2**32, so it takes 32
insertions at the very same spot before a gap runs out, and then every position is renumbered
(rare; it rewrites the search index). Invariant: for live contacts ordered by (sort_key, id),
positions are strictly increasing and the FTS5 row of each is at its position.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

GAP = 1 << 32

_PRED = (
    "SELECT sortpos FROM contact WHERE deleted_at IS NULL AND id != ?"
    " AND (sort_key, id) < (?, ?) ORDER BY sort_key DESC, id DESC LIMIT 1"
)
_SUCC = (
    "SELECT sortpos FROM contact WHERE deleted_at IS NULL AND id != ?"
    " AND (sort_key, id) > (?, ?) ORDER BY sort_key, id LIMIT 1"
)
_SUCC_KEY = (
    "SELECT sortpos, sort_key, id FROM contact WHERE deleted_at IS NULL AND id != ?"
    " AND (sort_key, id) > (?, ?) ORDER BY sort_key, id LIMIT 1"
)
FTS_COLUMNS = "name, company, email, city, tags, notes, phone"


def _neighbours(conn: Any, contact_id: int, key: bytes) -> tuple[int, int | None]:
    pred = conn.execute(_PRED, (contact_id, key, contact_id)).fetchone()
    succ = conn.execute(_SUCC, (contact_id, key, contact_id)).fetchone()
    return (pred[0] if pred else 0), (succ[0] if succ else None)


def place_new(conn: Any, items: Sequence[tuple[int, bytes]]) -> dict[int, int]:
    """Positions for contacts about to be inserted (ids and sort keys; not yet in the table).

    New contacts are taken in name order; those that fall in the same gap between two
    existing neighbours share it evenly, so an import asks for neighbours once per gap."""
    ordered = sorted(items, key=lambda item: (item[1], item[0]))
    groups: list[tuple[int, int | None, list[int]]] = []
    bound: tuple[bytes, int] | None = None  # (sort key, id) of the current gap's upper end
    for contact_id, key in ordered:
        if groups and (bound is None or (key, contact_id) < bound):
            groups[-1][2].append(contact_id)
            continue
        lo, hi, bound = _gap(conn, contact_id, key)
        groups.append((lo, hi, [contact_id]))
    positions: dict[int, int] = {}
    for lo, hi, ids in groups:
        step = GAP if hi is None else (hi - lo) // (len(ids) + 1)
        if step < 1:
            renumber_all(conn)
            return place_new(conn, items)
        positions.update((cid, lo + step * (i + 1)) for i, cid in enumerate(ids))
    return positions


def _gap(
    conn: Any, contact_id: int, key: bytes
) -> tuple[int, int | None, tuple[bytes, int] | None]:
    """The positions around (key, id) among live contacts, and the upper neighbour's key."""
    pred = conn.execute(_PRED, (contact_id, key, contact_id)).fetchone()
    succ = conn.execute(_SUCC_KEY, (contact_id, key, contact_id)).fetchone()
    if succ is None:
        return (pred[0] if pred else 0), None, None
    return (pred[0] if pred else 0), succ[0], (bytes(succ[1]), succ[2])


def ensure_placed(conn: Any, contact_id: int) -> int:
    """The contact's position, moved between its neighbours if its name (or state) changed."""
    pos, key = conn.execute(
        "SELECT sortpos, sort_key FROM contact WHERE id = ?", (contact_id,)
    ).fetchone()
    lo, hi = _neighbours(conn, contact_id, key)
    if pos > lo and (hi is None or pos < hi):
        return int(pos)
    # Unplaced until moved: a negative, unique value that no index row uses.
    conn.execute("UPDATE contact SET sortpos = -id WHERE id = ?", (contact_id,))
    if hi is not None and hi - lo < 2:
        renumber_all(conn)
        return ensure_placed(conn, contact_id)
    new = lo + GAP if hi is None else (lo + hi) // 2
    conn.execute("UPDATE contact SET sortpos = ? WHERE id = ?", (new, contact_id))
    return new


def renumber_all(conn: Any) -> None:
    """Spread every live contact's position out again and re-key the search index to match."""
    rows = conn.execute(
        "SELECT id, sortpos FROM contact WHERE deleted_at IS NULL ORDER BY sort_key, id"
    ).fetchall()
    moves = [(old, (i + 1) * GAP) for i, (_cid, old) in enumerate(rows)]
    conn.execute("CREATE TEMP TABLE sortpos_move(old INTEGER PRIMARY KEY, new INTEGER)")
    conn.executemany("INSERT INTO sortpos_move(old, new) VALUES (?, ?)", moves)
    conn.execute(
        f"CREATE TEMP TABLE fts_copy AS SELECT rowid AS old, {FTS_COLUMNS} FROM contact_fts"
    )
    conn.execute("DELETE FROM contact_fts")
    conn.execute(
        f"INSERT INTO contact_fts(rowid, {FTS_COLUMNS}) SELECT m.new, {FTS_COLUMNS}"
        " FROM fts_copy f JOIN sortpos_move m ON m.old = f.old"
    )
    conn.executemany(
        "UPDATE contact SET sortpos = ? WHERE id = ?",
        [((i + 1) * GAP, cid) for i, (cid, _old) in enumerate(rows)],
    )
    conn.execute("DROP TABLE temp.fts_copy")
    conn.execute("DROP TABLE temp.sortpos_move")


def rekey(keys: Sequence[tuple[bytes, int]]) -> None:
    """Store new (sort key, contact id) pairs and renumber every position to match."""
    from rolodex.db import database

    conn = database.connection()
    conn.executemany("UPDATE contact SET sort_key = ? WHERE id = ?", keys)
    renumber_all(conn)
