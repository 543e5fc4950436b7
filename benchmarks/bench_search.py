"""Search benchmark: search-as-you-type at 100,000 contacts.

Targets (issue 2): p95 <= 10 ms for the full id list of a prefix query, <= 2 ms for the first
page; baseline: bare FTS5 MATCH on the same index. Run: .venv/bin/python benchmarks/bench_search.py
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bookgen import generated_book  # noqa: E402

PAGE = 50


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18] * 1000


CPU: list[float] = []  # CPU seconds of each call of the last timed(), beside its wall clock


def timed(fn: Callable[[str], object], queries: list[str]) -> list[float]:
    """Wall-clock seconds of ``fn(q)`` for each query; their CPU seconds go to ``CPU`` (on a
    shared machine the CPU time says how much work it was, the wall clock how long it took)."""
    out: list[float] = []
    CPU[:] = []
    for q in queries:
        start, cpu = time.perf_counter(), time.process_time()
        fn(q)
        out.append(time.perf_counter() - start)
        CPU.append(time.process_time() - cpu)
    return out


def queries_from_book(conn, rng: random.Random, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The same queries for the same book and seed in every run (SQL's random() is not seeded:
    runs to compare must search for the same things)."""
    names = _sample(conn, rng, "display_name", "contact", 500)
    words = [w for n in names for w in n.split() if len(w) >= 4]
    phones = _sample(conn, rng, "value", "phone", 100)
    typed = [w[: rng.randint(2, 4)] for w in rng.sample(words, count * 3 // 4)]
    digits = [
        "".join(ch for ch in p if ch.isdigit())[-6:-2] for p in rng.sample(phones, count // 4)
    ]
    return typed + digits


def _sample(conn, rng: random.Random, column: str, table: str, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    """``count`` values of ``column`` from rows picked by id (not every row read: a million
    names would be the benchmark's own memory peak)."""
    top = conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
    picked = sorted(rng.sample(range(1, top + 1), min(count, top)))  # ids: few gaps if any
    marks = ", ".join("?" * len(picked))
    sql = f"SELECT {column} FROM {table} WHERE id IN ({marks}) ORDER BY id"
    return [r[0] for r in conn.execute(sql, picked)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    print(f"load average at the start: {os.getloadavg()}")

    from rolodex.db import database, open_store
    from rolodex.services.contacts import ContactService
    from rolodex.store.sqlite.search import build_match

    open_store(generated_book(args.n))
    conn = database.connection()
    service = ContactService()
    queries = queries_from_book(conn, random.Random(3), args.queries)
    for q in queries[:20]:  # warm the page cache like a running app
        service.ids(q)

    def bare_all(q: str) -> object:
        return conn.execute(
            "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?", (build_match(q),)
        ).fetchall()

    def bare_page(q: str) -> object:
        return conn.execute(
            f"SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT {PAGE}",
            (build_match(q),),
        ).fetchall()

    ours, ours_cpu = timed(service.ids, queries), list(CPU)
    report("full id list (sorted by name)", ours, timed(bare_all, queries), 10, ours_cpu)
    first_page, page_cpu = timed(lambda q: service.ids(q, limit=PAGE), queries), list(CPU)
    report(f"first page ({PAGE} rows, sorted)", first_page, timed(bare_page, queries), 2, page_cpu)
    hits = [len(service.ids(q)) for q in queries]
    print(
        f"queries: {len(queries)}, matches per query: median {statistics.median(hits):.0f}, max {max(hits)}"
    )
    print(f"load average at the end: {os.getloadavg()}")


def report(
    label: str, ours: list[float], base: list[float], target_ms: float, cpu: list[float]
) -> None:
    mine, bare, base_cpu = p95(ours), p95(base), p95(CPU)
    verdict = "OK" if mine <= target_ms else "OVER TARGET"
    print(
        f"{label:34s} p95 {mine:7.2f} ms  (bare FTS5 {bare:6.2f} ms, ratio {mine / bare:5.2f}x)"
        f"  target <= {target_ms} ms: {verdict}\n{'':34s} median {median(ours):.2f} ms"
        f" (bare {median(base):.2f}); CPU p95 {p95(cpu):.2f} ms (bare {base_cpu:.2f})"
    )


def median(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


if __name__ == "__main__":
    main()
