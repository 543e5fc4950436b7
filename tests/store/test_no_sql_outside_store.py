"""No SQL outside rolodex/store/ (issue 10): the service modules already moved onto the store
hold no SQL strings and never reach the driver (``execute``/``connection()``) themselves.

The lead turns MOVED into "all of rolodex/ except store/ and migrations/" once every area has
moved; each helper adds its modules as they are done.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MOVED = [
    "rolodex/services/activities.py",
    "rolodex/services/cadence.py",
    "rolodex/services/crm.py",
    "rolodex/services/crm_lookup.py",
    "rolodex/services/crm_records.py",
    "rolodex/services/crm_time.py",
    "rolodex/services/followups.py",
    "rolodex/services/recurrence.py",
]
_SQL = re.compile(
    r"\bSELECT\b.*\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b"
    r"|\bPRAGMA\b|\bCREATE\s+(TABLE|INDEX|VIRTUAL)\b|\bWHERE\b.*(=|\bIS\b|\bIN\b)",
    re.DOTALL,
)
_DRIVER_CALLS = {"execute", "execute_sql", "executemany", "executescript", "connection", "cursor"}


def sql_in(source: str) -> list[str]:
    """What in ``source`` looks like SQL or a driver call, one line each."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if _SQL.search(node.value):
                found.append(f"line {node.lineno}: SQL text {node.value[:60]!r}")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _DRIVER_CALLS
        ):
            found.append(f"line {node.lineno}: .{node.func.attr}() call")
    return found


@pytest.mark.parametrize("module", MOVED)
def test_moved_module_holds_no_sql(module: str) -> None:
    assert sql_in((ROOT / module).read_text(encoding="utf-8")) == []


def test_the_check_finds_sql_strings_and_driver_calls() -> None:
    source = (
        'Q = "SELECT id FROM contact WHERE id = ?"\n'
        "database.execute_sql(Q)\n"
        'U = f"UPDATE contact SET x = 1"\n'
        "conn = database.connection()\n"
    )
    assert len(sql_in(source)) == 4
    assert sql_in('"""Select a contact, then update it where it is shown."""') == []
