"""The self-contained bundle (PyInstaller, packaging/build-bundle.sh): built, then run with an
environment that holds no Python (no PATH, no PYTHON* variables, an empty HOME): the version,
the label sheets and fonts inside, and the app offscreen to its first window.

Building takes about 2-4 minutes on two cores; it runs in the default suite (CI builds the
bundle here), marked ``slow`` so ``-m "not slow"`` leaves it out of quick local runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rolodex import __version__
from tests.packaging.helpers import ROOT

pytestmark = pytest.mark.slow
VCARDS = ROOT / "tests" / "data" / "vcard" / "nordic-baltic-russian.vcf"


def bare_env(home: Path) -> dict[str, str]:
    """As on a machine without Python: nothing on PATH, no Python variables."""
    return {
        "HOME": str(home), "PATH": "/nonexistent", "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen", "ROLODEX_DATA_DIR": str(home / "data"),
    }  # fmt: skip


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHON"] = sys.executable
    build = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build-bundle.sh"), str(out)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=1200, check=False,
    )  # fmt: skip
    assert build.returncode == 0, build.stdout + build.stderr
    assert (out / f"rolodex-{__version__}-linux-{os.uname().machine}.tar.gz").is_file()
    return out / "rolodex" / "rolodex"


def run(exe: Path, *args: str | Path, home: Path) -> str:
    out = subprocess.run(
        [str(exe), *map(str, args)], capture_output=True, text=True, cwd=home,
        env=bare_env(home), timeout=120, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr
    return out.stdout


def test_bundle_runs_without_python(bundle: Path, tmp_path: Path) -> None:
    inside = bundle.parent / "_internal"
    assert (inside / "rolodex" / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (inside / "rolodex" / "ui" / "translations" / "rolodex_en.qm").is_file()
    assert run(bundle, "--version", home=tmp_path).strip() == f"rolodex {__version__}"
    book = ("--db", tmp_path / "book.db")
    listing = run(bundle, *book, "labels", "--list-templates", home=tmp_path)
    assert "avery-l7160" in listing and "zweckform-3475" in listing
    assert '"imported": 3' in run(bundle, *book, "import", "--json", VCARDS, home=tmp_path)
    run(bundle, *book, "labels", "--template", "L7160", "-o", "l.pdf", home=tmp_path)
    assert b"DejaVuSans" in (tmp_path / "l.pdf").read_bytes()
    assert "SHOWN" in run(bundle, *book, "--startup-check", home=tmp_path)
    assert "(bundle) started" in (tmp_path / "data" / "rolodex.log").read_text(encoding="utf-8")


def test_bundle_carries_the_postgresql_driver(bundle: Path, tmp_path: Path) -> None:
    """A server book loads psycopg when opened; the bundle once left it out, so every server
    book ended in "No module named 'psycopg'". Unreachable server: the usual one line."""
    out = subprocess.run(
        [str(bundle), "--db", "postgresql://nobody@127.0.0.1:1/none", "stats"],
        capture_output=True, text=True, cwd=tmp_path, env=bare_env(tmp_path), timeout=120,
        check=False,
    )  # fmt: skip
    assert out.returncode == 2 and "Cannot reach the PostgreSQL server" in out.stderr, out.stderr
