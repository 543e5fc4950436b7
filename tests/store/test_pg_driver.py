"""The PostgreSQL driver is loaded only when a server book is opened (start-up speed), and a
server book opened after Peewee was imported without it works as ever."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PROGRAM = """
import contextlib, io, json, sys
from rolodex.__main__ import main
out = {}
for name, argv in json.loads(sys.argv[1]):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = main(argv)
    out[name] = [code, buffer.getvalue(), "psycopg" in sys.modules]
print(json.dumps(out))
"""


def run_in_one_process(*commands: tuple[str, list[str]]) -> dict[str, list[object]]:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, json.dumps(commands)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def test_a_file_book_never_loads_the_server_driver(tmp_path: Path) -> None:
    book = str(tmp_path / "book.db")
    out = run_in_one_process(
        ("add", ["--db", book, "add", "Åse Nordmann", "--email", "ase@example.no"]),
        ("search", ["--db", book, "search", "ase", "--json"]),
    )
    assert out["add"][0] == 0 and out["search"][0] == 0
    assert [hit["name"] for hit in json.loads(str(out["search"][1]))] == ["Åse Nordmann"]
    assert out["search"][2] is False


def test_a_server_book_after_a_file_book_attaches_the_driver(
    tmp_path: Path, pg_database: str
) -> None:
    book = str(tmp_path / "book.db")
    out = run_in_one_process(
        ("file", ["--db", book, "stats", "--json"]),
        ("add", ["--db", pg_database, "add", "Žydrūnė Kazlauskienė", "--phone", "+37061234567"]),
        ("search", ["--db", pg_database, "search", "zydrune", "--json"]),
    )
    assert out["file"][2] is False
    assert out["add"][0] == 0, out["add"]
    assert [hit["name"] for hit in json.loads(str(out["search"][1]))] == ["Žydrūnė Kazlauskienė"]
    assert out["search"][2] is True
