"""Issue 10's acceptance checks, through the real CLI on a file and on a PostgreSQL book: add,
search with folding and a phone fragment, import 2,000 cards, export, a follow-up in Today,
a labels PDF, and copy-book to the other backend and back giving identical vCard exports."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

from rolodex.db import close_store
from rolodex.exporters.vcard import write_vcards
from rolodex.records import Address, ContactData, LabeledValue, Phone

CARDS = 2000
GIVEN = ["Åse", "Øystein", "Jūratė", "Šarūnas", "Дмитрий", "Ольга", "Mary", "Kåre"]
FAMILY = ["Ødegård", "Jonaitienė", "Žukauskas", "Иванов", "Смирнова", "Hansen", "Brown", "Lie"]
CITY = ["Oslo", "Vilnius", "Москва", "Boston"]


def rolodex(db: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "rolodex", "--db", db, *args],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def as_json(db: str, *args: str) -> Any:
    return json.loads(rolodex(db, *args, "--json"))


def generated_cards(path: Path) -> Path:
    """2,000 distinct people (own email and phone each) in Norwegian, Lithuanian, Russian and
    English, written by the project's vCard writer."""
    people = (
        ContactData(
            given=GIVEN[i % len(GIVEN)],
            family=FAMILY[(i // len(GIVEN)) % len(FAMILY)],
            company=f"Firma {i % 37}" if i % 3 else "",
            emails=[LabeledValue(f"person{i}@example{i % 11}.com", "work", True)],
            phones=[Phone(f"+47 4{i:07d}", "mobile", True)],
            addresses=[Address(street=f"Gate {i}", city=CITY[i % 4], postal_code=f"{i:04d}")],
            tags=["Kunder"] if i % 5 == 0 else [],
        )
        for i in range(CARDS)
    )
    with path.open("wb") as fh:
        write_vcards(people, fh)
    return path


def _names(db: str, query: str) -> list[str]:
    return sorted(hit["name"] for hit in as_json(db, "search", query))


def _export(db: str, path: Path) -> str:
    assert as_json(db, "export", "-o", str(path))["exported"] == CARDS + 2
    return path.read_text("utf-8")


def test_the_acceptance_checks(any_book: str, pg_database: str, tmp_path: Path) -> None:
    close_store()
    db = any_book
    first = int(rolodex(db, "add", "Åse Ødegård", "--phone", "+47 912 34 567", "--email",
                        "ase@fjord.no", "--company", "Fjord AS", "--country", "no"))  # fmt: skip
    rolodex(db, "add", "Дмитрий Иванов", "--email", "dmitry@trade.ru", "--city", "Москва")
    assert _names(db, "odegard") == ["Åse Ødegård"]
    assert _names(db, "ØDEGÅRD") == ["Åse Ødegård"]
    assert _names(db, "дмитрий") == ["Дмитрий Иванов"]
    assert _names(db, "ИВАН") == ["Дмитрий Иванов"]
    assert _names(db, "2345") == ["Åse Ødegård"]  # a run of the phone's digits

    imported = as_json(db, "import", str(generated_cards(tmp_path / "cards.vcf")))
    assert (imported["imported"], imported["errors"]) == (CARDS, [])
    assert as_json(db, "stats")["contacts"] == CARDS + 2
    assert len(as_json(db, "search", "jurate zukauskas")) == 31  # i = 64k + 18

    exported = _export(db, tmp_path / "all.vcf")
    assert exported.count("BEGIN:VCARD") == CARDS + 2 and "FN:Åse Ødegård" in exported

    today = date.today().isoformat()
    rolodex(db, "followups", "add", str(first), "--due", today, "--subject", "Ring om tilbudet")
    (due,) = as_json(db, "followups", "list", "--today")
    assert (due["contact_id"], due["subject"]) == (first, "Ring om tilbudet")

    pdf = tmp_path / "labels.pdf"
    rolodex(db, "labels", "-o", str(pdf), "--template", "avery-5160", "--tag", "Kunder")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000

    on_file = str(tmp_path / "copy.db")
    other, back = (pg_database, on_file) if db.endswith(".db") else (on_file, pg_database)
    rolodex(db, "copy-book", other)
    rolodex(other, "copy-book", back)
    assert _export(other, tmp_path / "other.vcf") == exported
    assert _export(back, tmp_path / "back.vcf") == exported
    assert _names(back, "ødegard 2345") == ["Åse Ødegård"]
