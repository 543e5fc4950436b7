"""Label sheets and envelopes as PDF, drawn with reportlab in the embedded DejaVu Sans.

:func:`render_labels` builds the PDF in memory and writes it with
:func:`rolodex.fileio.atomic_write` (a private 0600 temp file renamed over ``out``), so a
cancelled or failed run never leaves half a PDF behind and no one else can read the addresses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rolodex.fileio import atomic_write
from rolodex.labels.fonts import FontMetrics, label_font
from rolodex.labels.options import LabelOptions, LabelResult, LeftOut
from rolodex.labels.plan import PagePlan, Placement, plan_pages
from rolodex.labels.prepare import prepare_entries
from rolodex.labels.templates import LabelTemplate, Rect
from rolodex.records import ContactData

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
OUTLINE_GREY = 0.6


def new_canvas(template: LabelTemplate, metrics: FontMetrics) -> Any:
    """A reportlab canvas whose only font is the embedded label font (no Helvetica); it is
    never saved to a path: :func:`write_pdf` writes its bytes."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(
        "labels.pdf",
        pagesize=(template.page_width, template.page_height),
        pageCompression=1,
        initialFontName=metrics.name,
        initialFontSize=10,
    )
    canvas.setCreator("Rolodex")
    return canvas


def write_pdf(canvas: Any, out: Path) -> None:
    """Write the finished canvas to ``out`` atomically, readable by the owner only (0600)."""
    data = canvas.getpdfdata()
    with atomic_write(out, "wb") as fh:
        fh.write(data)


def draw_outline(canvas: Any, rect: Rect, template: LabelTemplate, radius: float) -> None:
    y = template.page_height - rect.y - rect.height
    canvas.roundRect(rect.x, y, rect.width, rect.height, radius, stroke=1, fill=0)


def draw_text(text_obj: Any, placement: Placement, page_height: float, font: str) -> None:
    text_obj.setFont(font, placement.text.size)
    for (x, y), line in zip(placement.origins, placement.text.lines, strict=True):
        text_obj.setTextOrigin(x, page_height - y)
        text_obj.textOut(line)


def draw_page(
    canvas: Any, page: PagePlan, template: LabelTemplate, options: LabelOptions, font: str
) -> None:
    """Draw one planned page (outlines first, then all text in one text object)."""
    if options.outline:
        canvas.setStrokeGray(OUTLINE_GREY)
        canvas.setLineWidth(0.3)
        rects = (
            [p.rect for p in page.labels]
            if template.is_envelope
            else _sheet_rects(template, options)
        )
        for rect in rects:
            draw_outline(canvas, rect, template, template.corner_radius)
        if page.sender is not None:
            draw_outline(canvas, page.sender.rect, template, 0)
    text_obj = canvas.beginText()
    for placement in page.labels + ([page.sender] if page.sender else []):
        draw_text(text_obj, placement, template.page_height, font)
    canvas.drawText(text_obj)


def _sheet_rects(template: LabelTemplate, options: LabelOptions) -> list[Rect]:
    from rolodex.labels.plan import offset

    dx, dy = offset(options)
    return [r.moved(dx, dy) for r in template.label_rects()]


def _dedupe(left_out: list[LeftOut]) -> list[LeftOut]:
    return list(dict.fromkeys(left_out))


def render_labels(
    contacts: Iterable[ContactData],
    template: LabelTemplate,
    options: LabelOptions,
    out: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> LabelResult:
    """Write the labels for ``contacts`` to the PDF ``out``; see :class:`LabelResult`.
    Raises ValueError for a start position off the sheet or options outside the limits
    (:class:`~rolodex.labels.options.LabelLimitError`), OSError if ``out`` cannot be written."""
    metrics = label_font()
    entries, left_out = prepare_entries(contacts, options, metrics.missing)
    result = LabelResult(left_out=left_out)
    canvas = new_canvas(template, metrics)
    total, refused = len(entries), len(left_out)
    for page in plan_pages(entries, template, options, metrics, left_out):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        draw_page(canvas, page, template, options, metrics.name)
        canvas.showPage()
        result.pages += 1
        result.labels += len(page.labels)
        if progress is not None:
            progress(result.labels + len(left_out) - refused, total)
    if not result.cancelled and result.pages:
        write_pdf(canvas, out)
    result.left_out = _dedupe(left_out)
    return result
