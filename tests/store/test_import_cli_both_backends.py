"""Import through the real CLI on a file and on a PostgreSQL book: vCard, CSV and LDIF with
every ``--on-duplicate`` mode, the saved report, possible-duplicate flags, the history and
``imports undo`` behave the same on both."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from rolodex.db import close_store
from rolodex.store.url import parse_target
from tests.services.transfer_helpers import vcard, write_cards

CSV = (
    "First Name,Last Name,E-mail Address,Mobile Phone,Company\n"
    "Kari,Ødegård,kari@fjord.no,+47 912 34 567,Fjord AS\n"
    "Иван,Петров,ivan@sever.ru,+7 495 123-45-67,Север ООО\n"
)
LDIF = (
    "dn: cn=Jonas Petraitis,mail=jonas@example.lt\nobjectclass: person\ncn: Jonas Petraitis\n"
    "givenName: Jonas\nsn: Petraitis\nmail: jonas@example.lt\ntelephoneNumber: +370 612 34567\n\n"
    "dn: cn=Åse Lie,mail=ase@lie.no\nobjectclass: person\ncn: Åse Lie\ngivenName: Åse\n"
    "sn: Lie\nmail: ase@lie.no\n\n"
)


def rolodex(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "rolodex", "--db", db, *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done


def as_json(db: str, *args: str) -> Any:
    return json.loads(rolodex(db, *args, "--json").stdout)


def _files(folder: Path) -> list[Path]:
    cards = write_cards(
        folder / "cards.vcf",
        vcard("Šarūnas Vilkas", email="sarunas@prekyba.lt", org="Vilniaus Prekyba"),
        vcard("Дмитрий Иванов", email="dmitry@trade.ru", phone="+7 495 765-43-21"),
    )
    (folder / "people.csv").write_text(CSV, encoding="utf-8")
    (folder / "people.ldif").write_text(LDIF, encoding="utf-8")
    return [cards, folder / "people.csv", folder / "people.ldif"]


def _counts(summary: dict[str, Any]) -> tuple[int, int, int]:
    return summary["imported"], summary["merged"], summary["skipped"]


@pytest.mark.parametrize("kind", ["vcard", "csv", "ldif"])
def test_every_format_in_every_duplicate_mode(any_book: str, tmp_path: Path, kind: str) -> None:
    close_store()
    path = _files(tmp_path)[["vcard", "csv", "ldif"].index(kind)]
    first = as_json(any_book, "import", str(path))
    assert (_counts(first), first["errors"]) == ((2, 0, 0), [])
    assert as_json(any_book, "import", str(path), "--on-duplicate", "auto")["skipped"] == 2
    skipped = as_json(any_book, "import", str(path), "--on-duplicate", "skip")
    assert (_counts(skipped), skipped["batch_id"]) == ((0, 0, 2), None)
    assert _counts(as_json(any_book, "import", str(path), "--on-duplicate", "merge")) == (0, 2, 0)
    added = as_json(any_book, "import", str(path), "--on-duplicate", "new")
    assert _counts(added) == (2, 0, 0)
    assert as_json(any_book, "stats")["contacts"] == 4
    history = as_json(any_book, "imports", "list")
    assert [(b["imported"], b["merged"]) for b in history] == [(2, 0), (0, 2), (2, 0)]
    undone = as_json(any_book, "imports", "undo", str(added["batch_id"]))
    assert undone["trashed"] == 2
    assert as_json(any_book, "stats")["contacts"] == 2


def test_report_flags_history_and_undo(any_book: str, tmp_path: Path) -> None:
    close_store()
    ola = rolodex(any_book, "add", "Ola Nordmann", "--company", "Fjord AS", "--email", "ola@f.no")
    ola_id = int(ola.stdout)
    path = write_cards(
        tmp_path / "in.vcf",
        vcard("Ola Nordmann", org="Fjord AS", email="ola.n@other.no"),  # a look-alike
        vcard("Ola Nordmann", email="OLA@f.no", title="Sales"),  # merges by email
        vcard("Kari Nordmann", email="kari@f.no"),
    )
    result = as_json(any_book, "import", str(path))
    assert (_counts(result), result["possible_duplicates"]) == ((2, 1, 0), 1)
    report = Path(result["report"]).read_text("utf-8")
    assert "Possible duplicates (added as new): 1" in report
    assert "Ola Nordmann: same name and company as Ola Nordmann" in report
    assert f"Book: {parse_target(any_book).display}\n" in report  # never a password
    assert json.loads(rolodex(any_book, "show", str(ola_id)).stdout)["job_title"] == "Sales"
    (batch,) = as_json(any_book, "imports", "list")
    assert (batch["id"], batch["undone_at"]) == (result["batch_id"], None)
    undone = as_json(any_book, "imports", "undo", str(batch["id"]))
    assert (undone["trashed"], undone["reverted"]) == (2, 1)
    assert json.loads(rolodex(any_book, "show", str(ola_id)).stdout)["job_title"] == ""
    (batch,) = as_json(any_book, "imports", "list")
    assert batch["undone_at"] is not None
    again = subprocess.run(
        [sys.executable, "-m", "rolodex", "--db", any_book, "imports", "undo", str(batch["id"])],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.returncode != 0 and "already undone" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
