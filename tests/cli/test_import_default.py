"""``rolodex import`` as a user runs it, in a real process: the default rule ("auto") keeps
namesakes as new contacts, a second import of the file changes nothing and makes no second
backup, and the old ``--on-duplicate`` choices still work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.services.transfer_helpers import vcard, write_cards


def _rolodex(tmp_path: Path, *argv: str) -> dict:  # type: ignore[type-arg]
    env = {**os.environ, "ROLODEX_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-m", "rolodex", "--db", str(tmp_path / "book.db"), *argv, "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _settle(book: Path) -> None:
    for path in (book, book.with_name(f"{book.name}-wal")):
        if path.exists():
            stamp = path.stat().st_mtime - 60
            os.utime(path, (stamp, stamp))


def test_default_import_twice_keeps_namesakes_and_changes_nothing_after(tmp_path: Path) -> None:
    cards = write_cards(
        tmp_path / "in.vcf",
        vcard("Ola Nordmann", org="Fjord AS", email="ola@fjord.no"),
        vcard("Ola Nordmann", org="Fjord AS", email="ola@bergen.no", phone="+47 915 12 345"),
        vcard("Ola Nordmann", org="Fjord AS", email="OLA@fjord.no", title="Sales"),
    )
    first = _rolodex(tmp_path, "import", str(cards))
    assert (first["imported"], first["merged"], first["possible_duplicates"]) == (2, 1, 1)
    assert first["backup"].startswith("Backed up first to")
    second = _rolodex(tmp_path, "import", str(cards))
    assert (second["imported"], second["merged"], second["skipped"]) == (0, 0, 3)
    assert second["batch_id"] is None
    _settle(tmp_path / "book.db")
    third = _rolodex(tmp_path, "import", str(cards))
    assert third["backup"].startswith("No new backup: the book has not changed since")
    assert len(list((tmp_path / "data").rglob("*-before-import-*.db"))) == 2
    listed = _rolodex(tmp_path, "imports", "list")
    assert len(listed) == 1


def test_the_explicit_choices_work_as_before(tmp_path: Path) -> None:
    base = write_cards(tmp_path / "a.vcf", vcard("Kari Nord", org="Fjord AS"))
    again = write_cards(tmp_path / "b.vcf", vcard("Kari Nord", org="Fjord AS", title="CEO"))
    _rolodex(tmp_path, "import", str(base))
    counts = {
        policy: _rolodex(tmp_path, "import", str(again), "--on-duplicate", policy, "--dry-run")
        for policy in ("skip", "merge", "new", "auto")
    }
    assert {p: (c["imported"], c["merged"], c["skipped"]) for p, c in counts.items()} == {
        "skip": (0, 0, 1),
        "merge": (0, 1, 0),
        "new": (1, 0, 0),
        "auto": (1, 0, 0),
    }
    assert counts["auto"]["possible_duplicates"] == 1
