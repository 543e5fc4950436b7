"""A generated book for benchmarks: N contacts from Faker in Norwegian, Lithuanian, Russian and
US English, written through the real import fast path and cached in benchmarks/.cache/."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from rolodex.records import Address, ContactData, LabeledValue, Phone

CACHE = Path(__file__).parent / ".cache"
LOCALES = ["no_NO", "lt_LT", "ru_RU", "en_US"]  # Faker names Norwegian no_NO
COUNTRY = {"no_NO": "NO", "lt_LT": "LT", "ru_RU": "RU", "en_US": "US"}
TAGS = ["Kunder", "Leverandører", "Klientai", "Партнёры", "VIP", "Newsletter", "Press"]


def fake_contacts(n: int, seed: int = 7) -> list[ContactData]:
    from faker import Faker

    fakers = {loc: Faker(loc) for loc in LOCALES}
    for i, f in enumerate(fakers.values()):
        f.seed_instance(seed + i)
    rng = random.Random(seed)
    return [_one(fakers[LOCALES[i % 4]], LOCALES[i % 4], rng) for i in range(n)]


def _one(f, locale: str, rng: random.Random) -> ContactData:  # type: ignore[no-untyped-def]
    given, family = f.first_name(), f.last_name()
    return ContactData(
        given=given,
        family=family,
        company=f.company() if rng.random() < 0.6 else "",
        job_title=f.job() if rng.random() < 0.3 else "",
        emails=[LabeledValue(f.email(), "work", True)],
        phones=[Phone(f.phone_number(), "mobile", True)],
        addresses=[
            Address(
                street=f.street_address(),
                city=f.city(),
                postal_code=f.postcode(),
                country=COUNTRY[locale],
                pref=True,
            )
        ],
        tags=rng.sample(TAGS, rng.randint(0, 2)),
        notes=f.sentence() if rng.random() < 0.2 else "",
    )


def generated_book(n: int) -> Path:
    """Path to a cached book of ``n`` generated contacts (built on first use)."""
    from rolodex.db import close_store, database, open_store
    from rolodex.services import prefs
    from rolodex.services.contact_write import CompanyCache, WriteContext, insert_contacts

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"book-{n}.db"
    if path.exists():
        return path
    tmp = CACHE / f"book-{n}.building.db"
    for leftover in CACHE.glob(f"book-{n}.building.db*"):
        leftover.unlink()
    open_store(tmp)
    prefs.put(prefs.PHONE_REGION, "NO")
    prefs.put(prefs.COLLATION, "nb_NO")
    ctx, companies = WriteContext("NO", "nb_NO"), CompanyCache()
    contacts = fake_contacts(n)
    with database.atomic():
        for start in range(0, n, 2000):
            insert_contacts(contacts[start : start + 2000], ctx, companies=companies)
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_store()
    shutil.move(tmp, path)
    return path
