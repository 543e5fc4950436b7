"""Label sheet and envelope templates: JSON data files read into :class:`LabelTemplate`.

Built-in sheets live in ``resources/labels/`` (one file each, measured from the maker's
published specification, noted in the file's ``source``). Custom sheets the user measures are
saved as the same JSON in the config folder. Every file is validated: a bad one gives a
:class:`TemplateError` naming the file and the field, never a crash. Numbers must be finite and
physical: lengths up to :data:`MAX_LENGTH_MM`, at most :data:`MAX_PER_PAGE` labels a sheet and
font sizes from :data:`MIN_FONT_PT` to :data:`MAX_FONT_PT`, so no sheet can make the layout
loop or the PDF grow without bound.

All geometry is held in PDF points with the origin at the page's top-left corner.
"""

from __future__ import annotations

import json
import math
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

UNITS = {"mm": 72.0 / 25.4, "in": 72.0, "pt": 1.0}
KINDS = ("sheet", "envelope")
TOLERANCE_PT = 0.75
CUSTOM_FOLDER = "label-templates"
MAX_LENGTH_MM = 2000.0
MAX_LENGTH_PT = MAX_LENGTH_MM * UNITS["mm"]
MAX_PER_PAGE = 1000
MAX_COUNT = 500
MIN_FONT_PT = 2.0
MAX_FONT_PT = 72.0
MAX_FILE_BYTES = 256 * 1024
ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}"


class TemplateError(ValueError):
    """A template file or a custom sheet's measurements that cannot be used."""


@dataclass(frozen=True)
class Rect:
    """A rectangle in points, origin at the page's top-left, y growing downwards."""

    x: float
    y: float
    width: float
    height: float

    def inset(self, margin: float) -> Rect:
        return Rect(
            self.x + margin, self.y + margin, self.width - 2 * margin, self.height - 2 * margin
        )

    def moved(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.width, self.height)


@dataclass(frozen=True)
class LabelTemplate:
    """One label sheet (a grid of labels) or one envelope (a single recipient zone a page)."""

    id: str
    name: str
    kind: str
    page_width: float
    page_height: float
    label_width: float
    label_height: float
    columns: int
    rows: int
    left: float
    top: float
    h_pitch: float
    v_pitch: float
    corner_radius: float = 0.0
    safe_margin: float = 0.0
    max_font_pt: float = 11.0
    min_font_pt: float = 6.0
    sender: Rect | None = None
    source: str = ""
    custom: bool = False
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def is_envelope(self) -> bool:
        return self.kind == "envelope"

    def label_rect(self, index: int) -> Rect:
        """The rectangle of label ``index`` (0-based, left to right, then top to bottom)."""
        row, col = divmod(index, self.columns)
        return Rect(
            self.left + col * self.h_pitch,
            self.top + row * self.v_pitch,
            self.label_width,
            self.label_height,
        )

    def label_rects(self) -> list[Rect]:
        return [self.label_rect(i) for i in range(self.per_page)]


def _short(value: Any) -> str:
    """``repr(value)`` cut to a length that fits in one line of an error message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _get(data: Mapping[str, Any], key: str, where: str) -> Any:
    if not isinstance(data, Mapping) or key not in data:
        raise TemplateError(f"{where}: missing field '{key}'")
    return data[key]


def _number(data: Mapping[str, Any], key: str, where: str, *, zero_ok: bool = False) -> float:
    value = _get(data, key, where)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise TemplateError(f"{where}: field '{key}' must be a number, not {_short(value)}")
    if value < 0 or (value == 0 and not zero_ok):
        raise TemplateError(f"{where}: field '{key}' must be greater than zero, not {value!r}")
    return float(value)


def _length(
    data: Mapping[str, Any], key: str, where: str, scale: float, *, zero_ok: bool = False
) -> float:
    """A length in the file's unit, in points; at most :data:`MAX_LENGTH_MM`."""
    points = _number(data, key, where, zero_ok=zero_ok) * scale
    if points > MAX_LENGTH_PT:
        raise TemplateError(f"{where}: field '{key}' is longer than {MAX_LENGTH_MM:g} mm")
    return points


def _optional_length(data: Any, key: str, where: str, scale: float) -> float:
    """A length that may be left out (or null); present, it must be a length >= 0."""
    if not isinstance(data, Mapping) or data.get(key) is None:
        return 0.0
    return _length(data, key, where, scale, zero_ok=True)


def _font_size(data: Any, key: str, where: str, default: float) -> float:
    """A font size in points that may be left out; present, from MIN_FONT_PT to MAX_FONT_PT."""
    if not isinstance(data, Mapping) or data.get(key) is None:
        return default
    value = _number(data, key, where)
    if not MIN_FONT_PT <= value <= MAX_FONT_PT:
        raise TemplateError(
            f"{where}: field '{key}' must be from {MIN_FONT_PT:g} to {MAX_FONT_PT:g} pt"
        )
    return value


def _count(data: Mapping[str, Any], key: str, where: str) -> int:
    value = _get(data, key, where)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_COUNT:
        raise TemplateError(f"{where}: field '{key}' must be a whole number from 1 to {MAX_COUNT}")
    return value


def _box(data: Mapping[str, Any], key: str, where: str, scale: float) -> Rect:
    box = _get(data, key, where)
    sub = f"{where}.{key}"
    return Rect(
        _length(box, "x", sub, scale, zero_ok=True),
        _length(box, "y", sub, scale, zero_ok=True),
        _length(box, "width", sub, scale),
        _length(box, "height", sub, scale),
    )


