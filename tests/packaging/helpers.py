"""Shared by the packaging tests: the repository root and running the installed program."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.rolodex.Rolodex"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def run_rolodex(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m rolodex ARGS`` from this checkout (a real subprocess)."""
    return subprocess.run(
        [sys.executable, "-m", "rolodex", *args],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without anything pointing at this checkout's sources (PYTHONPATH),
    offscreen Qt, and ``extra`` on top."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
