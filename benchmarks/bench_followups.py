"""Benchmark: Today-view queries at 100,000 contacts and 500,000 activities, on SQLite and
on PostgreSQL in the same run.

Generates one set of rows, loads it into a throwaway SQLite book (bulk inserts on the raw
connection) and, given a server, into a fresh PostgreSQL book (COPY), then times the follow-up
service's overdue list and count, the due-today list and the keep-in-touch (cadence) query on
each. Each figure is printed next to a baseline measured in the same run on the same backend —
the same overdue query forced to scan the table (SQLite ``NOT INDEXED``; PostgreSQL with index
scans switched off) — with the ratio, and the overdue count + first page is checked against the
20 ms budget on both.

    .venv/bin/python benchmarks/bench_followups.py            # issue sizes, SQLite only
    .venv/bin/python benchmarks/bench_followups.py --n 10000  # quick check (10k contacts)
    bash packaging/with-test-servers.sh .venv/bin/python benchmarks/bench_followups.py  # + PG
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rolodex.clock import FixedClock  # noqa: E402
from rolodex.db import close_store, database, open_store  # noqa: E402
from rolodex.services.crm import cadence
from rolodex.services.crm.followups import PAGE, FollowUpService  # noqa: E402
from rolodex.services.crm.times import to_db  # noqa: E402

BUDGET_MS = 20.0
NOW = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)


def iso(moment: datetime) -> str:
    return to_db(moment)


@dataclass
class Rows:
    """The generated book: the same rows go into each backend."""

    contacts: list[tuple[Any, ...]]
    activities: list[tuple[Any, ...]]
    followups: list[tuple[Any, ...]]


CONTACT_COLUMNS = "id, given, family, keep_in_touch_days, created_at, updated_at"
ACTIVITY_COLUMNS = "contact_id, kind, occurred_at, created_at"
FOLLOWUP_COLUMNS = "contact_id, due_at, due_local, done_at, created_at, timezone, has_time"
LAST_CONTACTED = (
    "UPDATE contact SET last_contacted = (SELECT MAX(occurred_at) FROM activity"
    " WHERE contact_id = contact.id AND kind != 'note' AND deleted_at IS NULL)"
)


def generate(contacts: int, activities: int, followups: int, rng: random.Random) -> Rows:
    stamp = iso(NOW)
    return Rows(
        [
            (i, f"Given{i}", f"Family{i}", rng.choice((None,) * 9 + (30,)), stamp, stamp)
            for i in range(1, contacts + 1)
        ],
        [
            (
                rng.randint(1, contacts),
                rng.choice(("call", "email", "meeting", "note")),
                iso(NOW - timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60))),
                stamp,
            )
            for _ in range(activities)
        ],
        [_followup(rng, contacts, stamp) for _ in range(followups)],
    )


def build(rows: Rows) -> None:
    """Load ``rows`` into the bound SQLite book."""
    conn = database.connection()
    with database.atomic():
        for table, columns, values in _tables(rows):
            marks = ", ".join("?" * len(columns.split(",")))
            conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)
        conn.execute(LAST_CONTACTED)
    conn.execute("ANALYZE")


def build_postgres(rows: Rows) -> None:
    """Load ``rows`` into the bound PostgreSQL book (COPY: the load is set-up, not measured)."""
    with database.atomic():
        cursor = database.connection().cursor()
        for table, columns, values in _tables(rows):
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in values:
                    copy.write_row(row)
        database.execute_sql(
            "SELECT setval(pg_get_serial_sequence('contact', 'id'), max(id)) FROM contact"
        )
        database.execute_sql(LAST_CONTACTED)
    for table in ("contact", "activity", "followup"):
        database.execute_sql(f"VACUUM ANALYZE {table}")  # index-only scans need the VM


def _tables(rows: Rows) -> Iterable[tuple[str, str, list[tuple[Any, ...]]]]:
    yield "contact", CONTACT_COLUMNS, rows.contacts
    yield "activity", ACTIVITY_COLUMNS, rows.activities
    yield "followup", FOLLOWUP_COLUMNS, rows.followups


def _followup(rng: random.Random, contacts: int, stamp: str) -> tuple[Any, ...]:
    due = NOW + timedelta(minutes=rng.randint(-30 * 24 * 60, 90 * 24 * 60))
    done = stamp if rng.random() < 0.8 else None
    local = due.strftime("%Y-%m-%dT%H:%M")
    return (rng.randint(1, contacts), iso(due), local, done, stamp, "UTC", True)


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median wall time in ms over ``repeat`` runs (after one warm-up), and the last result."""
    result = fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