def _grid(data: Mapping[str, Any], where: str, scale: float) -> dict[str, Any]:
    label = _get(data, "label", where)
    layout = _get(data, "layout", where)
    lw, ll = f"{where}.label", f"{where}.layout"
    return {
        "label_width": _length(label, "width", lw, scale),
        "label_height": _length(label, "height", lw, scale),
        "corner_radius": _optional_length(label, "corner_radius", lw, scale),
        "columns": _count(layout, "columns", ll),
        "rows": _count(layout, "rows", ll),
        "left": _length(layout, "left", ll, scale, zero_ok=True),
        "top": _length(layout, "top", ll, scale, zero_ok=True),
        "h_pitch": _length(layout, "h_pitch", ll, scale),
        "v_pitch": _length(layout, "v_pitch", ll, scale),
    }


def _envelope(data: Mapping[str, Any], where: str, scale: float) -> dict[str, Any]:
    box = _box(data, "recipient", where, scale)
    sender = _box(data, "sender", where, scale) if data.get("sender") else None
    return {
        "label_width": box.width,
        "label_height": box.height,
        "columns": 1,
        "rows": 1,
        "left": box.x,
        "top": box.y,
        "h_pitch": box.width,
        "v_pitch": box.height,
        "sender": sender,
    }


def _text(data: Mapping[str, Any], where: str, scale: float) -> dict[str, Any]:
    text = data.get("text")
    sub = f"{where}.text"
    if text is not None and not isinstance(text, Mapping):
        raise TemplateError(f"{sub}: must be a JSON object")
    out = {
        "safe_margin": _optional_length(text, "safe_margin", sub, scale),
        "max_font_pt": _font_size(text, "max_font_pt", sub, 11.0),
        "min_font_pt": _font_size(text, "min_font_pt", sub, 6.0),
    }
    if out["min_font_pt"] > out["max_font_pt"]:
        raise TemplateError(f"{where}: min_font_pt is larger than max_font_pt")
    return out


def _label_text(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TemplateError(f"{where}: field '{key}' must be text, not {type(value).__name__}")
    return value.strip()


def parse_template(data: Any, where: str, *, custom: bool = False) -> LabelTemplate:
    """Build and check a template from its JSON data; ``where`` names it in errors."""
    if not isinstance(data, Mapping):
        raise TemplateError(f"{where}: a template must be a JSON object")
    ident = _get(data, "id", where)
    if not isinstance(ident, str) or not re.fullmatch(ID_PATTERN, ident.strip()):
        raise TemplateError(f"{where}: id {_short(ident)} must be letters, digits, '.', '_' or '-'")
    ident = ident.strip()
    unit = _get(data, "unit", where)
    if not isinstance(unit, str) or unit not in UNITS:
        raise TemplateError(f"{where}: unit must be one of {', '.join(UNITS)}, not {_short(unit)}")
    kind = data.get("kind", "sheet")
    if not isinstance(kind, str) or kind not in KINDS:
        raise TemplateError(f"{where}: kind must be 'sheet' or 'envelope', not {_short(kind)}")
    scale = UNITS[unit]
    page = _get(data, "page", where)
    parts = _envelope(data, where, scale) if kind == "envelope" else _grid(data, where, scale)
    template = LabelTemplate(
        id=ident,
        name=_label_text(data, "name", where) or ident,
        kind=kind,
        page_width=_length(page, "width", f"{where}.page", scale),
        page_height=_length(page, "height", f"{where}.page", scale),
        source=_label_text(data, "source", where),
        custom=custom,
        raw=dict(data),
        **parts,
        **_text(data, where, scale),
    )
    check_geometry(template, where)
    return template


def check_geometry(t: LabelTemplate, where: str) -> None:
    """Refuse labels that overlap, run off the page or leave no room for text."""
    if t.per_page > MAX_PER_PAGE:
        raise TemplateError(f"{where}: more than {MAX_PER_PAGE} labels on one sheet")
    if t.columns > 1 and t.h_pitch + TOLERANCE_PT < t.label_width:
        raise TemplateError(f"{where}: labels overlap: horizontal pitch is less than label width")
    if t.rows > 1 and t.v_pitch + TOLERANCE_PT < t.label_height:
        raise TemplateError(f"{where}: labels overlap: vertical pitch is less than label height")
    last = t.label_rect(t.per_page - 1)
    if last.x + last.width > t.page_width + TOLERANCE_PT:
        raise TemplateError(f"{where}: the labels run off the right edge of the page")
    if last.y + last.height > t.page_height + TOLERANCE_PT:
        raise TemplateError(f"{where}: the labels run off the bottom of the page")
    if min(t.label_width, t.label_height) <= 2 * t.safe_margin + t.min_font_pt:
        raise TemplateError(f"{where}: the safe margin leaves no room for text")
    if t.sender is not None:
        s = t.sender
        if s.x + s.width > t.page_width + TOLERANCE_PT or s.y + s.height > t.page_height:
            raise TemplateError(f"{where}: the sender zone runs off the envelope")


def _read_json(path: Path) -> Any:
    """The JSON in ``path``: a regular file of at most MAX_FILE_BYTES, nested sanely."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise TemplateError(f"{path.name}: not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise TemplateError(f"{path.name}: larger than {MAX_FILE_BYTES // 1024} KB")
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TemplateError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(f"{path.name}: not valid JSON ({exc})") from exc
    except RecursionError as exc:
        raise TemplateError(f"{path.name}: not valid JSON (nested too deeply)") from exc


def load_template_file(path: Path, *, custom: bool = False) -> LabelTemplate:
    """Read one template file; unreadable or invalid files raise :class:`TemplateError`."""
    data = _read_json(path)
    try:
        return parse_template(data, path.name, custom=custom)
    except RecursionError as exc:
        raise TemplateError(f"{path.name}: a field is nested too deeply") from exc
