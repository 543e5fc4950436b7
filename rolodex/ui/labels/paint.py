"""Drawing planned label pages with QPainter, for the dialog's preview and for printing.

Works in PDF points: the painter is scaled so that one unit is 1/16 pt, which lets integer
pixel font sizes express the fractional sizes the layout chose.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPen

from rolodex.labels.plan import PagePlan
from rolodex.labels.resources import font_path
from rolodex.labels.templates import LabelTemplate, Rect

SUB = 16.0
_family: str | None = None


def label_family() -> str:
    """Load the bundled DejaVu Sans into Qt once and return its family name."""
    global _family
    if _family is None:
        ident = QFontDatabase.addApplicationFont(str(font_path()))
        families = QFontDatabase.applicationFontFamilies(ident) if ident >= 0 else []
        _family = families[0] if families else "DejaVu Sans"
    return _family


def _qrect(r: Rect) -> QRectF:
    return QRectF(r.x * SUB, r.y * SUB, r.width * SUB, r.height * SUB)


def paint_page(
    painter: QPainter,
    template: LabelTemplate,
    page: PagePlan | None,
    scale: float,
    outline_rects: list[Rect],
) -> None:
    """Draw one page; ``scale`` is device pixels per point."""
    painter.save()
    painter.scale(scale / SUB, scale / SUB)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(150, 150, 150), 0))
    radius = template.corner_radius * SUB
    for rect in outline_rects:
        painter.drawRoundedRect(_qrect(rect), radius, radius)
    painter.setPen(QColor(0, 0, 0))
    placements = [] if page is None else page.labels + ([page.sender] if page.sender else [])
    font = QFont(label_family())
    for placement in placements:
        font.setPixelSize(max(1, round(placement.text.size * SUB)))
        painter.setFont(font)
        for (x, y), line in zip(placement.origins, placement.text.lines, strict=True):
            painter.drawText(round(x * SUB), round(y * SUB), line)
    painter.restore()
