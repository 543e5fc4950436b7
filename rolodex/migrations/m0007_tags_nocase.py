"""Schema version 7: tags are case-insensitive, so the tags of an existing book that differ
only in letter case ("VIP" and "vip") become one.

No table changes. Each group of tags whose names fold alike (NFC, trimmed, Unicode case-folded,
as :func:`rolodex.store.tags.tag_key`; frozen here) keeps its oldest tag and spelling; the
others' contacts move onto it, the kept tag takes the shortest keep-in-touch cadence of the
group when it had none, and the others are dropped. Contacts whose tags were respelt get a new
revision. Folding is done in Python because SQLite's ``lower()`` and NOCASE know ASCII only.
"""

from __future__ import annotations

import unicodedata
from typing import Any


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name.strip()).casefold()


def _groups(conn: Any) -> list[list[tuple[int, int | None]]]:
    """(id, cadence) of each tag, grouped by folded name, oldest first; groups of two or more."""
    found: dict[str, list[tuple[int, int | None]]] = {}
    for tag_id, name, days in conn.execute(
        "SELECT id, name, keep_in_touch_days FROM tag ORDER BY id"
    ).fetchall():
        found.setdefault(_key(name), []).append((tag_id, days))
    return [group for group in found.values() if len(group) > 1]


def _merge_all(conn: Any, mark: str) -> None:
    """Merge every group (``mark``: the driver's placeholder, ``?`` or ``%s``)."""
    groups = _groups(conn)
    respelt = [other for _, *others in groups for other, _ in others]
    if respelt:  # one new revision per contact whose tags are respelt
        marks = ", ".join([mark] * len(respelt))
        conn.execute(
            "UPDATE contact SET revision = revision + 1 WHERE id IN"
            f" (SELECT contact_id FROM contact_tag WHERE tag_id IN ({marks}))",
            respelt,
        )
    for (kept, kept_days), *others in groups:
        days = [d for _, d in others if d is not None]
        if kept_days is None and days:
            conn.execute(
                f"UPDATE tag SET keep_in_touch_days = {mark} WHERE id = {mark}", (min(days), kept)
            )
        for other, _ in others:
            conn.execute(
                f"INSERT INTO contact_tag(contact_id, tag_id) SELECT contact_id, {mark}"
                f" FROM contact_tag WHERE tag_id = {mark} ON CONFLICT DO NOTHING",
                (kept, other),
            )
            conn.execute(f"DELETE FROM contact_tag WHERE tag_id = {mark}", (other,))
            conn.execute(f"DELETE FROM tag WHERE id = {mark}", (other,))


def apply(conn: Any) -> None:
    """Merge case-variant tags of an SQLite book (inside the caller's transaction)."""
    _merge_all(conn, "?")


POSTGRES_STATEMENTS: list[str] = []  # no table changes


def apply_postgres(conn: Any) -> None:
    """The same on PostgreSQL (inside the caller's transaction)."""
    _merge_all(conn, "%s")
