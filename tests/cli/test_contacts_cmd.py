"""The contact book command line, run as a real process (no Qt on this path)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def rolodex(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rolodex", *args], capture_output=True, text=True, timeout=60
    )


def test_add_search_and_stats(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    added = rolodex("--db", db, "add", "Šarūnas Jasikevičius", "--email", "sj@example.lt",
                    "--phone", "+370 612 34567", "--company", "Žalgiris", "--city", "Kaunas",
                    "--country", "lt", "--tag", "Krepšinis")  # fmt: skip
    assert added.returncode == 0, added.stderr
    new_id = int(added.stdout.strip())
    found = rolodex("--db", db, "search", "sarunas", "--json")
    assert found.returncode == 0, found.stderr
    (hit,) = json.loads(found.stdout)
    assert hit["id"] == new_id
    assert hit["name"] == "Šarūnas Jasikevičius"
    assert hit["company"] == "Žalgiris"
    assert hit["emails"] == ["sj@example.lt"]
    assert hit["phones"] == ["+370 612 34567"]
    stats = json.loads(rolodex("--db", db, "stats", "--json").stdout)
    assert stats == {"contacts": 1, "companies": 1, "tags": 1, "activities": 0, "followups": 0}


def test_search_limit(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    for name in ["Anna A", "Anne B", "Annika C"]:
        assert rolodex("--db", db, "add", name).returncode == 0
    found = json.loads(rolodex("--db", db, "search", "ann", "--json", "--limit", "2").stdout)
    assert [h["name"] for h in found] == ["Anna A", "Anne B"]


def test_bad_database_file_is_a_clear_error_and_untouched(tmp_path: Path) -> None:
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not a database")
    result = rolodex("--db", str(bad), "stats", "--json")
    assert result.returncode != 0
    assert "not a Rolodex database" in result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_bytes() == b"\xff\xd8\xff\xe0 not a database"


def test_version() -> None:
    result = rolodex("--version")
    assert result.returncode == 0 and result.stdout.startswith("rolodex ")


def test_command_line_never_imports_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from rolodex.cli.main import run;"
        f"run(['--db', {str(tmp_path / 'q.db')!r}, 'stats', '--json']);"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
