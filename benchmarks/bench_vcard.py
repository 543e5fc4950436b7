"""Benchmark vCard import and export against bare vobject, measured in the same run.

Import: N generated cards (default 10,000; Faker no_NO (Bokmål)/lt_LT/ru_RU/en_US) read with bare
``vobject.readComponents`` vs ``read_vcards`` (target ≥ 0.8× the baseline's throughput).
Export: N contacts (default 100,000) serialised with bare vobject vs ``write_vcards``.
Memory: peak traced memory while streaming a large file through ``read_vcards`` — it should
stay flat as the file grows, since cards are read one at a time.

Run: ``.venv/bin/python benchmarks/bench_vcard.py [--n 10000] [--export-n 100000] [--rounds 2]``
(about 4 minutes at the default sizes; ``--n 1000 --export-n 2000`` for a quick check).
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rolodex.exporters.vcard import write_vcards  # noqa: E402
from rolodex.importers.vcard_reader import read_vcards  # noqa: E402
from rolodex.records import Address, ContactData, LabeledValue, Phone  # noqa: E402

LOCALES = ("no_NO", "lt_LT", "ru_RU", "en_US")  # Faker calls Norwegian Bokmål no_NO


def make_contacts(n: int, seed: int = 7) -> list[ContactData]:
    """N varied contacts from Faker, a quarter in each locale."""
    from faker import Faker

    fakers = [Faker(loc) for loc in LOCALES]
    for i, fk in enumerate(fakers):
        fk.seed_instance(seed + i)
    rng = random.Random(seed)
    return [_contact(fakers[i % len(fakers)], rng) for i in range(n)]


def _contact(fk: object, rng: random.Random) -> ContactData:
    f = fk  # Faker instances are dynamic; keep the typing simple here
    address = Address(
        street=f.street_address(), city=f.city(), postal_code=f.postcode(),  # type: ignore[attr-defined]
        country=rng.choice(["NO", "LT", "RU", "US"]), label="home",
    )  # fmt: skip
    return ContactData(
        given=f.first_name(), family=f.last_name(), company=f.company(),  # type: ignore[attr-defined]
        job_title=f.job(), birthday=f.date_of_birth().isoformat(),  # type: ignore[attr-defined]
        notes=f.sentence(nb_words=12),  # type: ignore[attr-defined]
        emails=[LabeledValue(f.email(), "work", True)],  # type: ignore[attr-defined]
        phones=[Phone(f.phone_number(), "mobile"), Phone(f.phone_number(), "home")],  # type: ignore[attr-defined]
        addresses=[address], tags=[rng.choice(["client", "supplier", "friend"])],
    )  # fmt: skip


def _vobject_card(contact: ContactData) -> object:
    import vobject

    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(family=contact.family, given=contact.given)
    card.add("fn").value = contact.full_name()
    card.add("org").value = [contact.company]
    card.add("title").value = contact.job_title
    card.add("bday").value = contact.birthday
    card.add("note").value = contact.notes
    email = card.add("email")
    email.value, email.type_param = contact.emails[0].value, "WORK"
    for phone in contact.phones:
        tel = card.add("tel")
        tel.value, tel.type_param = phone.value, "CELL"
    adr = contact.addresses[0]
    card.add("adr").value = vobject.vcard.Address(
        street=adr.street, city=adr.city, code=adr.postal_code, country=adr.country
    )
    card.add("categories").value = contact.tags
    return card


def _rate(n: int, seconds: float) -> float:
    return n / seconds if seconds else float("inf")


def _report(label: str, n: int, base_s: float, ours_s: float) -> None:
    base, ours = _rate(n, base_s), _rate(n, ours_s)
    print(f"{label}: vobject {base:,.0f} cards/s ({base_s:.2f} s) | rolodex {ours:,.0f} cards/s "
          f"({ours_s:.2f} s) | ratio {ours / base:.2f}× (target ≥ 0.80×)")  # fmt: skip


def _time_vobject(path: Path) -> tuple[int, float]:
    import vobject

    start = time.perf_counter()
    with path.open(encoding="utf-8") as fh:
        count = sum(1 for _ in vobject.readComponents(fh))
    return count, time.perf_counter() - start


def _time_rolodex(path: Path) -> tuple[int, float]:
    start = time.perf_counter()
    count = sum(1 for item in read_vcards(path) if isinstance(item, ContactData))
    return count, time.perf_counter() - start


def bench_import(path: Path, n: int, rounds: int) -> None:
    """Best of ``rounds`` alternating runs, so a busy machine hurts both sides alike."""
    base_s = ours_s = float("inf")
    for _ in range(rounds):
        count, seconds = _time_vobject(path)
        base_s = min(base_s, seconds)
        ours, seconds = _time_rolodex(path)
        ours_s = min(ours_s, seconds)
        assert count == ours == n, (count, ours, n)
    _report(f"import {n:,} cards (best of {rounds})", n, base_s, ours_s)


def bench_export(contacts: list[ContactData]) -> None:
    n = len(contacts)
    cards = [_vobject_card(c) for c in contacts]
    start = time.perf_counter()
    sink = io.BytesIO()
    for card in cards:
        sink.write(card.serialize().encode("utf-8"))  # type: ignore[attr-defined]
    base_s = time.perf_counter() - start
    start = time.perf_counter()
    write_vcards(contacts, io.BytesIO())
    ours_s = time.perf_counter() - start
    _report(f"export {n:,} contacts", n, base_s, ours_s)


def bench_memory(contacts: list[ContactData], folder: Path) -> None:
    """Peak traced memory of streaming files of 1× and 4× the size: flat means streaming."""
    for times in (1, 4):
        path = folder / f"big{times}.vcf"
        with path.open("wb") as out:
            for _ in range(times):
                write_vcards(contacts, out)
        tracemalloc.start()
        count = sum(1 for _ in read_vcards(path))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        size = path.stat().st_size / 2**20
        print(f"memory: {count:,} cards ({size:.1f} MiB file) peak traced {peak / 2**20:.1f} MiB")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="cards for the import benchmark")
    parser.add_argument("--export-n", type=int, default=100_000, help="contacts for export")
    parser.add_argument("--rounds", type=int, default=2, help="import runs per side (best kept)")
    args = parser.parse_args(argv)
    contacts = make_contacts(max(args.n, min(args.export_n, 20_000)))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "cards.vcf"
        with path.open("wb") as out:
            write_vcards(contacts[: args.n], out)
        bench_import(path, args.n, args.rounds)
        export = (contacts * (args.export_n // len(contacts) + 1))[: args.export_n]
        bench_export(export)
        bench_memory(contacts[: min(args.n, 2_500)], folder)  # tracemalloc is slow: keep it small


if __name__ == "__main__":
    main()
