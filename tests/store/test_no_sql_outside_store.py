"""No SQL outside the store (issue 10): the service modules listed here hold no SQL text and
never reach the connection; the store (rolodex/store/) talks to the database for them. Each
area adds its modules when they are moved; the list becomes "all of rolodex/ except store/
and migrations/" once every area is."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "rolodex"
MOVED = [
    "services/contacts.py",
    "services/contact_read.py",
    "services/contact_write.py",
    "services/search.py",
    "services/resort.py",
    "services/duplicates_check.py",
]
SQL_WORDS = re.compile(
    r"\b(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX)|PRAGMA"
    r"|DROP\s+TABLE|BEGIN|COMMIT)\b"
)
DB_CALLS = {"execute", "executemany", "execute_sql", "connection", "cursor"}


def offences(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if SQL_WORDS.search(node.value):
                found.append(f"line {node.lineno}: SQL text {node.value[:40]!r}")
        elif isinstance(node, ast.Attribute) and node.attr in DB_CALLS:
            found.append(f"line {node.lineno}: .{node.attr}")
    return found


@pytest.mark.parametrize("module", MOVED)
def test_moved_service_holds_no_sql(module: str) -> None:
    assert offences((ROOT / module).read_text(encoding="utf-8")) == []


def test_the_check_finds_sql_and_connection_use() -> None:
    sample = 'conn = database.connection()\nconn.execute("SELECT id FROM contact")\n'
    assert len(offences(sample)) == 3
