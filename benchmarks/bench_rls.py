"""What row-level security costs on a shared book (issue 11), at 100,000 contacts on PostgreSQL.

The book is the generated one (benchmarks/bookgen.py: contacts, emails, phones, the search
index) copied into a fresh database; each contact gets one of two editors as its owner and
every tenth is private. The same searches and list reads then run in three sessions:

- the book's owner role (it owns the tables: row-level security does not apply — the floor);
- an editor (the policies hide the other editor's private contacts, and their children);
- an administrator (a member of ``<db>_admin``: the policies let every row through).

and a save is timed three ways as the editor: a bare ``UPDATE`` of the contact, the same with
the team's bookkeeping (the revision read and the ``change_log`` row), and the whole
``ContactService.save``. Prints medians and p95 (ms) and each session's ratio to the floor.

Run: bash packaging/with-test-servers.sh .venv/bin/python benchmarks/bench_rls.py
(``--policies both``: migration 8's policies too, for comparison; or --url postgresql://... of a server whose user may create databases and roles).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).parent))

from bench_pg_search import fresh_database, load, read_book  # noqa: E402
from bench_search import queries_from_book  # noqa: E402
from bookgen import generated_book  # noqa: E402

PAGE = 50  # rows the list fetches at a time (rolodex.ui.contacts.model.PAGE_SIZE)
CHILDREN = {
    "email": ("contact_id", "position", "value", "value_key", "label", "pref"),
    "phone": ("contact_id", "position", "value", "e164", "label", "pref"),
}


def stats(samples: list[float]) -> tuple[float, float]:
    """(median, p95) in ms."""
    return statistics.median(samples) * 1000, statistics.quantiles(samples, n=20)[18] * 1000


def timed(fn: Callable[[Any], object], inputs: list[Any]) -> list[float]:
    out = []
    for item in inputs:
        start = time.perf_counter()
        fn(item)
        out.append(time.perf_counter() - start)
    return out


def copy_children(book: Path) -> None:
    """Emails and phones of the generated book, for the list's columns (their policies)."""
    from rolodex.db import database

    conn = sqlite3.connect(f"file:{book}?mode=ro", uri=True)
    with database.atomic():
        cursor = database.connection().cursor()
        for table, columns in CHILDREN.items():
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table}")
            with cursor.copy(f"COPY {table}({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row((*row[:-1], bool(row[-1])))
    conn.close()


def make_office(server_url: str, book_url: str, suffix: str) -> dict[str, str]:
    """Logins for two editors and an administrator, listed in the book; their URLs."""
    import psycopg

    from rolodex.db import database
    from rolodex.team.users import UserService

    password = uuid.uuid4().hex
    logins = {"alice": "editor", "bob": "editor", "ann": "admin"}
    with psycopg.connect(server_url, autocommit=True) as admin:
        for name in logins:
            admin.execute(f"CREATE ROLE {name}_{suffix} LOGIN PASSWORD '{password}'")
    for name, role in logins.items():
        UserService().add(f"{name}_{suffix}", name.title(), role)
    database.execute_sql(
        "UPDATE contact SET owner = CASE WHEN id %% 2 = 0 THEN %s ELSE %s END,"
        " private = (id %% 10 = 0)", (f"alice_{suffix}", f"bob_{suffix}"))  # fmt: skip
    for table in ("contact", "email", "phone", "contact_search"):
        database.execute_sql(f"VACUUM ANALYZE {table}")
    parts = urlsplit(book_url)
    host = parts.netloc.rsplit("@", 1)[1]
    urls = {"book owner": book_url}
    for name, label in (("alice", "editor"), ("ann", "admin")):
        netloc = f"{name}_{suffix}:{password}@{host}"
        urls[label] = parts._replace(netloc=netloc).geturl()
    return urls


def migration_8_policies() -> None:
    """Put back the policies of migration 8 (a ``rolodex_sees(owner, private)`` call per
    row), to compare with those of migration 10 on the same data."""
    from rolodex.db import database
    from rolodex.migrations import m0008_team

    database.execute_sql(m0008_team._SEES)
    for statement in m0008_team._policies():
        if statement.startswith("CREATE POLICY"):
            table = statement.split()[4]
            database.execute_sql(f"DROP POLICY {table}_visible ON {table}")
            database.execute_sql(statement)


def session_figures(queries: list[str], pages: list[int]) -> dict[str, list[float]]:
    """Search and list timings in the bound book's session."""
    from rolodex.services.contacts import ContactService
    from rolodex.services.search import listed_ids

    service = ContactService()
    for q in queries[:20]:  # warm the buffers and plans, as a running app has them
        service.ids(q)
    listing = service.ids()

    def first_page(q: str) -> object:
        return service.rows(service.ids(q, limit=PAGE))

    def whole_list(_: object) -> object:
        ids = listed_ids(None, None)
        return len(ids), service.rows(list(ids[:PAGE]))

    return {
        "search: full id list": timed(service.ids, queries),
        "search: first page + rows": timed(first_page, queries),
        "list: every contact + first page": timed(whole_list, range(30)),
        "list: sorted by company": timed(lambda _: service.ids(sort="company"), range(10)),
        "list: a page of rows": timed(lambda p: service.rows(listing[p : p + PAGE]), pages),
    }


def save_figures(login: str, rounds: int) -> dict[str, list[float]]:
    """A save as ``login`` of its own contacts: bare UPDATE, + bookkeeping, the service."""
    from rolodex.db import database
    from rolodex.models import Contact
    from rolodex.services.contacts import ContactService
    from rolodex.store import team

    mine = [int(i) for (i,) in Contact.select(Contact.id).where(Contact.owner == login)
            .order_by(Contact.id).limit(rounds).tuples()]  # fmt: skip
    service = ContactService()

    def bare(cid: int) -> None:
        with database.atomic():
            database.execute_sql(
                "UPDATE contact SET notes = %s, revision = revision + 1 WHERE id = %s",
                (uuid.uuid4().hex, cid))  # fmt: skip

    def with_log(cid: int) -> None:
        with database.atomic():
            database.execute_sql(
                "UPDATE contact SET notes = %s, revision = revision + 1 WHERE id = %s",
                (uuid.uuid4().hex, cid))  # fmt: skip
            revised = team.revisions([cid])
            team.log_changes("contact", revised, "edited", login, {"notes": ("a", "b")})

    def whole(cid: int) -> None:
        data = service.get(cid)
        assert data is not None
        data.notes = uuid.uuid4().hex
        service.save(data)

    for fn in (bare, with_log, whole):  # warm
        fn(mine[0])
    return {
        "save: bare UPDATE": timed(bare, mine),
        "save: UPDATE + revision + change_log": timed(with_log, mine),
        "save: ContactService.save": timed(whole, mine),
    }


def print_table(results: dict[str, dict[str, list[float]]]) -> None:
    floor = results["book owner"]
    print(f"{'':36s}" + "".join(f"{who:>30s}" for who in results))
    for what in floor:
        cells = []
        for figures in results.values():
            if what not in figures:
                cells.append("")
                continue
            median, p95 = stats(figures[what])
            ratio = median / stats(floor[what])[0]
            cells.append(f"{median:8.2f} / {p95:8.2f} ({ratio:4.2f}x)")
        print(f"{what:36s}" + "".join(f"{c:>30s}" for c in cells))
    print("(median / p95 in ms; ratio of medians to the book owner's, which RLS does not filter)")


def drop(server_url: str, name: str, suffix: str) -> None:
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        for role in ("alice", "bob", "ann"):
            admin.execute(f"DROP ROLE IF EXISTS {role}_{suffix}")
        for group in ("admin", "editor", "reader"):
            admin.execute(f"DROP ROLE IF EXISTS {name}_{group}")


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--saves", type=int, default=100)
    parser.add_argument("--url", default=os.environ.get("ROLODEX_TEST_PG_URL"))
    parser.add_argument(
        "--policies", choices=("current", "both"), default="current",
        help="both: also measure migration 8's policies (a contact lookup and function call"
        " per row) on the same data, after the current ones",
    )  # fmt: skip
    args = parser.parse_args()
    if not args.url:
        sys.exit("Give --url or run under packaging/with-test-servers.sh.")
    return args


def in_session(url: str, work: Callable[[], dict[str, list[float]]]) -> dict[str, list[float]]:
    """``work``'s figures with the book at ``url`` bound (and closed after)."""
    from rolodex.db import close_store
    from rolodex.store import open_book

    open_book(url)
    try:
        return work()
    finally:
        close_store()


def measure(args: argparse.Namespace, urls: dict[str, str], book: Path, suffix: str) -> None:
    from rolodex.store.users import server_login

    sqlite = sqlite3.connect(f"file:{book}?mode=ro", uri=True)
    queries = queries_from_book(sqlite, random.Random(3), args.queries)
    pages = random.Random(4).choices(range(0, args.n - PAGE, PAGE), k=30)
    results = {who: in_session(url, lambda: session_figures(queries, pages))
               for who, url in urls.items()}  # fmt: skip
    editor = in_session(urls["editor"], lambda: save_figures(str(server_login()), args.saves))
    results["book owner"].update(  # the same rows, their owner's login recorded
        in_session(urls["book owner"], lambda: save_figures(f"alice_{suffix}", args.saves)))
    results["editor"].update(editor)
    results["admin"].update(editor)  # not measured again: the editor's figures
    if args.policies == "both":
        in_session(urls["book owner"], lambda: migration_8_policies() or {})
        for who in ("editor", "admin"):
            figures = in_session(urls[who], lambda: session_figures(queries, pages))
            results[f"{who}, migration 8"] = figures
    print(f"{args.n} contacts, a tenth private, {args.queries} searches")
    print_table(results)


def main() -> None:
    args = arguments()
    from rolodex.db import close_store

    book = generated_book(args.n)
    contacts, rows = read_book(book)
    name, suffix = f"rolodex_rls_{args.n}", uuid.uuid4().hex[:6]
    url = fresh_database(args.url, name)
    try:
        load(url, contacts, rows)  # binds the book, as its owner
        copy_children(book)
        urls = make_office(args.url, url, suffix)
        close_store()
        measure(args, urls, book, suffix)
    finally:
        close_store()
        drop(args.url, name, suffix)


if __name__ == "__main__":
    main()
