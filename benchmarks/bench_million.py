"""Speed at 1,000,000 contacts on SQLite (issue 10): search p95 <= 30 ms, list shown <= 0.3 s,
memory <= 200 MiB.

Run: ``.venv/bin/python benchmarks/bench_million.py`` (``--n 100000`` for a quick check). The
book is generated once (benchmarks/million_book.py) and cached in ``<tmp>/rolodex-bench``.

Each figure is printed beside a baseline measured in the same run, with the ratio:

1. list shown: a fresh process opens the book and the app's list model
   (``ContactTableModel.reload``) has its total count and first page of rows; baseline: bare
   sqlite3 reading the count and the first page of ids by sort position. Median of 3 processes.
2. search over bench_search's query set (2-4 letter prefixes of names, 4-digit phone
   fragments): the full sorted id list (``ContactService.ids``, as bench_search), the search as
   the list model gets it (``listed_ids``: the count and the first page, the rest read lazily)
   and the first page alone; baseline: bare FTS5 MATCH on the same index (every rowid, or the
   first page). The first search after opening is shown apart.
3. search as you type: words typed a letter at a time through the list model (``set_filter``,
   then the first page's rows, as the view paints them) and cleared back to the whole book;
   baseline: bare FTS5 MATCH for each keystroke.
4. memory: the peak RSS of this process after all of the above (the model, the rank cache and
   the position map held); baseline: its RSS with everything imported, before the book opened.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bench_search import p95, queries_from_book  # noqa: E402
from million_book import million_book  # noqa: E402

PAGE = 50
MIB = 1024 * 1024
ROOT = Path(__file__).resolve().parents[1]


CPU: list[float] = []  # CPU seconds of each call of the last timed(), beside its wall clock


def timed(fn: Callable[[str], object], queries: list[str]) -> list[float]:
    """Wall-clock seconds of ``fn(q)`` for each query; their CPU seconds go to ``CPU`` (on a
    shared machine the CPU time says how much work it was, the wall clock how long it took)."""
    wall, CPU[:] = [], []
    for q in queries:
        start, cpu = time.perf_counter(), time.process_time()
        fn(q)
        wall.append(time.perf_counter() - start)
        CPU.append(time.process_time() - cpu)
    return wall


def rss_mib() -> float:
    import psutil

    return float(psutil.Process().memory_info().rss) / MIB


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def open_list(book: Path) -> tuple[Any, float, float]:
    """Open the book and show its list through the app's model: (model, seconds, CPU seconds).
    Imported before the clock starts, as the app has them when it opens a book."""
    from rolodex.db import open_store
    from rolodex.services.contacts import ContactService
    from rolodex.ui.contacts.model import ContactTableModel

    started, cpu = time.perf_counter(), time.process_time()
    open_store(book)
    model = ContactTableModel(ContactService())
    model.reload()
    first_page(model)
    return model, time.perf_counter() - started, time.process_time() - cpu


def first_page(model: Any) -> int:
    """What the view asks for on paint: the row count and the first page's names."""
    rows = int(model.rowCount())
    for row in range(min(PAGE, rows)):
        model.data(model.index(row, 0))
    return rows


def bare_list(book: Path) -> float:
    started = time.perf_counter()
    conn = sqlite3.connect(book)
    conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()
    sql = "SELECT id, display_name FROM contact WHERE deleted_at IS NULL ORDER BY sortpos LIMIT ?"
    conn.execute(sql, (PAGE,)).fetchall()
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def child_list(book: Path) -> None:
    """In a fresh process: list shown, its baseline and the RSS with the list shown."""
    from PySide6.QtCore import QCoreApplication

    _app = QCoreApplication([])
    model, seconds, cpu = open_list(book)
    figures = {"shown": seconds, "cpu": cpu, "rows": model.rowCount(), "rss": rss_mib()}
    print(json.dumps({**figures, "bare": bare_list(book)}))


def list_in_fresh_processes(book: Path, runs: int) -> list[dict[str, float]]:
    command = [sys.executable, __file__, "--child-list", str(book)]
    out = []
    for _ in range(runs):
        done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
        out.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return out


def typing_sequence(conn: sqlite3.Connection, rng: random.Random, words: int) -> list[str]:
    """Keystrokes: words from names typed a letter at a time, each cleared afterwards."""
    names = [r[0] for r in conn.execute("SELECT display_name FROM contact LIMIT 2000")]
    pool = [w for n in names for w in n.split() if len(w) >= 5]
    typed = []
    for word in rng.sample(pool, words):
        typed += [word[:i] for i in range(1, 6)] + [""]
    return typed


