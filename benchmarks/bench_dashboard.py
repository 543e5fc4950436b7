"""Benchmark: the dashboard's data and the pipeline board at 100,000 contacts, 20,000 deals
and 500,000 activities (issue 13: dashboard ≤ 0.3 s, board ≤ 0.2 s), each beside a bare-query
baseline measured in the same run on the same book.

The book is generated with bulk inserts on the raw connection (set-up, not measured): contacts
with emails (some invalid, some shared), phones (some that do not parse), addresses (some
without a postcode), activities over two years, deals over the stages in two currencies with
owners, follow-ups, lifecycle history (customers from won deals) and one sent campaign.

    .venv/bin/python benchmarks/bench_dashboard.py             # issue sizes
    .venv/bin/python benchmarks/bench_dashboard.py --n 10000   # quick check
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
from rolodex.sales import dashboard, money, pipeline  # noqa: E402
from rolodex.services.crm_time import to_db  # noqa: E402

NOW = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)
DASHBOARD_BUDGET, BOARD_BUDGET = 0.3, 0.2
LAST_CONTACTED = (
    "UPDATE contact SET last_contacted = (SELECT MAX(occurred_at) FROM activity"
    " WHERE contact_id = contact.id AND kind != 'note' AND deleted_at IS NULL)"
)


def iso(moment: datetime) -> str:
    return to_db(moment)


def _ago(rng: random.Random, days: int) -> str:
    return iso(NOW - timedelta(minutes=rng.randint(0, days * 24 * 60)))


def _contacts(conn: Any, n: int, rng: random.Random, stamp: str) -> None:
    conn.executemany(
        "INSERT INTO contact (id, given, family, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        [(i, f"Given{i}", f"Family{i}", stamp, stamp) for i in range(1, n + 1)],
    )
    values = [
        (i, f"p{i % (n - n // 50)}@example.no" if i % 40 else f"bad {i}")
        for i in range(1, n + 1)
        if i % 7
    ]
    emails = [(i, value, value.lower()) for i, value in values]
    conn.executemany("INSERT INTO email (contact_id, value, value_key) VALUES (?, ?, ?)", emails)
    phones = [
        (i, f"+47 9{i:07d}", "" if i % 25 == 0 else f"+479{i:07d}")
        for i in range(1, n + 1)
        if i % 3
    ]
    conn.executemany("INSERT INTO phone (contact_id, value, e164) VALUES (?, ?, ?)", phones)
    addresses = [
        (i, f"Gate {i}", "Oslo", "" if i % 9 == 0 else "0150", "NO")
        for i in range(1, n + 1)
        if i % 2
    ]
    conn.executemany(
        "INSERT INTO address (contact_id, street, city, postal_code, country) VALUES (?, ?, ?, ?, ?)",
        addresses,
    )


def _activities(conn: Any, n: int, count: int, rng: random.Random, stamp: str) -> None:
    rows = [
        (rng.randint(1, n), rng.choice(("call", "email", "meeting", "note")), _ago(rng, 730), stamp)
        for _ in range(count)
    ]
    conn.executemany(
        "INSERT INTO activity (contact_id, kind, occurred_at, created_at) VALUES (?, ?, ?, ?)", rows
    )
    dues = [NOW + timedelta(days=rng.randint(-60, 60)) for _ in range(n // 10)]
    conn.executemany(
        "INSERT INTO followup (contact_id, due_at, due_local, timezone, created_at)"
        " VALUES (?, ?, ?, 'UTC', ?)",
        [(rng.randint(1, n), iso(d), d.date().isoformat(), stamp) for d in dues],
    )


def _deals(conn: Any, n: int, count: int, rng: random.Random, stamp: str) -> None:
    stages = [row[0] for row in conn.execute("SELECT id FROM stage ORDER BY position")]
    deals, changes, lifecycle = [], [], []
    for i in range(1, count + 1):
        contact, stage = rng.randint(1, n), rng.choice(stages)
        closed = _ago(rng, 900)
        deals.append((i, contact, f"Deal {i}", rng.randint(1, 500_000) * 100, rng.choice(("NOK",) * 9 + ("EUR",)),
                      stage, rng.choice(("kari", "ola", "per", "")), (NOW + timedelta(days=rng.randint(-30, 120))).date().isoformat(),
                      closed, stamp, stamp))  # fmt: skip
        changes.append((i, closed, stage))
        if stage == stages[4]:
            lifecycle.append((contact, closed, "customer"))
    conn.executemany(
        "INSERT INTO deal (id, contact_id, title, value_minor, currency, stage_id, owner,"
        " expected_close, closed_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        deals,
    )
    conn.executemany(
        "INSERT INTO deal_stage_change (deal_id, changed_at, to_stage_id) VALUES (?, ?, ?)", changes
    )
    firsts = {}
    for contact, at, stage in sorted(lifecycle, key=lambda r: r[1]):
        firsts.setdefault(contact, (contact, at, stage, 1))
    conn.executemany(
        "INSERT INTO lifecycle_change (contact_id, changed_at, to_stage, latest) VALUES (?, ?, ?, ?)",
        list(firsts.values()),
    )


def _campaign(conn: Any, n: int, stamp: str) -> None:
    conn.execute(
        "INSERT INTO campaign (id, name, channel, created_at, sent_at) VALUES (1, 'Spring', 'letter', ?, ?)",
        (stamp, stamp),
    )
    conn.executemany(
        "INSERT INTO campaign_recipient (campaign_id, contact_id, name) VALUES (1, ?, ?)",
        [(i, f"Given{i}") for i in range(1, min(n, 5000) + 1)],
    )
    conn.executemany(
        "INSERT INTO campaign_response (campaign_id, contact_id, outcome, answered_at) VALUES (1, ?, ?, ?)",
        [
            (i, ("interested", "not_interested", "no_answer")[i % 3], stamp)
            for i in range(1, min(n, 5000) + 1, 4)
        ],
    )


def build(n: int, deals: int, activities: int) -> None:
    """Fill the bound SQLite book."""
    rng, stamp = random.Random(13), iso(NOW)
    conn = database.connection()
    with database.atomic():
        _contacts(conn, n, rng, stamp)
        _activities(conn, n, activities, rng, stamp)
        _deals(conn, n, deals, rng, stamp)
        _campaign(conn, n, stamp)
        conn.execute(LAST_CONTACTED)
        conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('main_currency', 'NOK')")
    conn.execute("ANALYZE")


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(median, best) seconds over ``repeat`` runs, after one warm-up."""
    fn()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), min(runs)


