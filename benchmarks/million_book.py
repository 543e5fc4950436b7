"""The 1,000,000-contact book for bench_million.py: contacts shaped like bookgen's (the same
Faker locales, fields, tags and proportions), generated in chunks in a child process so neither
the measuring process nor the machine holds a million records at once.

Faker costs ~0.8 ms a contact (13 minutes of CPU for a million), so each locale's Faker draws
pools of names, companies, streets, cities and sentences once and the contacts combine them with
a seeded RNG; emails get a serial number and phone numbers fresh digits in Faker's formats, so
both stay unique. bookgen's own names come from the same Faker lists. Even so, inserting through
the import path (sort positions, FTS5 with prefix indexes) slows to ~3 minutes per 50,000 on the
shared machine as the book grows, so a quarter of the book is generated and then copied three
times in SQL (each copy's emails get a ".k" before the "@"; names, companies, cities and phones
repeat, so every word has four times as many contacts as in the quarter) and the sort positions
are placed as an import places them.

Cached in ``$ROLODEX_BENCH_CACHE`` (default: ``<tmp>/rolodex-bench``), named by size, generator
version and schema version, so a re-run (from any worktree) reuses it and a change to the
generator or the schema builds a new one.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

GENERATOR_VERSION = 3
"""Bump when the generated contacts change: the cache key holds it."""
CHUNK = 50_000  # contacts generated and inserted per transaction
COPIES = 4  # the generated quarter and three copies
ROOT = Path(__file__).resolve().parents[1]


def cache_dir() -> Path:
    folder = os.environ.get("ROLODEX_BENCH_CACHE") or Path(tempfile.gettempdir()) / "rolodex-bench"
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def book_path(n: int) -> Path:
    from rolodex.migrations import LATEST_VERSION

    return cache_dir() / f"book-{n}-gen{GENERATOR_VERSION}-schema{LATEST_VERSION}.db"


def million_book(n: int) -> Path:
    """Path to the cached book of ``n`` contacts, generated (in a child process) if missing."""
    path = book_path(n)
    if path.exists():
        return path
    print(f"Generating {n:,} contacts into {path} (once; cached)...", flush=True)
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    command = [sys.executable, __file__, str(n), str(path)]
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    print(f"  generated in {time.perf_counter() - started:.0f} s", flush=True)
    return path


POOL = 2000  # Faker draws per field and locale


def _pools(seed: int = 7) -> list[dict[str, list[str]]]:
    from bookgen import LOCALES  # type: ignore[import-not-found]
    from faker import Faker

    pools = []
    for i, locale in enumerate(LOCALES):
        fake = Faker(locale)
        fake.seed_instance(seed + i)
        fields = ["first_name", "last_name", "company", "job", "email", "phone_number"]
        fields += ["street_address", "city", "postcode", "sentence"]
        pools.append({f: [getattr(fake, f)() for _ in range(POOL)] for f in fields})
    return pools


def _contact(i: int, pool: dict[str, list[str]], country: str, rng: random.Random) -> Any:
    from bookgen import TAGS  # type: ignore[import-not-found]

    from rolodex.records import Address, ContactData, LabeledValue, Phone

    pick = rng.choice
    local, domain = pick(pool["email"]).split("@", 1)
    phone = "".join(
        str(rng.randrange(10)) if ch.isdigit() else ch for ch in pick(pool["phone_number"])
    )
    return ContactData(
        given=pick(pool["first_name"]),
        family=pick(pool["last_name"]),
        company=pick(pool["company"]) if rng.random() < 0.6 else "",
        job_title=pick(pool["job"]) if rng.random() < 0.3 else "",
        emails=[LabeledValue(f"{local}{i}@{domain}", "work", True)],
        phones=[Phone(phone, "mobile", True)],
        addresses=[
            Address(
                street=pick(pool["street_address"]),
                city=pick(pool["city"]),
                postal_code=pick(pool["postcode"]),
                country=country,
                pref=True,
            )
        ],
        tags=rng.sample(TAGS, rng.randint(0, 2)),
        notes=pick(pool["sentence"]) if rng.random() < 0.2 else "",
    )


def generate(n: int, path: Path) -> None:
    """Write ``n`` generated contacts into a new book at ``path`` (via a temporary name)."""
    from bookgen import COUNTRY, LOCALES  # type: ignore[import-not-found]

    from rolodex.db import close_store, database, open_store
    from rolodex.services import prefs
    from rolodex.services.contact_write import CompanyCache, WriteContext, insert_contacts

    tmp = path.with_name(path.name + ".building")
    for leftover in path.parent.glob(tmp.name + "*"):
        leftover.unlink()
    pools, rng = _pools(), random.Random(7)
    countries = [COUNTRY[loc] for loc in LOCALES]
    open_store(tmp)
    prefs.put(prefs.PHONE_REGION, "NO")
    prefs.put(prefs.COLLATION, "nb_NO")
    ctx, companies = WriteContext("NO", "nb_NO"), CompanyCache()
    base = n // COPIES
    for start in range(0, base, CHUNK):
        stop = min(base, start + CHUNK)
        chunk = [_contact(i, pools[i % 4], countries[i % 4], rng) for i in range(start, stop)]
        with database.atomic():
            for at in range(0, len(chunk), 2000):
                insert_contacts(chunk[at : at + 2000], ctx, companies=companies)
        print(f"  {start + len(chunk):,} contacts", flush=True)
    close_store()
    replicate(tmp, n)
    tmp.rename(path)
    (tmp.parent / f".{tmp.name}.lock").unlink(missing_ok=True)


def _copy_sql(conn: Any, table: str, offset: int) -> str:
    """INSERT ... SELECT copying ``table``'s rows onto contacts ``offset`` ids further on."""
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    if table != "contact_tag":
        columns.remove("id")
    values = ", ".join(f"contact_id + {offset}" if c == "contact_id" else c for c in columns)
    return f"INSERT INTO {table}({', '.join(columns)}) SELECT {values} FROM {table}"


