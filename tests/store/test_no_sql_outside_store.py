"""No SQL outside the store: the listed modules hold no SQL text and never reach the driver.

Each area of issue 10 adds its modules here once they are moved onto :mod:`rolodex.store`;
when every area is done this becomes "all of rolodex/ except store/ and migrations/"."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MOVED = [
    "rolodex/services/contacts.py",
    "rolodex/services/contact_read.py",
    "rolodex/services/contact_write.py",
    "rolodex/services/search.py",
    "rolodex/services/resort.py",
    "rolodex/services/duplicates_check.py",
    "rolodex/services/activities.py",
    "rolodex/services/cadence.py",
    "rolodex/services/crm.py",
    "rolodex/services/crm_lookup.py",
    "rolodex/services/crm_records.py",
    "rolodex/services/crm_time.py",
    "rolodex/services/followups.py",
    "rolodex/services/recurrence.py",
    "rolodex/services/companies.py",
    "rolodex/services/company_activities.py",
    "rolodex/services/merge.py",
    "rolodex/services/merge_json.py",
    "rolodex/services/merge_plan.py",
    "rolodex/services/prefs.py",
    "rolodex/services/exporting.py",
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "rolodex/labels").glob("*.py")),
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "rolodex/sync").glob("*.py")),
    "rolodex/cli/sync_cmd.py",
]
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


@pytest.mark.parametrize("module", MOVED)
def test_a_moved_module_holds_no_sql(module: str) -> None:
    assert sql_found((ROOT / module).read_text("utf-8")) == []


def test_the_check_sees_sql_text_and_driver_calls() -> None:
    source = (
        'q = "SELECT id FROM company WHERE name_key = ?"\n'
        "database.connection().execute(q, (1,))\n"
        "s = f'INSERT OR REPLACE INTO setting(key) VALUES ({x})'\n"
    )
    assert sorted(entry.split(":")[0] for entry in sql_found(source)) == ["1", "2", "2", "3"]