BARE_PIPELINE = (
    "SELECT d.stage_id, d.currency, COUNT(*), SUM(d.value_minor),"
    " SUM(d.value_minor * COALESCE(d.probability, s.probability))"
    " FROM deal d JOIN stage s ON s.id = d.stage_id WHERE d.deleted_at IS NULL"
    " GROUP BY d.stage_id, d.currency"
)
BARE_BOARD = (
    "SELECT id, title, value_minor, currency, stage_id, contact_id, expected_close FROM deal"
)
BARE_COUNTS = "SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL AND last_contacted IS NULL"


def bare(*sql: str) -> Callable[[], object]:
    def run() -> object:
        return [database.execute_sql(q).fetchall() for q in sql]

    return run


def report(
    name: str, figures: tuple[float, float], baseline: tuple[float, float], budget: float
) -> bool:
    (median, best), (bare_median, _) = figures, baseline
    verdict = "ok" if median <= budget else "OVER"
    print(f"{name:<22} median {median * 1000:7.1f} ms  best {best * 1000:7.1f} ms   "
          f"bare {bare_median * 1000:6.1f} ms ({median / bare_median:4.1f}x)   budget {budget * 1000:.0f} ms: {verdict}")  # fmt: skip
    return median <= budget


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="contacts")
    parser.add_argument("--deals", type=int, default=None)
    parser.add_argument("--activities", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    deals = args.deals or args.n // 5
    activities = args.activities or args.n * 5
    with tempfile.TemporaryDirectory() as folder:
        open_store(Path(folder) / "bench.db")
        started = time.perf_counter()
        build(args.n, deals, activities)
        print(f"built {args.n:,} contacts, {deals:,} deals, {activities:,} activities in "
              f"{time.perf_counter() - started:.1f} s (SQLite)")  # fmt: skip
        clock = FixedClock(NOW)
        dashboard.load(clock)  # the first run applies the lifecycle rules (writes): set-up
        assert money.main_currency() == "NOK"
        board_ok = report("pipeline board", timed(open_board, args.repeat),
                          timed(bare(BARE_BOARD, BARE_PIPELINE), args.repeat), BOARD_BUDGET)  # fmt: skip
        dash_ok = report("dashboard data", timed(lambda: dashboard.load(clock), args.repeat),
                         timed(bare(BARE_PIPELINE, BARE_COUNTS), args.repeat), DASHBOARD_BUDGET)  # fmt: skip
        first = timed(lambda: (_forget(), dashboard.load(clock)), args.repeat)
        print(
            f"dashboard, first open   median {first[0] * 1000:7.1f} ms  (data-quality counts not kept yet)"
        )
        _parts(clock, args.repeat)
        close_store()
    return 0 if board_ok and dash_ok else 1


def open_board() -> object:
    """What opening the board costs: the columns' totals and ids, and the first page of
    cards of every column (what is on screen)."""
    from rolodex.sales.deals import DealService

    columns = pipeline.board()
    service = DealService()
    return [service.by_ids(ids[:FIRST_PAGE]) for _, ids in columns]


FIRST_PAGE = 50


def _forget() -> None:
    from rolodex.sales import quality

    quality._cache.clear()


def _parts(clock: FixedClock, repeat: int) -> None:
    """Where the dashboard's time goes."""
    from rolodex.sales import lifecycle, quality, retention

    parts: dict[str, Callable[[], object]] = {
        "  rules": lambda: lifecycle.apply_rules(clock.now()),
        "  follow-ups": lambda: dashboard.follow_up_counts(clock),
        "  pipeline": pipeline.pipeline,
        "  retention x2": lambda: (retention.retention(2026), retention.retention(2025)),
        "  neglected": lambda: retention.neglected_count(90, clock.now()),
        "  quality (kept)": quality.counts,
        "  quality (first)": lambda: (quality._cache.clear(), quality.counts()),
    }
    for name, fn in parts.items():
        median, _ = timed(fn, repeat)
        print(f"{name:<22} median {median * 1000:7.1f} ms")


if __name__ == "__main__":
    sys.exit(main())
