"""Where the files shipped with Rolodex live: the repository's ``resources/`` folder.

The package is installed editable, so the folder sits next to the ``rolodex`` package. This is
the one place that knows it; everything else asks :func:`resources_dir`.
"""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder holding label sheets and fonts."""
    import rolodex

    return Path(rolodex.__file__).resolve().parents[1] / "resources"


def labels_dir() -> Path:
    """Built-in label sheet and envelope definitions (one JSON file each)."""
    return resources_dir() / "labels"


def font_path(bold: bool = False) -> Path:
    """The bundled DejaVu Sans TrueType file (covers Latin, Lithuanian and Cyrillic)."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return resources_dir() / "fonts" / name
