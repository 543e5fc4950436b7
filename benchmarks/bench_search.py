"""Search benchmark: search-as-you-type at 100,000 contacts.

Targets (issue 2): p95 <= 10 ms for the full id list of a prefix query, <= 2 ms for the first
page; baseline: bare FTS5 MATCH on the same index. Run: .venv/bin/python benchmarks/bench_search.py
"""

from __future__ import annotations

import argparse
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


def timed(fn: Callable[[str], object], queries: list[str]) -> list[float]:
    out = []
    for q in queries:
        start = time.perf_counter()
        fn(q)
        out.append(time.perf_counter() - start)
    return out


def queries_from_book(conn, rng: random.Random, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    names = [
        r[0] for r in conn.execute("SELECT display_name FROM contact ORDER BY random() LIMIT 500")
    ]
    words = [w for n in names for w in n.split() if len(w) >= 4]
    phones = [r[0] for r in conn.execute("SELECT value FROM phone ORDER BY random() LIMIT 100")]
    typed = [w[: rng.randint(2, 4)] for w in rng.sample(words, count * 3 // 4)]
    digits = [
        "".join(ch for ch in p if ch.isdigit())[-6:-2] for p in rng.sample(phones, count // 4)
    ]
    return typed + digits


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()

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

    report(
        "full id list (sorted by name)", timed(service.ids, queries), timed(bare_all, queries), 10
    )
    first_page = timed(lambda q: service.ids(q, limit=PAGE), queries)
    report(f"first page ({PAGE} rows, sorted)", first_page, timed(bare_page, queries), 2)
    hits = [len(service.ids(q)) for q in queries]
    print(
        f"queries: {len(queries)}, matches per query: median {statistics.median(hits):.0f}, max {max(hits)}"
    )


def report(label: str, ours: list[float], base: list[float], target_ms: float) -> None:
    mine, bare = p95(ours), p95(base)
    verdict = "OK" if mine <= target_ms else "OVER TARGET"
    print(
        f"{label:34s} p95 {mine:7.2f} ms  (bare FTS5 {bare:6.2f} ms, ratio {mine / bare:5.2f}x)"
        f"  target <= {target_ms} ms: {verdict}"
    )


if __name__ == "__main__":
    main()
