"""Where the files shipped with Rolodex live: package data under ``rolodex/resources/``.

Found with :mod:`importlib.resources`, so they are there in a wheel, an editable install and a
frozen bundle alike. This is the one place that knows it; everything else asks
:func:`resources_dir` (or the helpers below).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resources_dir() -> Path:
    """The package's ``resources/`` folder holding label sheets, fonts and icons."""
    folder = resources.files("rolodex") / "resources"
    # ``rolodex`` is a regular package installed as files (wheel, checkout or bundle), so its
    # resources are real files on disk; reportlab and Qt need file names, not streams.
    return Path(str(folder))


def labels_dir() -> Path:
    """Built-in label sheet and envelope definitions (one JSON file each)."""
    return resources_dir() / "labels"


def font_path(bold: bool = False) -> Path:
    """The bundled DejaVu Sans TrueType file (covers Latin, Lithuanian and Cyrillic)."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return resources_dir() / "fonts" / name
