"""Benchmark: the dashboard's data and the pipeline board at 100,000 contacts, 20,000 deals
and 500,000 activities (issue 13: dashboard ≤ 0.3 s, board ≤ 0.2 s), each beside a bare-query
baseline measured in the same run on the same book.

The book is generated with bulk inserts on the raw connection (set-up, not measured): contacts
with emails (some invalid, some shared), phones (some that do not parse), addresses (some
without a postcode), activities over two years, deals over the stages in two currencies with
owners, follow-ups, lifecycle history (customers from won deals) and one sent campaign.

    .venv/bin/python benchmarks/bench_dashboard.py             # issue sizes, SQLite
    .venv/bin/python benchmarks/bench_dashboard.py --n 10000   # quick check
    bash packaging/with-test-servers.sh .venv/bin/python benchmarks/bench_dashboard.py
                                                               # SQLite, then PostgreSQL

On PostgreSQL the same generated book is copied into a fresh database (COPY, set-up) and
measured the same way (bench_dashboard_pg.py).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rolodex.clock import FixedClock  # noqa: E402
from rolodex.db import close_store, database, open_store  # noqa: E402
from rolodex.sales import dashboard, money, pipeline  # noqa: E402
from rolodex.services.crm.times import to_db  # noqa: E402

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


@dataclass(frozen=True)
class Figures:
    """Wall-clock median, p95 and best, and the median CPU time of this process, in seconds."""

    median: float
    p95: float
    best: float
    cpu: float


def timed(fn: Callable[[], object], repeat: int) -> Figures:
    """Figures over ``repeat`` runs, after one warm-up."""
    fn()
    runs, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        runs.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    runs.sort()
    p95 = runs[min(len(runs) - 1, round(0.95 * (len(runs) - 1)))]
    return Figures(statistics.median(runs), p95, runs[0], statistics.median(cpu))


BARE_PIPELINE = (
    "SELECT d.stage_id, d.currency, COUNT(*), SUM(d.value_minor),"
    " SUM(d.value_minor * COALESCE(d.probability, s.probability))"
    " FROM deal d JOIN stage s ON s.id = d.stage_id WHERE d.deleted_at IS NULL"
    " GROUP BY d.stage_id, d.currency"
)
BARE_STAGE_PAGE = (
    "SELECT id FROM deal WHERE deleted_at IS NULL AND stage_id = {stage}"
    " ORDER BY COALESCE(expected_close, '9999'), id LIMIT 50"
)
BARE_CARDS = (
    "SELECT d.id, d.title, d.value_minor, d.currency, d.expected_close, d.owner, c.given,"
    " c.family, co.name FROM deal d LEFT JOIN contact c ON c.id = d.contact_id"
    " LEFT JOIN company co ON co.id = d.company_id WHERE d.id IN ({ids})"
)
BARE_COUNTS = "SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL AND last_contacted IS NULL"


def bare_board() -> Callable[[], object]:
    """What the board reads, as bare SQL: the grouped totals, the first 50 ids of each stage
    and those deals' cards (deal, contact and company columns)."""
    stages = [row[0] for row in database.execute_sql("SELECT id FROM stage").fetchall()]

    def run() -> object:
        totals = database.execute_sql(BARE_PIPELINE).fetchall()
        ids = [str(i) for s in stages
               for (i,) in database.execute_sql(BARE_STAGE_PAGE.format(stage=s)).fetchall()]  # fmt: skip
        return totals, database.execute_sql(BARE_CARDS.format(ids=", ".join(ids))).fetchall()

    return run


def bare(*sql: str) -> Callable[[], object]:
    def run() -> object:
        return [database.execute_sql(q).fetchall() for q in sql]

    return run


def report(name: str, figures: Figures, baseline: Figures, budget: float) -> bool:
    ms = 1000
    verdict = "ok" if figures.median <= budget else "OVER"
    print(f"{name:<22} median {figures.median * ms:6.1f} ms  p95 {figures.p95 * ms:6.1f}  "
          f"best {figures.best * ms:6.1f}  cpu {figures.cpu * ms:6.1f}   bare median "
          f"{baseline.median * ms:5.1f} ms cpu {baseline.cpu * ms:5.1f} "
          f"({figures.median / baseline.median:4.1f}x)   "
          f"budget {budget * ms:.0f} ms: {verdict}")  # fmt: skip
    return figures.median <= budget


