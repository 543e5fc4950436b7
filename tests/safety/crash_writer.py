"""A stand-in for an import, for the crash trials: ``python crash_writer.py BOOK``.

Writes 2,000 contacts with emails and search rows in ONE transaction through the Peewee
database with raw ``executemany`` (as imports do), printing ``begin`` once the transaction has
started so the test can kill it mid-write."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rolodex.db import close_store, database, open_store  # noqa: E402

COUNT = 2000
STAMP = "2024-05-01T10:00:00+00:00"


def write_batch(count: int = COUNT) -> None:
    with database.atomic():
        conn = database.connection()
        first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0]
        print("begin", flush=True)
        ids = range(first, first + count)
        conn.executemany(
            "INSERT INTO contact (id, given, family, display_name, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(i, f"Ona {i}", "Žemaitė", f"Ona {i} Žemaitė", STAMP, STAMP) for i in ids],
        )
        conn.executemany(
            "INSERT INTO email (contact_id, value, value_key) VALUES (?, ?, ?)",
            [(i, f"ona{i}@example.lt", f"ona{i}@example.lt") for i in ids],
        )
        conn.executemany(
            "INSERT INTO contact_fts (rowid, name, email) VALUES (?, ?, ?)",
            [(i, f"Ona {i} Žemaitė", f"ona{i}@example.lt") for i in ids],
        )


if __name__ == "__main__":
    open_store(sys.argv[1])
    write_batch()
    close_store()
    print("committed", flush=True)
