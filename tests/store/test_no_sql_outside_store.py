"""No SQL outside the store: every module of rolodex/ except rolodex/store/ and
rolodex/migrations/ holds no SQL text and never reaches the driver."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXEMPT = ("rolodex/store/", "rolodex/migrations/")
MODULES = sorted(
    name
    for name in (str(p.relative_to(ROOT)) for p in (ROOT / "rolodex").rglob("*.py"))
    if not name.startswith(EXEMPT)
)
SQL = re.compile(
    r"\bSELECT\b.*\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b"
    r"|\bDELETE\s+FROM\b|\bPRAGMA\b|\bCREATE\s+(TABLE|INDEX|TRIGGER)\b",
    re.S,
)
DRIVER_CALLS = {"execute", "executemany", "execute_sql", "executescript", "connection", "cursor"}


def sql_found(source: str) -> list[str]:
    """Where ``source`` holds SQL text or calls the driver, as "line: what" entries."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if SQL.search(node.value):
                found.append(f"{node.lineno}: SQL text {node.value[:40]!r}")
        elif _driver_call(node):
            found.append(f"{node.lineno}: a driver call")
    return found


def _driver_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in DRIVER_CALLS
    )


@pytest.mark.parametrize("module", MODULES)
def test_a_module_outside_the_store_holds_no_sql(module: str) -> None:
    assert sql_found((ROOT / module).read_text("utf-8")) == []


def test_every_module_outside_the_store_is_checked() -> None:
    for name in ("rolodex/db.py", "rolodex/safety/restore.py", "rolodex/ui/main_window/window.py"):
        assert name in MODULES
    assert not any(name.startswith(EXEMPT) for name in MODULES)


def test_the_check_sees_sql_text_and_driver_calls() -> None:
    source = (
        'q = "SELECT id FROM company WHERE name_key = ?"\n'
        "database.connection().execute(q, (1,))\n"
        "s = f'INSERT OR REPLACE INTO setting(key) VALUES ({x})'\n"
    )
    assert sorted(entry.split(":")[0] for entry in sql_found(source)) == ["1", "2", "2", "3"]
