"""The one-page printer calibration sheet.

Print it on plain paper with the current offset, lay it on a label sheet against the light and
read on the millimetre scales how far the printed outline sits from the real label edge:
that is the offset to enter (x to the right, y downwards). Labels are drawn with the offset
already applied, so a calibrated printer prints the outlines exactly on the labels.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rolodex.labels.fonts import label_font
from rolodex.labels.options import LabelOptions, check_options
from rolodex.labels.plan import MM, offset, place
from rolodex.labels.render import draw_outline, draw_text, new_canvas, write_pdf
from rolodex.labels.templates import LabelTemplate, Rect

SCALE_MM = 5

INSTRUCTIONS = [
    "Printer calibration: {name}",
    "Print at 100 % (no “fit to page”), hold against a label sheet.",
    "Read on the scales where the real label edge falls:",
    "enter that as offset x (right +) and y (down +) in mm.",
]


def _scales(canvas: Any, rect: Rect, page_height: float) -> None:
    """Millimetre ticks across the top-left corner of ``rect``, -5 to +5 mm."""
    x0, y0 = rect.x, page_height - rect.y
    for mm in range(-SCALE_MM, SCALE_MM + 1):
        tick = 4.0 if mm % 5 == 0 else 2.0
        canvas.line(x0 + mm * MM, y0, x0 + mm * MM, y0 + tick)
        canvas.line(x0, y0 - mm * MM, x0 - tick, y0 - mm * MM)


def _crosshair(canvas: Any, rect: Rect, page_height: float) -> None:
    cx, cy = rect.x + rect.width / 2, page_height - rect.y - rect.height / 2
    canvas.line(cx - 3 * MM, cy, cx + 3 * MM, cy)
    canvas.line(cx, cy - 3 * MM, cx, cy + 3 * MM)


def _instructions(canvas: Any, template: LabelTemplate, rect: Rect) -> None:
    """The instructions, fitted inside the first label like an address."""
    lines = [line.format(name=template.name) for line in INSTRUCTIONS]
    placed = place(lines, rect, template, label_font(), 8.0)
    if placed is not None:
        text = canvas.beginText()
        draw_text(text, placed, template.page_height, label_font().name)
        canvas.drawText(text)


def render_calibration_sheet(template: LabelTemplate, options: LabelOptions, out: Path) -> None:
    """Write the test page: every label outlined, with scales and a centre mark (0600, like
    the labels). Raises LabelLimitError for an offset outside the limits."""
    check_options(options)
    metrics = label_font()
    canvas = new_canvas(template, metrics)
    dx, dy = offset(options)
    rects = [r.moved(dx, dy) for r in template.label_rects()]
    if template.sender is not None:
        rects.append(template.sender.moved(dx, dy))
    canvas.setLineWidth(0.3)
    for i, rect in enumerate(rects):
        draw_outline(canvas, rect, template, template.corner_radius)
        if i:
            _crosshair(canvas, rect, template.page_height)
    _scales(canvas, rects[0], template.page_height)
    _instructions(canvas, template, rects[0])
    canvas.showPage()
    write_pdf(canvas, out)