SCAN = (
    "SELECT f.id, f.contact_id, f.due_at FROM followup f{hint}"
    " JOIN contact c ON c.id = f.contact_id WHERE f.done_at IS NULL"
    " AND f.deleted_at IS NULL AND c.deleted_at IS NULL AND f.due_at < {mark}"
    " ORDER BY f.due_at"
)


def scan_baseline() -> int:
    rows = database.execute_sql(SCAN.format(hint=" NOT INDEXED", mark="?"), (iso(NOW),))
    return len(rows.fetchall())


def scan_baseline_postgres() -> int:
    with database.atomic():
        for setting in ("indexscan", "indexonlyscan", "bitmapscan"):
            database.execute_sql(f"SET LOCAL enable_{setting} = off")
        rows = database.execute_sql(SCAN.format(hint="", mark="%s"), (iso(NOW),)).fetchall()
    return len(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="contacts (activities: 5x)")
    parser.add_argument("--followups", type=int, help="follow-ups (default: one per contact)")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument(
        "--url",
        default=os.environ.get("ROLODEX_TEST_PG_URL"),
        help="a PostgreSQL server whose role may create databases (default: the test server)",
    )
    args = parser.parse_args()
    followups = args.followups if args.followups is not None else args.n
    start = time.perf_counter()
    rows = generate(args.n, args.n * 5, followups, random.Random(4))
    print(
        f"generated {args.n:,} contacts, {args.n * 5:,} activities, {followups:,} follow-ups"
        f" in {time.perf_counter() - start:.1f} s"
    )
    with tempfile.TemporaryDirectory() as tmp:
        open_store(Path(tmp) / "bench.db")
        ok = run("SQLite", lambda: build(rows), scan_baseline, args.repeat)
        close_store()
    if not args.url:
        print("PostgreSQL: not run (give --url, or run under packaging/with-test-servers.sh)")
        return 0 if ok else 1
    url = fresh_database(args.url, f"rolodex_bench_followups_{args.n}")
    from rolodex.store import open_book

    open_book(url)
    ok = run("PostgreSQL", lambda: build_postgres(rows), scan_baseline_postgres, args.repeat) and ok
    close_store()
    return 0 if ok else 1


def fresh_database(server_url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    return urlsplit(server_url)._replace(path=f"/{name}").geturl()


def run(label: str, load: Callable[[], None], baseline: Callable[[], int], repeat: int) -> bool:
    start = time.perf_counter()
    load()
    print(f"\n{label}: loaded in {time.perf_counter() - start:.1f} s")
    return report(FollowUpService(FixedClock(NOW, "UTC")), baseline, repeat)


def report(fs: FollowUpService, baseline: Callable[[], int], repeat: int) -> bool:
    base_ms, base_rows = timed(baseline, repeat)
    print(f"{'query':<28}{'ms':>9}{'baseline ms':>13}{'ratio':>8}{'rows':>8}")
    print(f"{'baseline: overdue, scan':<28}{base_ms:>9.2f}{base_ms:>13.2f}{1:>8.2f}{base_rows:>8}")
    figures = {
        "overdue (Today: count+page)": lambda: [fs.count_overdue(), *fs.overdue(PAGE)],
        "overdue ids, all": lambda: fs.overdue_ids(),
        "overdue rows, all": lambda: fs.overdue(),
        "overdue count": lambda: [fs.count_overdue()],
        "due today (service)": lambda: fs.due_today(),
        "past cadence, all": lambda: cadence.past_cadence(fs.clock.now()),
        "Today view data, all lists": lambda: [fs.today()],
    }
    overdue_ms = 0.0
    for name, fn in figures.items():
        ms, rows = timed(fn, repeat)
        overdue_ms = ms if name.startswith("overdue (Today") else overdue_ms
        print(f"{name:<28}{ms:>9.2f}{base_ms:>13.2f}{ms / base_ms:>8.2f}{len(rows):>8}")
    verdict = "OK" if overdue_ms <= BUDGET_MS else "OVER BUDGET"
    print(
        f"overdue count + first {PAGE} rows: {overdue_ms:.2f} ms"
        f" against a {BUDGET_MS:.0f} ms budget: {verdict}"
    )
    return overdue_ms <= BUDGET_MS


if __name__ == "__main__":
    sys.exit(main())
