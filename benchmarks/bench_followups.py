"""Benchmark: Today-view queries at 100,000 contacts and 500,000 activities.

Builds a throwaway book (bulk inserts on the raw connection), then times the follow-up service's
overdue list and count, the due-today list and the keep-in-touch (cadence) query. Each figure is
printed next to a baseline measured in the same run — the same overdue query forced to scan the
table (``NOT INDEXED``) — with the ratio, and the overdue list is checked against the 20 ms budget.

    .venv/bin/python benchmarks/bench_followups.py            # issue sizes
    .venv/bin/python benchmarks/bench_followups.py --n 10000  # quick check (10k contacts)
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rolodex.clock import FixedClock  # noqa: E402
from rolodex.db import close_store, database, open_store  # noqa: E402
from rolodex.services import cadence  # noqa: E402
from rolodex.services.crm_time import to_db  # noqa: E402
from rolodex.services.followups import PAGE, FollowUpService  # noqa: E402

BUDGET_MS = 20.0
NOW = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)


def iso(moment: datetime) -> str:
    return to_db(moment)


def build(contacts: int, activities: int, followups: int, rng: random.Random) -> None:
    conn = database.connection()
    stamp = iso(NOW)
    with database.atomic():
        conn.executemany(
            "INSERT INTO contact (id, given, family, keep_in_touch_days, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                (i, f"Given{i}", f"Family{i}", rng.choice((None,) * 9 + (30,)), stamp, stamp)
                for i in range(1, contacts + 1)
            ),
        )
        conn.executemany(
            "INSERT INTO activity (contact_id, kind, occurred_at, created_at) VALUES (?, ?, ?, ?)",
            (
                (
                    rng.randint(1, contacts),
                    rng.choice(("call", "email", "meeting", "note")),
                    iso(NOW - timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60))),
                    stamp,
                )
                for _ in range(activities)
            ),
        )
        conn.execute(
            "UPDATE contact SET last_contacted = (SELECT MAX(occurred_at) FROM activity"
            " WHERE contact_id = contact.id AND kind != 'note' AND deleted_at IS NULL)"
        )
        conn.executemany(
            "INSERT INTO followup (contact_id, due_at, due_local, timezone, has_time, done_at,"
            " created_at) VALUES (?, ?, ?, 'UTC', 1, ?, ?)",
            (_followup(rng, contacts, stamp) for _ in range(followups)),
        )
    conn.execute("ANALYZE")


def _followup(rng: random.Random, contacts: int, stamp: str) -> tuple[Any, ...]:
    due = NOW + timedelta(minutes=rng.randint(-30 * 24 * 60, 90 * 24 * 60))
    done = stamp if rng.random() < 0.8 else None
    return (rng.randint(1, contacts), iso(due), due.strftime("%Y-%m-%dT%H:%M"), done, stamp)


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median wall time in ms over ``repeat`` runs (after one warm-up), and the last result."""
    result = fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def scan_baseline() -> int:
    rows = database.execute_sql(
        "SELECT f.id, f.contact_id, f.due_at FROM followup f NOT INDEXED"
        " JOIN contact c ON c.id = f.contact_id WHERE f.done_at IS NULL"
        " AND f.deleted_at IS NULL AND c.deleted_at IS NULL AND f.due_at < ?"
        " ORDER BY f.due_at",
        (iso(NOW),),
    ).fetchall()
    return len(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="contacts (activities: 5x)")
    parser.add_argument("--followups", type=int, help="follow-ups (default: one per contact)")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    followups = args.followups if args.followups is not None else args.n
    with tempfile.TemporaryDirectory() as tmp:
        open_store(Path(tmp) / "bench.db")
        start = time.perf_counter()
        build(args.n, args.n * 5, followups, random.Random(4))
        print(
            f"built {args.n:,} contacts, {args.n * 5:,} activities, {followups:,} follow-ups"
            f" in {time.perf_counter() - start:.1f} s"
        )
        ok = report(FollowUpService(FixedClock(NOW, "UTC")), args.repeat)
        close_store()
    return 0 if ok else 1


def report(fs: FollowUpService, repeat: int) -> bool:
    base_ms, base_rows = timed(scan_baseline, repeat)
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
