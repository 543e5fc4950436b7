"""``rolodex --install-desktop``: the desktop entry, icons and AppStream metainfo put where a
freedesktop desktop (GNOME, KDE, Xfce...) finds them for the current user.

The files are package data (``rolodex/resources/desktop/`` and ``icons/``; their sources are in
the repository's ``resources/``). They go under the user's XDG data folder
(``$XDG_DATA_HOME``, by default ``~/.local/share``, as platformdirs reports it): the entry in
``applications/``, the icons in the ``hicolor`` theme's sizes, the metainfo in ``metainfo/``.
The entry's ``Exec`` names the program that is running, so a wheel installed in a virtual
environment or a bundle unpacked anywhere starts from the menu without being on ``PATH``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rolodex.labels.resources import resources_dir

APP_ID = "org.rolodex.Rolodex"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


class DesktopError(Exception):
    """The desktop files cannot be installed here (not a freedesktop system, or no write)."""


def data_home() -> Path:
    """The user's XDG data folder (``$XDG_DATA_HOME`` or ``~/.local/share``)."""
    import platformdirs

    return Path(platformdirs.user_data_dir())


def launcher() -> list[str]:
    """The command line that starts the running Rolodex again."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the executable itself
        return [sys.executable]
    script = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "rolodex" and script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "rolodex"]


def exec_value(command: list[str]) -> str:
    """``command`` quoted as the desktop entry specification asks for an ``Exec`` key."""

    def quote(arg: str) -> str:
        arg = arg.replace("%", "%%")
        if re.search(r"[\s\"'\\><~|&;$*?#()`]", arg):
            arg = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
        return arg

    return " ".join(map(quote, command)).replace("\\", "\\\\")


def desktop_entry(command: list[str]) -> str:
    """The packaged desktop entry with ``Exec`` set to ``command``."""
    text = (resources_dir() / "desktop" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = exec_value(command)
    return "".join(
        f"Exec={exec_line}\n" if line.startswith("Exec=") else line
        for line in text.splitlines(keepends=True)
    )


def _targets(home: Path) -> dict[Path, Path]:
    """Each packaged file (source) and where it goes under ``home``."""
    res = resources_dir()
    icons = home / "icons" / "hicolor"
    targets = {
        res / "icons" / f"{n}x{n}.png": icons / f"{n}x{n}" / "apps" / f"{APP_ID}.png"
        for n in ICON_SIZES
    }
    targets[res / "icons" / "scalable.svg"] = icons / "scalable" / "apps" / f"{APP_ID}.svg"
    metainfo = f"{APP_ID}.metainfo.xml"
    targets[res / "desktop" / metainfo] = home / "metainfo" / metainfo
    return targets


def install_desktop(home: Path | None = None) -> list[Path]:
    """Install the entry, icons and metainfo under ``home`` (the XDG data folder); returns
    the files written. :class:`DesktopError` on Windows and macOS or when writing fails."""
    if sys.platform in ("win32", "darwin"):
        raise DesktopError("--install-desktop is for Linux and BSD desktops (freedesktop.org)")
    home = home or data_home()
    written: list[Path] = []
    try:
        for source, target in _targets(home).items():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
            written.append(target)
        entry = home / "applications" / f"{APP_ID}.desktop"
        entry.parent.mkdir(parents=True, exist_ok=True)
        entry.write_text(desktop_entry(launcher()), encoding="utf-8")
    except OSError as exc:
        raise DesktopError(f"Cannot install the desktop files in {home}: {exc}") from exc
    return [*written, entry]
