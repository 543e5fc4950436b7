"""Migration 5: a book that already holds tags differing only in letter case ("VIP", "vip",
"Vip") gets them merged into the oldest, on a file and on a server; nothing else changes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import psycopg

from rolodex.db import close_store, database, open_store
from rolodex.migrations import chain
from rolodex.services.contacts import ContactService
from rolodex.services.crm.cadence import tag_cadence
from rolodex.services.tags import TagService
from rolodex.store import open_book

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TAGS = [("VIP", None), ("Kunder", 30), ("vip", 14), ("Vip", 7), ("kunder", 5)]
LINKS = [(1, 1), (1, 3), (2, 1), (2, 2), (3, 4), (3, 2), (3, 5)]  # (contact, tag)


def after() -> tuple[list[tuple[str, int]], list[list[str]], int | None, int | None]:
    tags = [(t.name, t.contacts) for t in TagService().list()]
    people = [ContactService().get(i) for i in (1, 2, 3)]
    return tags, [p.tags for p in people if p], tag_cadence("VIP"), tag_cadence("kunder")


EXPECTED = (
    [("Kunder", 2), ("VIP", 3)],
    [["VIP"], ["Kunder", "VIP"], ["Kunder", "VIP"]],
    7,  # it had none: the shortest of the merged ones
    30,  # it had its own
)


def test_a_file_book_gets_its_case_variant_tags_merged(tmp_path: Path) -> None:
    book = tmp_path / "book.db"
    shutil.copy(FIXTURES / "schema_v4.db", book)
    conn = sqlite3.connect(book)
    conn.executemany("INSERT INTO tag(name, keep_in_touch_days) VALUES (?, ?)", TAGS)
    conn.executemany("INSERT INTO contact_tag(contact_id, tag_id) VALUES (?, ?)", LINKS)
    conn.commit()
    conn.close()
    open_store(book)
    try:
        assert after() == EXPECTED
        revisions = database.execute_sql("SELECT id, revision FROM contact ORDER BY id")
        assert revisions.fetchall() == [(1, 2), (2, 1), (3, 2)]  # those respelt: a new revision
    finally:
        close_store()


def test_a_server_book_gets_its_case_variant_tags_merged(pg_database: str) -> None:
    with psycopg.connect(pg_database) as conn:
        conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        conn.execute("INSERT INTO schema_version VALUES (4)")
        for migration in chain()[:4]:
            migration.apply_postgres(conn)
        for name in ("Anna", "Bodil", "Cato"):
            conn.execute(
                "INSERT INTO contact(display_name, sort_key, created_at, updated_at)"
                " VALUES (%s, %s, '2026-01-01', '2026-01-01')", (name, name.encode()),
            )  # fmt: skip
        conn.cursor().executemany("INSERT INTO tag(name, keep_in_touch_days) VALUES (%s, %s)", TAGS)
        conn.cursor().executemany(
            "INSERT INTO contact_tag(contact_id, tag_id) VALUES (%s, %s)", LINKS
        )
    open_book(pg_database)
    assert after() == EXPECTED
