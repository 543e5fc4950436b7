"""The dashboard benchmark's book on PostgreSQL: the generated SQLite book copied table by table
into a fresh, migrated database on the server (COPY; set-up, not measured), sequences moved
past the copied ids, statistics gathered. Used by bench_dashboard.py when a server is given."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from urllib.parse import urlsplit

TABLES = (
    "contact", "email", "phone", "address", "activity", "followup", "deal", "deal_stage_change",
    "lifecycle_change", "campaign", "campaign_recipient", "campaign_response",
)  # fmt: skip


def copy_to_postgres(path: Path, server_url: str) -> str:
    """Copy the SQLite book at ``path`` into a new database; returns its URL, bound."""
    import psycopg

    from rolodex.db import database
    from rolodex.sales import money
    from rolodex.store import open_book

    name = f"bench_dashboard_{os.getpid()}"
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    url = urlsplit(server_url)._replace(path=f"/{name}").geturl()
    open_book(url)
    started = time.perf_counter()
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    stages = source.execute("SELECT id, name FROM stage ORDER BY id").fetchall()
    assert stages == database.execute_sql("SELECT id, name FROM stage ORDER BY id").fetchall()
    with database.atomic():
        cursor = database.connection().cursor()
        for table in TABLES:
            _copy(source, cursor, table)
    money.set_main_currency("NOK")
    database.execute_sql("ANALYZE")
    rows = sum(source.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES)
    print(f"copied {rows:,} rows to PostgreSQL in {time.perf_counter() - started:.1f} s")
    source.close()
    return url


def _copy(source: sqlite3.Connection, cursor: object, table: str) -> None:
    mine = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
    cursor.execute(  # type: ignore[attr-defined]
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s", (table,)
    )
    theirs = {row[0] for row in cursor.fetchall()}  # type: ignore[attr-defined]
    columns = [c for c in mine if c in theirs]
    listed = ", ".join(columns)
    with cursor.copy(f"COPY {table} ({listed}) FROM STDIN") as copy:  # type: ignore[attr-defined]
        for row in source.execute(f"SELECT {listed} FROM {table}"):
            copy.write_row(row)
    cursor.execute(  # type: ignore[attr-defined]
        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 1)) FROM {table}"
    )