def uptime() -> str:
    """The load average over 1, 5 and 15 minutes (as ``uptime`` prints it)."""
    return ", ".join(f"{n:.2f}" for n in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="contacts")
    parser.add_argument("--deals", type=int, default=None)
    parser.add_argument("--activities", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("--pg-url", default=os.environ.get("ROLODEX_TEST_PG_URL"),
                        help="a PostgreSQL server whose user may create databases (the test "
                             "servers' by default); without one, SQLite only")  # fmt: skip
    return run(parser.parse_args())


def run(args: argparse.Namespace) -> int:
    """Build the book, measure it on SQLite, then (given a server) on PostgreSQL."""
    deals = args.deals or args.n // 5
    activities = args.activities or args.n * 5
    ok = True
    print(f"load average before: {uptime()}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        open_store(path)
        started = time.perf_counter()
        build(args.n, deals, activities)
        print(f"built {args.n:,} contacts, {deals:,} deals, {activities:,} activities in "
              f"{time.perf_counter() - started:.1f} s (SQLite)")  # fmt: skip
        ok = measure("SQLite", args.repeat) and ok
        close_store()
        if args.pg_url:
            from bench_dashboard_pg import copy_to_postgres

            url = copy_to_postgres(path, args.pg_url)
            ok = measure("PostgreSQL", args.repeat) and ok
            close_store()
            drop_postgres(args.pg_url, url)
        else:
            print("PostgreSQL: no server (run under packaging/with-test-servers.sh, or --pg-url)")
    print(f"load average after: {uptime()}")
    return 0 if ok else 1


def drop_postgres(server_url: str, url: str) -> None:
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {urlsplit(url).path[1:]} WITH (FORCE)")


def measure(backend: str, repeat: int) -> bool:
    """The board and the dashboard on the bound book, each beside its bare baseline."""
    clock = FixedClock(NOW)
    dashboard.load(clock)  # the first run applies the lifecycle rules (writes): set-up
    assert money.main_currency() == "NOK"
    print(f"-- {backend}")
    board_ok = report("pipeline board", timed(open_board, repeat),
                      timed(bare_board(), repeat), BOARD_BUDGET)  # fmt: skip
    shown = lambda: dashboard.load(clock, apply_rules=False, with_quality=False)  # noqa: E731
    dash_ok = report("dashboard data", timed(shown, repeat),
                     timed(bare(BARE_PIPELINE, BARE_COUNTS), repeat), DASHBOARD_BUDGET)  # fmt: skip
    first = timed(lambda: (_forget(), shown()), repeat)
    print(f"  the same, quality cache cold: median {first.median * 1000:6.1f} ms  p95 "
          f"{first.p95 * 1000:6.1f} (the app shows these numbers first; the quality panel and "
          "the day's lifecycle sweep follow on the worker thread)")  # fmt: skip
    _parts(clock, repeat)
    return board_ok and dash_ok


def open_board() -> object:
    """What opening the board reads: the totals by SQL aggregate and the first page of cards
    of every column (what is on screen). The filters read their choices when first opened."""
    return pipeline.board()


def _forget() -> None:
    from rolodex.sales import quality

    quality._cache.clear()


def _parts(clock: FixedClock, repeat: int) -> None:
    """Where the dashboard's time goes."""
    from rolodex.sales import lifecycle, quality, retention

    parts: dict[str, Callable[[], object]] = {
        "  rules (background)": lambda: lifecycle.apply_rules(clock.now()),
        "  dashboard with quality": lambda: dashboard.load(clock, apply_rules=False),
        "  follow-ups": lambda: dashboard.follow_up_counts(clock, "kari"),
        "  pipeline": pipeline.pipeline,
        "  retention x2": lambda: (retention.retention(2026), retention.retention(2025)),
        "  neglected": lambda: retention.neglected_count(90, clock.now()),
        "  quality panel (kept)": quality.counts,
        "  quality panel (cold)": lambda: (quality._cache.clear(), quality.counts()),
    }
    for name, fn in parts.items():
        figures = timed(fn, repeat)
        print(f"{name:<22} median {figures.median * 1000:6.1f} ms")


if __name__ == "__main__":
    sys.exit(main())
