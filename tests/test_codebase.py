"""House rules that tools check: ruff is clean (including the ban on Qt outside rolodex/ui/),
and mypy is clean on the core."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_is_clean() -> None:
    result = run(sys.executable, "-m", "ruff", "check", "rolodex", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean_on_the_core() -> None:
    result = run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_qt_stays_in_the_ui_package() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "rolodex").rglob("*.py")
        if "ui" not in path.relative_to(ROOT / "rolodex").parts[:1]
        and "PySide6" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
