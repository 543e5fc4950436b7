"""Benchmark the whole export (load from the book, write, rename) against bare vobject.

A book of N generated contacts (default 100,000; built once by ``bookgen`` and cached in
benchmarks/.cache/) is exported with ``export_contacts`` to vCard 3.0 and timed end to end,
including reading the contacts from the database. The baseline is bare vobject serialisation
of the same contacts: each is built as a vobject component (not timed) and ``serialize()`` is
timed. Target: ≥ 0.8× the baseline's throughput. vCard 4.0 and both CSV layouts are timed too.

Run: ``.venv/bin/python benchmarks/bench_export.py [--n 100000]``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bookgen import generated_book  # noqa: E402

from rolodex.records import ContactData  # noqa: E402


def vobject_card(contact: ContactData) -> Any:
    """The same contact as a vobject component, built the usual way."""
    import vobject

    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(family=contact.family, given=contact.given)
    card.add("fn").value = contact.full_name()
    if contact.company:
        card.add("org").value = [contact.company]
    if contact.job_title:
        card.add("title").value = contact.job_title
    if contact.notes:
        card.add("note").value = contact.notes
    for email in contact.emails:
        prop = card.add("email")
        prop.value, prop.type_param = email.value, "WORK"
    for phone in contact.phones:
        prop = card.add("tel")
        prop.value, prop.type_param = phone.value, "CELL"
    for adr in contact.addresses:
        card.add("adr").value = vobject.vcard.Address(
            street=adr.street, city=adr.city, code=adr.postal_code, country=adr.country
        )
    if contact.tags:
        card.add("categories").value = contact.tags
    if contact.uid:
        card.add("uid").value = contact.uid
    return card


def baseline(ids: list[int]) -> tuple[int, float]:
    """Seconds spent in vobject's ``serialize()`` alone, for every contact."""
    from rolodex.services.contacts import ContactService

    spent = 0.0
    count = 0
    for contact in ContactService().get_many(ids):
        card = vobject_card(contact)
        start = time.perf_counter()
        card.serialize().encode("utf-8")
        spent += time.perf_counter() - start
        count += 1
    return count, spent


def ours(ids: list[int], out: Path, fmt: str) -> tuple[int, float]:
    from rolodex.services.exporting import export_contacts

    start = time.perf_counter()
    result = export_contacts(ids, out, fmt)
    return result.count, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="contacts in the book")
    args = parser.parse_args()
    from rolodex.db import close_store, open_store
    from rolodex.services.contacts import ContactService

    cached = generated_book(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "book.db"
        shutil.copy(cached, book)
        open_store(book)
        ids = ContactService().ids()
        base_n, base_s = baseline(ids)
        base = base_n / base_s
        print(f"Export of {len(ids):,} contacts (same book, same run)")
        print(f"  baseline vobject serialize()   : {base:8.0f} cards/s ({base_s:.2f} s)")
        for fmt in ("vcard", "vcard4", "csv-google", "csv-outlook"):
            out = Path(tmp) / f"out-{fmt}.{'csv' if fmt.startswith('csv') else 'vcf'}"
            count, seconds = ours(ids, out, fmt)
            assert count == len(ids)
            size = out.stat().st_size / 2**20
            print(
                f"  export_contacts {fmt:<12}   : {count / seconds:8.0f} cards/s ({seconds:.2f} s,"
                f" {size:.0f} MiB)  ratio {count / seconds / base:.2f}"
                + ("  (target >= 0.80)" if fmt == "vcard" else "")
            )
        close_store()


if __name__ == "__main__":
    main()
