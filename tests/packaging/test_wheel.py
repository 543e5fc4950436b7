"""The sdist and the wheel built from it, installed (not editable) into a fresh virtual
environment: the CLI's import, export, labels and backup work there, and the app reaches its
first window offscreen. The fresh environment borrows the project environment's dependencies
through a .pth line (no downloads; the editable ``rolodex`` finder there is not loaded), and
the test checks that the ``rolodex`` it runs is the installed wheel's."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from rolodex import __version__
from tests.packaging.helpers import APP_ID, ROOT, clean_env

VCARDS = ROOT / "tests" / "data" / "vcard" / "nordic-baltic-russian.vcf"


def run(*command: str | Path, cwd: Path, **env: str) -> str:
    out = subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, cwd=cwd,
        env=clean_env(**env), timeout=300, check=False,
    )  # fmt: skip
    assert out.returncode == 0, f"{command}\n{out.stdout}\n{out.stderr}"
    assert "Traceback" not in out.stderr, out.stderr
    return out.stdout


@pytest.fixture(scope="module")
def artefacts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sdist, and the wheel built from it (``python -m build``)."""
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--outdir", out, ROOT, cwd=out)
    (sdist,), (wheel,) = out.glob("*.tar.gz"), out.glob("*.whl")
    return sdist, wheel


@pytest.fixture(scope="module")
def fresh(artefacts: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with the wheel installed; returns its bin folder."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=venv.parent)
    python = venv / "bin" / "python"
    purelib = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                  cwd=venv.parent).strip()  # fmt: skip
    shared = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(purelib) / "shared-dependencies.pth").write_text("\n".join(sorted(shared)) + "\n")
    run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps",
        "--no-index", artefacts[1], cwd=venv.parent)  # fmt: skip
    return venv / "bin"


def test_wheel_holds_the_package_data(artefacts: tuple[Path, Path]) -> None:
    with zipfile.ZipFile(artefacts[1]) as wheel:
        names = set(wheel.namelist())
    assert artefacts[1].name == f"rolodex-{__version__}-py3-none-any.whl"
    for name in (
        "rolodex/resources/labels/avery-l7160.json",
        "rolodex/resources/fonts/DejaVuSans.ttf",
        "rolodex/resources/fonts/LICENSE-DejaVu.txt",
        "rolodex/resources/icons/48x48.png",
        f"rolodex/resources/desktop/{APP_ID}.desktop",
        f"rolodex/resources/desktop/{APP_ID}.metainfo.xml",
        "rolodex/ui/translations/rolodex_en.qm",
    ):
        assert name in names
    assert not [n for n in names if n.endswith(".ts") or "__pycache__" in n]


def test_sdist_holds_the_design_sources(artefacts: tuple[Path, Path]) -> None:
    top = f"rolodex-{__version__}/"
    with tarfile.open(artefacts[0]) as sdist:
        names = {n.removeprefix(top) for n in sdist.getnames()}
    for name in (
        f"resources/icons/{APP_ID}.svg",
        f"resources/icons/256x256/{APP_ID}.png",
        f"resources/{APP_ID}.desktop",
        f"resources/{APP_ID}.metainfo.xml",
        "resources/screenshots/main-window.png",
        "rolodex/ui/translations/rolodex_en.ts",
        "packaging/rolodex.spec",
        "CHANGELOG.md",
        "tests/conftest.py",
    ):
        assert name in names


def test_installed_wheel_runs_the_cli_and_the_app(fresh: Path, tmp_path: Path) -> None:
    env = {"ROLODEX_DATA_DIR": str(tmp_path / "data"), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    where = run(fresh / "python", "-c", "import importlib.metadata as m, rolodex; "
                "print(rolodex.__file__); print(m.version('rolodex'))", cwd=tmp_path)  # fmt: skip
    module, version = where.split()
    assert Path(module).is_relative_to(fresh.parent) and version == __version__
    rolodex = [fresh / "rolodex", "--db", tmp_path / "book.db"]
    assert run(fresh / "rolodex", "--version", cwd=tmp_path).strip() == f"rolodex {__version__}"
    assert '"imported": 3' in run(*rolodex, "import", "--json", VCARDS, cwd=tmp_path, **env)
    run(*rolodex, "export", "-o", tmp_path / "out.vcf", cwd=tmp_path, **env)
    assert (tmp_path / "out.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 3
    listing = run(*rolodex, "labels", "--list-templates", cwd=tmp_path, **env)
    assert "avery-l7160" in listing and "envelope-dl" in listing and "not found" not in listing
    run(*rolodex, "labels", "--template", "L7160", "-o", tmp_path / "l.pdf", cwd=tmp_path, **env)
    assert b"DejaVuSans" in (tmp_path / "l.pdf").read_bytes()  # the packaged font, embedded
    run(*rolodex, "backup", "-o", tmp_path / "copy.db", cwd=tmp_path, **env)
    assert (tmp_path / "copy.db").stat().st_size > 0
    assert "SHOWN" in run(*rolodex, "--startup-check", cwd=tmp_path, **env)
    run(fresh / "rolodex", "--install-desktop", cwd=tmp_path, **env)
    entry = tmp_path / "xdg" / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={fresh / 'rolodex'}\n" in entry.read_text(encoding="utf-8")
