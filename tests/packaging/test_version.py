"""One version: ``rolodex/__init__.py`` holds it; the CLI, the About box, the metainfo's latest
release, the CHANGELOG and the wheel's metadata (tests/packaging/test_wheel.py) agree."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET

from rolodex import __version__
from tests.packaging.helpers import APP_ID, ROOT, run_rolodex


def test_cli_prints_the_package_version() -> None:
    result = run_rolodex("--version")
    assert result.stdout.strip() == f"rolodex {__version__}"


def test_pyproject_reads_the_version_from_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    dynamic = project["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "rolodex.__version__"}


def test_metainfo_latest_release_is_this_version() -> None:
    for folder in (ROOT / "resources", ROOT / "rolodex" / "resources" / "desktop"):
        root = ET.parse(folder / f"{APP_ID}.metainfo.xml").getroot()
        releases = root.findall("releases/release")
        assert releases and releases[0].get("version") == __version__


def test_changelog_starts_with_this_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    first = re.search(r"^## (\S+)", text, re.M)
    assert first is not None and first.group(1) == __version__


def test_about_box_shows_the_version(qtbot: object) -> None:
    from rolodex.ui.main_window.help import about_text

    assert about_text().startswith(f"Rolodex {__version__}\n")
