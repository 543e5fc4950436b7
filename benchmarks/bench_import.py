"""Benchmark the whole import (read, normalise, match, write) against bare vobject.

Throughput: N generated vCards (default 10,000; Faker no_NO/lt_LT/ru_RU/en_US, written by the
project's vCard writer) parsed with bare ``vobject.readComponents`` (baseline) vs imported into
a fresh book with ``run_import`` (target ≥ 0.8× the baseline). The reader alone is timed too,
so the service's own share (matching, merging, database writes) is visible.

Memory: importing files of 10,000 and of 100,000 cards, each in a fresh process; the peak RSS
should stay about the same (cards are streamed and written in chunks, never all held).

With ``--pg`` the same file is also imported into a fresh database on the PostgreSQL server
``ROLODEX_TEST_PG_URL`` names (``bash packaging/with-test-servers.sh`` starts one and sets it),
in the same run, alternating with the others.

Run: ``.venv/bin/python benchmarks/bench_import.py [--n 10000] [--memory-n 100000]
[--skip-memory] [--profile] [--pg]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bookgen import fake_contacts  # noqa: E402

from rolodex.records import ContactData, LabeledValue, Phone  # noqa: E402

POOL = 10_000


def unique_contacts(total: int, pool: list[ContactData]) -> Iterator[ContactData]:
    """``total`` distinct contacts cycling through ``pool`` (unique email and phone each)."""
    for i in range(total):
        base = pool[i % len(pool)]
        user, _, domain = base.emails[0].value.partition("@")
        yield replace(
            base,
            emails=[LabeledValue(f"{user}.{i}@{domain}", "work", True)],
            phones=[Phone(f"+47 4{i:07d}", "mobile", True)],
        )


def write_file(path: Path, total: int, pool: list[ContactData]) -> None:
    from rolodex.exporters.vcard import write_vcards

    with path.open("wb") as fh:
        write_vcards(unique_contacts(total, pool), fh)


def bare_vobject(path: Path) -> tuple[int, float]:
    import vobject

    start = time.perf_counter()
    text = path.read_text(encoding="utf-8")
    count = sum(1 for _ in vobject.readComponents(text))
    return count, time.perf_counter() - start


def reader_only(path: Path) -> tuple[int, float]:
    from rolodex.importers.vcard_reader import read_vcards

    start = time.perf_counter()
    count = sum(1 for _ in read_vcards(path))
    return count, time.perf_counter() - start


def full_import(
    path: Path, folder: Path, profile: bool = False, where: str | None = None
) -> tuple[int, float]:
    from rolodex.db import close_store
    from rolodex.services import prefs
    from rolodex.services.importing.service import run_import
    from rolodex.store import open_book

    open_book(where or folder / f"book-{time.monotonic_ns()}.db")
    prefs.put(prefs.PHONE_REGION, "NO")
    start = time.perf_counter()
    if profile:
        import cProfile
        import pstats

        with cProfile.Profile() as prof:
            result = run_import([path], "skip", report_path=folder / "report.txt")
        pstats.Stats(prof).sort_stats("cumulative").print_stats(35)
    else:
        result = run_import([path], "skip", report_path=folder / "report.txt")
    elapsed = time.perf_counter() - start
    close_store()
    assert not result.errors, result.errors[:3]
    return result.imported + result.skipped, elapsed  # a few generated people share name + firm


def server_import(path: Path, folder: Path, server: str) -> tuple[int, float]:
    """Import into a fresh database on the server (created and dropped around the run)."""
    from urllib.parse import urlsplit

    import psycopg

    name = f"bench_import_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        return full_import(path, folder, where=urlsplit(server)._replace(path=f"/{name}").geturl())
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def throughput(n: int, profile: bool, repeat: int, server: str | None = None) -> None:
    """Best of ``repeat`` runs of each (they alternate, so load affects them alike)."""
    pool = fake_contacts(min(n, POOL))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "cards.vcf"
        write_file(path, n, pool)
        runs = [
            (
                bare_vobject(path),
                reader_only(path),
                full_import(path, folder, profile),
                server_import(path, folder, server) if server else (n, 0.0),
            )
            for _ in range(repeat)
        ]
    (base_n, base_s), (read_n, read_s), (imp_n, imp_s), (pg_n, pg_s) = (
        min((r[i] for r in runs), key=lambda m: m[1]) for i in range(4)
    )
    assert base_n == read_n == imp_n == pg_n == n, (base_n, read_n, imp_n, pg_n)
    base = rate(base_n, base_s)
    print(f"Import of {n:,} generated vCards (same file, same run, best of {repeat})")
    print(f"  baseline vobject.readComponents : {base:8.0f} cards/s ({base_s:.2f} s)")
    print(
        f"  read_vcards (reader alone)      : {rate(read_n, read_s):8.0f} cards/s"
        f" ({read_s:.2f} s)  ratio {rate(read_n, read_s) / base:.2f}"
    )
    print(
        f"  run_import (read+match+write)   : {rate(imp_n, imp_s):8.0f} cards/s"
        f" ({imp_s:.2f} s)  ratio {rate(imp_n, imp_s) / base:.2f}  (target >= 0.80)"
    )
    print(f"  service share of import time    : {(imp_s - read_s) / imp_s:.0%}")
    if server:
        print(
            f"  run_import into PostgreSQL      : {rate(pg_n, pg_s):8.0f} cards/s"
            f" ({pg_s:.2f} s)  ratio {rate(pg_n, pg_s) / base:.2f}"
        )


def memory(sizes: list[int]) -> None:
    print("Peak RSS while importing (fresh process each)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pool = fake_contacts(POOL)
        for size in sizes:
            path = folder / f"cards-{size}.vcf"
            write_file(path, size, pool)
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(path)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            figures = json.loads(out.strip().splitlines()[-1])
            print(
                f"  {size:>7,} cards: peak RSS {figures['peak_mb']:6.1f} MiB"
                f" (before import {figures['start_mb']:.1f} MiB), {figures['rate']:.0f} cards/s"
            )
            path.unlink()


def peak_rss_mb() -> float:
    """This process's peak RSS. Linux's VmHWM, since ``ru_maxrss`` survives exec and would
    report the parent's size; elsewhere ``ru_maxrss``."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def child(path: Path) -> None:
    """Import one file into a fresh book and print peak RSS as JSON (run in a subprocess)."""
    import rolodex.importers.vcard_reader  # noqa: F401  (imports count as start-up, not import)
    import rolodex.services.importing.service  # noqa: F401

    start_mb = peak_rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        count, seconds = full_import(path, Path(tmp))
    peak_mb = peak_rss_mb()
    print(json.dumps({"start_mb": start_mb, "peak_mb": peak_mb, "rate": rate(count, seconds)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="cards for the throughput test")
    parser.add_argument("--memory-n", type=int, default=100_000, help="the large file's cards")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--repeat", type=int, default=2, help="best of this many runs")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of run_import")
    parser.add_argument("--pg", action="store_true", help="also import into ROLODEX_TEST_PG_URL")
    parser.add_argument("--child", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child))
        return
    server = os.environ.get("ROLODEX_TEST_PG_URL") if args.pg else None
    if args.pg and not server:
        parser.error("--pg needs ROLODEX_TEST_PG_URL (run under packaging/with-test-servers.sh)")
    throughput(args.n, args.profile, 1 if args.profile else args.repeat, server)
    if not args.skip_memory:
        memory([min(10_000, args.memory_n), args.memory_n])


if __name__ == "__main__":
    main()
