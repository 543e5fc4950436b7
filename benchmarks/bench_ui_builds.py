"""The installed forms of Rolodex that bench_ui.py starts: the wheel in a fresh virtual
environment and the PyInstaller bundle, built once and cached in ``benchmarks/.cache/``
(delete the folders there to rebuild after changing the code).

The fresh environment borrows the benchmark interpreter's dependencies through a .pth line,
as tests/packaging/test_wheel.py does, and holds only the wheel's ``rolodex``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(__file__).resolve().parent / ".cache"


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def _run(*command: str | Path, env: dict[str, str] | None = None) -> str:
    out = subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, env=env or _env(),
        cwd=CACHE, check=False,
    )  # fmt: skip
    if out.returncode != 0:
        raise SystemExit(f"{command[:3]} failed:\n{out.stdout}\n{out.stderr}")
    return out.stdout


def wheel_command() -> list[str]:
    """``rolodex`` installed from a freshly built wheel (built on first use)."""
    venv = CACHE / "wheel-venv"
    exe = venv / "bin" / "rolodex"
    if exe.exists():
        return [str(exe)]
    CACHE.mkdir(exist_ok=True)
    print(f"Building the wheel into {venv}...", flush=True)
    shutil.rmtree(venv, ignore_errors=True)
    with tempfile.TemporaryDirectory() as dist:
        _run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", dist, ROOT)
        (wheel,) = Path(dist).glob("*.whl")
        _run(sys.executable, "-m", "venv", "--without-pip", venv)
        python = venv / "bin" / "python"
        purelib = _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
        shared = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
        Path(purelib.strip(), "shared-dependencies.pth").write_text("\n".join(shared) + "\n")
        _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", wheel)
        _run(python, "-m", "compileall", "-q", Path(purelib.strip()) / "rolodex")
    return [str(exe)]


def bundle_command() -> list[str]:
    """The bundle's executable (packaging/build-bundle.sh on first use: a few minutes)."""
    exe = CACHE / "bundle" / "rolodex" / "rolodex"
    if exe.exists():
        return [str(exe)]
    CACHE.mkdir(exist_ok=True)
    print("Building the bundle (PyInstaller, a few minutes)...", flush=True)
    env = _env() | {"PYTHON": sys.executable}
    _run("bash", ROOT / "packaging" / "build-bundle.sh", CACHE / "bundle", env=env)
    return [str(exe)]