def report(label: str, mine: float, base: float, unit: str, budget: float | None) -> None:
    verdict = (
        ""
        if budget is None
        else f"  target <= {budget:g} {unit}: " + ("OK" if mine <= budget else "OVER TARGET")
    )
    ratio = f"ratio {mine / base:5.2f}x" if base else "ratio    -"
    print(f"{label:38s} {mine:8.2f} {unit:3s} (baseline {base:8.2f} {unit}, {ratio}){verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--words", type=int, default=10, help="words typed letter by letter")
    parser.add_argument("--child-list", metavar="BOOK", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_list:
        child_list(Path(args.child_list))
        return
    import compileall
    import os

    compileall.compile_dir(str(ROOT / "rolodex"), quiet=1)  # as installed (as bench_ui does)
    book = million_book(args.n)

    print(f"book: {book} ({book.stat().st_size / MIB:,.0f} MiB); load average {os.getloadavg()}")
    measure(book, args)
    print(f"load average at the end: {os.getloadavg()}")


def measure(book: Path, args: argparse.Namespace) -> None:
    from PySide6.QtCore import QCoreApplication

    from rolodex.db import database
    from rolodex.services.contacts import ContactService
    from rolodex.store.sqlite.search import build_match

    _app = QCoreApplication([])
    before_open = rss_mib()
    model, shown_here, cpu_here = open_list(book)
    rows, shown_rss = model.rowCount(), rss_mib()
    children = list_in_fresh_processes(book, 2)
    shown = statistics.median([shown_here, *(c["shown"] for c in children)])
    cpu = statistics.median([cpu_here, *(c["cpu"] for c in children)])
    bare = statistics.median([bare_list(book), *(c["bare"] for c in children)])
    print(f"\n{rows:,} contacts")
    report("list shown (open -> count + page)", shown, bare, "s", 0.3)
    runs = [round(x, 3) for x in (shown_here, *(c["shown"] for c in children))]
    print(f"  CPU time {cpu:.3f} s (median); each run {runs} s")
    conn = database.connection()
    service = ContactService()
    queries = queries_from_book(conn, random.Random(3), args.queries)
    first = timed(service.ids, queries[:1])[0]
    first_bare = timed(lambda q: bare_ids(conn, build_match(q)), queries[:1])[0]
    report("first search (reads the position map)", first * 1000, first_bare * 1000, "ms", None)
    for q in queries[:20]:  # warm the page cache like a running app
        service.ids(q)
    ours, ours_cpu = timed(service.ids, queries), p95(CPU)
    base = timed(lambda q: bare_ids(conn, build_match(q)), queries)
    report("search, full sorted id list p95", p95(ours), p95(base), "ms", 30)
    report("  the same, CPU time p95", ours_cpu, p95(CPU), "ms", None)
    ours, ours_cpu = timed(lambda q: listed_page(q), queries), p95(CPU)
    base = timed(lambda q: bare_ids(conn, build_match(q)), queries)
    report("search as the list gets it p95", p95(ours), p95(base), "ms", 30)
    report("  the same, CPU time p95", ours_cpu, p95(CPU), "ms", None)
    ours, ours_cpu = timed(lambda q: service.ids(q, limit=PAGE), queries), p95(CPU)
    base = timed(lambda q: bare_ids(conn, build_match(q), PAGE), queries)
    report(f"search, first page ({PAGE}) p95", p95(ours), p95(base), "ms", None)
    report("  the same, CPU time p95", ours_cpu, p95(CPU), "ms", None)
    hits = sorted(len(service.ids(q)) for q in queries)
    print(f"  matches per query: median {statistics.median(hits):,.0f}, max {hits[-1]:,}")
    keys = typing_sequence(conn, random.Random(5), args.words)
    typing(model, conn, keys, build_match)
    peak = peak_rss_mib()
    report("memory, peak RSS", peak, before_open, "MiB", 200)
    print(f"  RSS: {before_open:.0f} MiB before opening, {shown_rss:.0f} with the list shown,")
    print(f"  {rss_mib():.0f} now; list shown in a fresh process: {children[0]['rss']:.0f} MiB")


def typing(
    model: Any, conn: sqlite3.Connection, keys: list[str], match: Callable[..., Any]
) -> None:
    def keystroke(text: str) -> None:
        model.set_filter(text)
        first_page(model)

    ours, ours_cpu = timed(keystroke, keys), p95(CPU)
    base = timed(lambda q: bare_ids(conn, match(q)) if q else bare_everything(conn), keys)
    label = f"search as you type, p95 ({len(keys)} keys)"
    report(label, p95(ours), p95(base), "ms", None)
    report("  the same, CPU time p95", ours_cpu, p95(CPU), "ms", None)
    slowest = max(range(len(keys)), key=lambda i: ours[i])
    print(f"  slowest keystroke {ours[slowest] * 1000:.1f} ms ({keys[slowest]!r})")


def listed_page(query: str) -> list[int]:
    """What the list model asks for a search: the count and the first page of ids (lazy)."""
    from rolodex.services.search import listed_ids

    ids = listed_ids(query, None)
    return [len(ids), *ids[:PAGE]]


def bare_ids(conn: Any, expression: str | None, limit: int | None = None) -> object:
    sql = "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?"
    sql += f" LIMIT {limit}" if limit else ""
    return conn.execute(sql, (expression,)).fetchall()


def bare_everything(conn: Any) -> object:
    conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()
    sql = "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY sortpos LIMIT ?"
    return conn.execute(sql, (PAGE,)).fetchall()


if __name__ == "__main__":
    main()
