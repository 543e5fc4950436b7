"""Label settings kept in ``labels.json`` in the config folder: the last template, the
sender's country, language and return address, and each printer's calibration offset (mm).

A missing or damaged file gives the defaults; it is rewritten atomically on save.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rolodex.fileio import atomic_write

SETTINGS_FILE = "labels.json"
DEFAULT_PRINTER = "default"


@dataclass
class LabelSettings:
    template: str = ""
    home_country: str = ""
    language: str = ""
    return_address: list[str] = field(default_factory=list)
    printers: dict[str, list[float]] = field(default_factory=dict)

    def offset(self, printer: str) -> tuple[float, float]:
        """The saved (x, y) offset in mm for a printer, (0, 0) if never calibrated."""
        x, y = self.printers.get(printer or DEFAULT_PRINTER, [0.0, 0.0])
        return float(x), float(y)

    def set_offset(self, printer: str, x_mm: float, y_mm: float) -> None:
        self.printers[printer or DEFAULT_PRINTER] = [round(x_mm, 2), round(y_mm, 2)]


def settings_path() -> Path:
    from rolodex import paths

    return paths.get().config_dir / SETTINGS_FILE


def _clean(data: Any) -> LabelSettings:
    if not isinstance(data, dict):
        return LabelSettings()
    printers: dict[str, list[float]] = {}
    for name, value in (data.get("printers") or {}).items():
        if (
            isinstance(value, list)
            and len(value) == 2
            and all(isinstance(v, int | float) and math.isfinite(v) for v in value)
        ):
            printers[str(name)] = [float(value[0]), float(value[1])]
    lines = data.get("return_address") or []
    return LabelSettings(
        template=str(data.get("template") or ""),
        home_country=str(data.get("home_country") or ""),
        language=str(data.get("language") or ""),
        return_address=[str(x) for x in lines] if isinstance(lines, list) else [],
        printers=printers,
    )


def load_settings(path: Path | None = None) -> LabelSettings:
    target = path or settings_path()
    try:
        return _clean(json.loads(target.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return LabelSettings()


def save_settings(settings: LabelSettings, path: Path | None = None) -> None:
    target = path or settings_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(target, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(asdict(settings), indent=2, ensure_ascii=False))
