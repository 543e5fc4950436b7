"""Search benchmark on PostgreSQL over loopback: search-as-you-type at 100,000 contacts.

Targets (issue 10): p95 <= 30 ms for the full id list of a query (in name order), <= 10 ms for
the first page; baseline in the same run: bare ``SELECT contact_id FROM contact_search WHERE
doc @@ query`` (no order) on the same index. The contacts are those of the generated SQLite
book (benchmarks/bookgen.py), copied into a fresh database on the server and indexed through
:class:`rolodex.store.postgres.search.PostgresSearch`; the same queries as bench_search.py.

Run: bash packaging/with-test-servers.sh .venv/bin/python benchmarks/bench_pg_search.py
(or --url postgresql://... of a server whose user may create databases).

The full list of a word search (names first, issue 12) took two GIN scans and two sorts (every
match, then the name matches again) and a set per word; since migration 15 one scan flags the
name matches (``rolodex_search_flagged``), one statement, and the kept name order is a list
indexed by id. Old code (258e9f9) and new on one database, 2026-12-01, 2 shared cores, p95 /
median ms of the full list (client CPU p95), this script's figures with the two in turn:
load 1.4-1.5: 30-34 / 3.8-4.3 (CPU 11-13) -> 20-26 / 2.4-3.2 (CPU 5-9), 2.1-2.5x -> 1.05-1.8x
the bare match; each query old and new in turn (fairer when others' bursts come and go), load
1.5-1.9: 38-70 / 4.8-7.7 (CPU 12-15) -> 28-56 / 3.0-3.8 (CPU 6-7), 1.9x -> 1.4-1.55x; the same
descending 2.2-2.4x -> 1.5-1.7x. The first page is unchanged (the same 1.8-2.4x both). With
the bare match at 14-16 ms p95 (an idle machine) that is ~21-24 ms for the full list.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).parent))

from bench_search import CPU, PAGE, p95, queries_from_book, timed  # noqa: E402
from bookgen import generated_book  # noqa: E402

from rolodex.store.search import IndexRow  # noqa: E402

CONTACT_COLUMNS = ("id", "display_name", "given", "family", "sort_key", "created_at", "updated_at")


def read_book(path: Path) -> tuple[list[tuple[Any, ...]], list[IndexRow]]:
    """The generated book's contacts (the columns search needs) and their index rows."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    contacts = conn.execute(
        f"SELECT {', '.join(CONTACT_COLUMNS)} FROM contact WHERE deleted_at IS NULL"
    ).fetchall()
    extra = conn.execute(
        "SELECT c.id, coalesce(co.name, ''), c.department, c.nickname, c.notes FROM contact c"
        " LEFT JOIN company co ON co.id = c.company_id"
    ).fetchall()
    many: dict[str, dict[int, list[str]]] = {}
    for key, sql in {
        "emails": "SELECT contact_id, value FROM email ORDER BY position",
        "phones": "SELECT contact_id, value FROM phone UNION ALL"
        " SELECT contact_id, e164 FROM phone WHERE e164 != ''",
        "cities": "SELECT contact_id, city FROM address ORDER BY position",
        "tags": "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id",
    }.items():
        many[key] = defaultdict(list)
        for cid, value in conn.execute(sql):
            many[key][cid].append(value)
    by_id = {row[0]: row for row in contacts}
    rows = []
    for cid, company, department, nickname, notes in extra:
        if cid not in by_id:
            continue
        _, display, given, family = by_id[cid][:4]
        name = " ".join(dict.fromkeys(n for n in (display, nickname, given, family) if n))
        rows.append(IndexRow(
            cid, name, " ".join(p for p in (company, department) if p), many["emails"][cid],
            many["cities"][cid], many["tags"][cid], notes, many["phones"][cid],
        ))
    conn.close()
    return contacts, rows