def replicate(path: Path, n: int) -> None:
    """Copy the book's contacts until it holds ``n``, in SQL, one transaction per copy (a
    re-run carries on); each copy's sort positions come from the import's own placing."""
    from rolodex.db import close_store, database, open_store

    open_store(path)
    conn = database.connection()
    conn.execute("PRAGMA cache_size = -262144")  # 256 MiB: FTS5 merges read back segments
    count = offset = n // COPIES  # the generated quarter: ids 1..offset
    base = conn.execute("SELECT count(*) FROM contact WHERE id <= ?", (offset,)).fetchone()[0]
    assert base == count, "the generated quarter's ids are not 1..n/4"
    total = int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
    for k in range(total // count, n // count):
        with database.atomic():
            _copy_once(conn, k, offset)
        print(f"  copy {k}: {conn.execute('SELECT count(*) FROM contact').fetchone()[0]:,}")
    database.execute_sql("PRAGMA optimize")
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_store()


def _copy_once(conn: Any, k: int, offset: int) -> None:
    """Copy contacts 1..offset to ids k*offset further on, placed in name order."""
    from rolodex.store.sqlite.sort_positions import FTS_COLUMNS, place_new

    top = offset * k
    keys = conn.execute("SELECT id, sort_key FROM contact WHERE id <= ?", (offset,))
    placed = place_new(conn, [(cid + top, bytes(key)) for cid, key in keys])
    conn.execute("CREATE TEMP TABLE copy_pos(id INTEGER PRIMARY KEY, pos INTEGER NOT NULL)")
    conn.executemany("INSERT INTO temp.copy_pos(id, pos) VALUES (?, ?)", placed.items())
    columns = [r[1] for r in conn.execute("PRAGMA table_info(contact)")]
    changed = {"id": "p.id", "sortpos": "p.pos", "uid": f"c.uid || '.{k}'"}
    values = ", ".join(changed.get(col, f"c.{col}") for col in columns)
    conn.execute(
        f"INSERT INTO contact({', '.join(columns)}) SELECT {values} FROM contact c"
        f" JOIN temp.copy_pos p ON p.id = c.id + {top} WHERE c.id <= {offset}"
    )
    for table in ("email", "phone", "address", "contact_tag"):
        conn.execute(_copy_sql(conn, table, top) + f" WHERE contact_id <= {offset}")
    conn.execute(
        f"UPDATE email SET value = replace(value, '@', '.{k}@'),"
        f" value_key = replace(value_key, '@', '.{k}@') WHERE contact_id > {top}"
    )
    fts = ", ".join(f"f.{c}" for c in FTS_COLUMNS.split(", "))
    fts = fts.replace("f.email", f"replace(f.email, '@', '.{k}@')")
    conn.execute(
        f"INSERT INTO contact_fts(rowid, {FTS_COLUMNS}) SELECT p.pos, {fts}"
        " FROM contact_fts f JOIN contact c ON c.sortpos = f.rowid"
        f" JOIN temp.copy_pos p ON p.id = c.id + {top} WHERE c.id <= {offset} ORDER BY p.pos"
    )
    conn.execute("DROP TABLE temp.copy_pos")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    generate(int(sys.argv[1]), Path(sys.argv[2]))
