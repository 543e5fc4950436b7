"""The desktop entry, AppStream metainfo and icons: valid for the freedesktop tools, the same
in the package as in resources/, and installed for the user by ``rolodex --install-desktop``."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rolodex.labels.resources import resources_dir
from tests.packaging.helpers import APP_ID, ICON_SIZES, ROOT, png_size, run_rolodex

SOURCES = ROOT / "resources"
DESKTOP = SOURCES / f"{APP_ID}.desktop"
METAINFO = SOURCES / f"{APP_ID}.metainfo.xml"


def validate(*command: str) -> None:
    if shutil.which(command[0]) is None:
        pytest.fail(f"{command[0]} is missing: run packaging/setup-debian.sh --test")
    out = subprocess.run(command, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout + out.stderr


def test_desktop_entry_is_valid() -> None:
    validate("desktop-file-validate", str(DESKTOP))


def test_metainfo_is_valid() -> None:
    validate("appstreamcli", "validate", "--no-net", str(METAINFO))


def test_metainfo_points_nowhere_that_does_not_exist_and_the_screenshot_ships() -> None:
    """No public web home yet: no placeholder homepage or screenshot URL (packaging/README.md);
    the screenshot is in resources/ at its size, and a published one must match it."""
    root = ET.parse(METAINFO).getroot()
    assert not [u.text for u in root.iter("url") if "example." in (u.text or "")]
    shot = SOURCES / "screenshots" / "main-window.png"
    assert png_size(shot) == (1366, 768)
    for image in root.iterfind("screenshots/screenshot/image"):
        assert "example." not in (image.text or "")
        assert Path(image.text or "").name == shot.name
        assert png_size(shot) == (int(image.get("width", 0)), int(image.get("height", 0)))


def test_icons_rendered_at_every_size() -> None:
    for n in ICON_SIZES:
        assert png_size(SOURCES / "icons" / f"{n}x{n}" / f"{APP_ID}.png") == (n, n)


def test_package_copies_match_the_sources() -> None:
    """packaging/render-icons.sh copies resources/ into the package; a stale copy fails."""
    package = resources_dir()
    pairs = [(SOURCES / "icons" / f"{APP_ID}.svg", package / "icons" / "scalable.svg")]
    pairs += [(DESKTOP, package / "desktop" / DESKTOP.name)]
    pairs += [(METAINFO, package / "desktop" / METAINFO.name)]
    pairs += [
        (SOURCES / "icons" / f"{n}x{n}" / f"{APP_ID}.png", package / "icons" / f"{n}x{n}.png")
        for n in ICON_SIZES
    ]
    stale = [str(copy) for source, copy in pairs if source.read_bytes() != copy.read_bytes()]
    assert not stale, f"run packaging/render-icons.sh: {stale}"


def test_install_desktop_puts_the_files_in_the_xdg_data_folder(tmp_path: Path) -> None:
    import os

    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"))
    result = run_rolodex("--install-desktop", env=env)
    assert result.returncode == 0, result.stderr
    share = tmp_path / "share"
    entry = share / "applications" / f"{APP_ID}.desktop"
    validate("desktop-file-validate", str(entry))
    assert f"Exec={sys.executable} -m rolodex\n" in entry.read_text(encoding="utf-8")
    for n in ICON_SIZES:
        icon = share / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png"
        assert png_size(icon) == (n, n)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    validate("appstreamcli", "validate", "--no-net", str(share / "metainfo" / METAINFO.name))


def test_install_desktop_into_a_read_only_folder_is_one_line(tmp_path: Path) -> None:
    import os

    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    env = dict(os.environ, XDG_DATA_HOME=str(blocker))
    result = run_rolodex("--install-desktop", env=env)
    assert result.returncode == 2
    assert result.stderr.startswith("rolodex: Cannot install the desktop files")
    assert "Traceback" not in result.stderr


def test_exec_line_quotes_a_path_with_spaces() -> None:
    from rolodex.desktop import exec_value

    assert exec_value(["/opt/My Apps/rolodex"]) == '"/opt/My Apps/rolodex"'
    assert exec_value(["/opt/rolodex", "100%"]) == "/opt/rolodex 100%%"