def fresh_database(server_url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    return urlsplit(server_url)._replace(path=f"/{name}").geturl()


def load(url: str, contacts: list[tuple[Any, ...]], rows: list[IndexRow]) -> tuple[float, float]:
    """Copy the contacts in and index them; seconds for each."""
    from rolodex.db import database
    from rolodex.models import Contact
    from rolodex.store import open_book
    from rolodex.store.postgres.search import PostgresSearch

    open_book(url)
    start = time.perf_counter()
    with database.atomic():  # COPY: the copy is set-up, not what is measured
        cursor = database.connection().cursor()
        with cursor.copy(f"COPY contact({', '.join(CONTACT_COLUMNS)}) FROM STDIN") as copy:
            for row in contacts:
                copy.write_row(row)
        database.execute_sql("SELECT setval(pg_get_serial_sequence('contact', 'id'), max(id))"
                             " FROM contact")
    assert Contact.select().count() == len(contacts)
    copied = time.perf_counter() - start
    start = time.perf_counter()
    with database.atomic():
        PostgresSearch().index(rows)
    indexed = time.perf_counter() - start
    database.execute_sql("VACUUM ANALYZE contact_search")
    database.execute_sql("VACUUM ANALYZE contact")
    return copied, indexed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--url", default=os.environ.get("ROLODEX_TEST_PG_URL"))
    parser.add_argument("--reuse", action="store_true", help="keep a database loaded before")
    parser.add_argument("--repeat", type=int, default=1, help="measure the searches N times")
    args = parser.parse_args()
    if not args.url:
        sys.exit("Give --url or run under packaging/with-test-servers.sh.")

    from rolodex.db import database
    from rolodex.store.postgres.search import PostgresSearch, tsquery
    from rolodex.store.search import parse_query

    book = generated_book(args.n)
    contacts, rows = read_book(book)
    name = f"rolodex_bench_{args.n}"
    if args.reuse:
        from rolodex.store import open_book

        open_book(urlsplit(args.url)._replace(path=f"/{name}").geturl())
    else:
        copied, indexed = load(fresh_database(args.url, name), contacts, rows)
        print(f"{len(rows)} contacts: copied in {copied:.1f} s, indexed in {indexed:.1f} s"
              f" ({len(rows) / indexed:,.0f} contacts/s)")
    sqlite = sqlite3.connect(f"file:{book}?mode=ro", uri=True)
    queries = queries_from_book(sqlite, random.Random(3), args.queries)
    search = PostgresSearch()

    def ours(limit: int | None) -> Callable[[str], object]:
        return lambda q: search.matching_ids(q, descending=False, limit=limit)

    def bare(limit: int | None) -> Callable[[str], object]:
        suffix = f" LIMIT {limit}" if limit else ""
        sql = "SELECT contact_id FROM contact_search WHERE doc @@ %s::tsquery" + suffix

        def run(q: str) -> object:
            terms = parse_query(q)
            assert terms is not None
            return database.execute_sql(sql, (tsquery(terms),)).fetchall()

        return run

    for q in queries[:20]:  # warm the server's buffers like a running app
        ours(None)(q)
    floor = p95(timed(lambda q: database.execute_sql("SELECT 1").fetchall(), queries))
    print(f"round trip (SELECT 1)              p95 {floor:7.2f} ms  (the machine's noise floor)")
    print(f"load average: {os.getloadavg()}")
    for _ in range(args.repeat):
        mine, cpu = timed(ours(None), queries), list(CPU)
        report("full id list (sorted by name)", mine, timed(bare(None), queries), 30, cpu)
        mine, cpu = timed(ours(PAGE), queries), list(CPU)
        report(f"first page ({PAGE} rows, sorted)", mine, timed(bare(PAGE), queries), 10, cpu)
    everyone = timed(ours(None), [""] * 50)
    print(f"{'every contact (empty query)':34s} p95 {p95(everyone):7.2f} ms  target <= 30 ms:"
          f" {'OK' if p95(everyone) <= 30 else 'OVER TARGET'}  (median {median(everyone):.2f})")
    changed = timed(lambda q: (bump_counter(), search.matching_ids(q, descending=False,
                                                                   limit=None)), [""] * 20)
    print(f"{'every contact, book just changed':34s} p95 {p95(changed):7.2f} ms  (the list read"
          f" again; median {median(changed):.2f})")
    hits = [len(search.matching_ids(q, descending=False, limit=None)) for q in queries]
    print(f"queries: {len(queries)}, matches per query: median {statistics.median(hits):.0f},"
          f" max {max(hits)}")


def median(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bump_counter() -> None:
    """What another client's save does to the change counter (migration 5), if there is one."""
    from rolodex.db import database

    if database.execute_sql("SELECT to_regclass('change_counter') IS NOT NULL").fetchone()[0]:
        database.execute_sql("UPDATE change_counter SET changes = changes + 1")


def report(
    label: str, mine_s: list[float], base_s: list[float], target_ms: float, cpu: list[float]
) -> None:
    """The figure beside the bare query's (whose CPU seconds are in ``CPU`` now); CPU time is
    this client's only (the server's is its own process)."""
    mine, base = p95(mine_s), p95(base_s)
    verdict = "OK" if mine <= target_ms else "OVER TARGET"
    print(f"{label:34s} p95 {mine:7.2f} ms  (bare @@ {base:6.2f} ms, ratio {mine / base:5.2f}x)"
          f"  target <= {target_ms} ms: {verdict}  (median {median(mine_s):.2f},"
          f" bare {median(base_s):.2f}; client CPU p95 {p95(cpu):.2f}, bare {p95(CPU):.2f})")


if __name__ == "__main__":
    main()
