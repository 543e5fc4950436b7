"""The label font: DejaVu Sans from ``rolodex/resources/fonts/``, embedded as TrueType by reportlab.

Never a base-14 font: those print a box for ą, ė, ū and all Cyrillic. :func:`label_font`
registers it once and returns its metrics for the layout code (widths and the vertical
extent taken from the font's ``hhea`` table, which covers accented capitals).
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from rolodex.labels.resources import font_path

FONT_NAME = "RolodexDejaVuSans"


@dataclass(frozen=True)
class FontMetrics:
    """Font measurements for 1 pt type: multiply by the size."""

    name: str
    ascent: float
    descent: float
    width: Callable[[str], float]
    glyphs: frozenset[int]

    @property
    def line_factor(self) -> float:
        """Baseline-to-baseline distance for 1 pt type (no glyph of one line touches the next)."""
        return self.ascent + self.descent

    def missing(self, text: str) -> str:
        """The characters of ``text`` the font has no glyph for (in order, once each)."""
        if self.glyphs.issuperset(map(ord, text)):
            return ""
        absent = [ch for ch in text if ord(ch) not in self.glyphs and not ch.isspace()]
        return "".join(dict.fromkeys(absent))


def _hhea_extent(face: object) -> tuple[float, float]:
    table = face.get_table("hhea")  # type: ignore[attr-defined]
    ascender, descender = struct.unpack(">hh", table[4:8])
    units = float(face.unitsPerEm)  # type: ignore[attr-defined]
    return ascender / units, -descender / units


@lru_cache(maxsize=1)
def label_font() -> FontMetrics:
    """Register the bundled font with reportlab (once) and return its metrics."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont(FONT_NAME, str(font_path()))
    pdfmetrics.registerFont(font)
    ascent, descent = _hhea_extent(font.face)
    # PDF readers box glyphs with the descriptor's descent: keep the larger of the two.
    descent = max(descent, -font.face.descent / 1000.0)
    widths = font.face.charWidths
    default = font.face.defaultWidth

    def width(text: str) -> float:
        return float(sum(map(widths.get, map(ord, text), repeat(default)))) / 1000.0

    return FontMetrics(FONT_NAME, ascent, descent, width, frozenset(font.face.charToGlyph))
