"""Benchmark: find duplicates across a book of 100,000 contacts.

Builds a temporary book of generated people (about 2% of them planted near-duplicates: same
email, reformatted phone, or a misspelt name at the same company), then times
``find_duplicates``. Baselines measured in the same run:

* reading the same data with a bare SQL scan (the floor any dedupe pays);
* comparing *all* pairs with rapidfuzz, timed on a sample and extrapolated to the full book
  (what blocking saves).

Run: ``.venv/bin/python benchmarks/bench_dedupe.py [--n 100000]``
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from rolodex.db import close_store, database, open_store
from rolodex.records import Address, ContactData, LabeledValue, Phone
from rolodex.services.contact_write import WriteContext, insert_contacts
from rolodex.services.duplicates.find import FUZZY_THRESHOLD, find_duplicates

SAMPLE = 2000


def generate(n: int, seed: int = 7) -> list[ContactData]:
    from faker import Faker

    fake = Faker(["en_US", "no_NO", "lt_LT", "ru_RU"])
    Faker.seed(seed)
    rng = random.Random(seed)
    givens = [fake.first_name() for _ in range(3000)]
    families = [fake.last_name() for _ in range(5000)]
    companies = [fake.company() for _ in range(5000)]
    cities = [fake.city() for _ in range(2000)]
    people = []
    for i in range(n):
        given, family = rng.choice(givens), rng.choice(families)
        people.append(
            ContactData(
                given=given,
                family=family,
                company=rng.choice(companies) if rng.random() < 0.7 else "",
                emails=[LabeledValue(f"user{i}@example.org")],
                phones=[Phone(f"+1 212 {i // 10000:03d} {i % 10000:04d}")],
                addresses=[Address(city=rng.choice(cities))] if rng.random() < 0.8 else [],
            )
        )
    for i in rng.sample(range(n), n // 50):
        people.append(_variant(people[i], rng))
    return people


def _variant(p: ContactData, rng: random.Random) -> ContactData:
    twin = ContactData(given=p.given, family=p.family, company=p.company, addresses=p.addresses)
    kind = rng.randrange(3)
    if kind == 0:
        twin.emails = [LabeledValue(p.emails[0].value.upper())]
    elif kind == 1:
        twin.phones = [Phone(p.phones[0].value.replace(" ", "-"))]
    else:
        cut = rng.randrange(max(len(p.given), 1))
        twin.given = p.given[:cut] + p.given[cut + 1 :]
    return twin


def build_book(folder: Path, n: int) -> None:
    open_store(folder / "bench.db")
    people = generate(n)
    with database.atomic():
        insert_contacts(people, WriteContext(region="US", collation="en_US"))


def bare_scan() -> float:
    conn = database.connection()
    start = time.perf_counter()
    for sql in (
        "SELECT id, display_name, uid, company_id FROM contact WHERE deleted_at IS NULL",
        "SELECT contact_id, value_key FROM email",
        "SELECT contact_id, e164 FROM phone",
        "SELECT contact_id, city FROM address",
    ):
        conn.execute(sql).fetchall()
    return time.perf_counter() - start


def all_pairs_estimate(n: int) -> float:
    from rapidfuzz import fuzz

    rows = database.connection().execute(f"SELECT display_name FROM contact LIMIT {SAMPLE}")
    names = [r[0].lower() for r in rows]
    start = time.perf_counter()
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            fuzz.token_sort_ratio(a, b, score_cutoff=FUZZY_THRESHOLD)
    per_pair = (time.perf_counter() - start) / (len(names) * (len(names) - 1) / 2)
    return per_pair * n * (n - 1) / 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="number of contacts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        build_book(Path(tmp), args.n)
        total = int(database.connection().execute("SELECT COUNT(*) FROM contact").fetchone()[0])
        print(f"book: {total} contacts built in {time.perf_counter() - t0:.1f} s")
        scan = bare_scan()
        start = time.perf_counter()
        groups = find_duplicates()
        dedupe = time.perf_counter() - start
        naive = all_pairs_estimate(total)
        print(f"groups found: {len(groups)} ({sum(g.exact for g in groups)} exact)")
        print(f"find_duplicates:            {dedupe:8.2f} s")
        print(f"baseline bare SQL scan:     {scan:8.2f} s   ratio {dedupe / scan:6.1f}x")
        print(f"baseline all-pairs (est.):  {naive:8.1f} s   ratio {dedupe / naive:8.4f}x")
        close_store()


if __name__ == "__main__":
    main()
