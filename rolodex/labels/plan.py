"""Page layout of a label run, independent of the output: which label slot each entry takes,
the fitted text and where each line starts. The PDF renderer and the Qt preview/printing both
draw from these plans, so what the preview shows is what the PDF holds."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from rolodex.labels.fonts import FontMetrics
from rolodex.labels.layout import FittedText, fit_text
from rolodex.labels.options import REASON_TOO_LONG, LabelOptions, LeftOut, check_options
from rolodex.labels.prepare import Entry
from rolodex.labels.templates import LabelTemplate, Rect

MM = 72.0 / 25.4
SENDER_MAX_PT = 9.0


@dataclass(frozen=True)
class Placement:
    """One label on a page: its rectangle, the safe text box and the text set in it."""

    rect: Rect
    box: Rect
    text: FittedText
    origins: list[tuple[float, float]]
    entry: Entry | None = None


@dataclass
class PagePlan:
    number: int
    labels: list[Placement] = field(default_factory=list)
    sender: Placement | None = None


def check_start(template: LabelTemplate, start_at: int) -> None:
    """Refuse a start position that is not on the sheet."""
    if not 1 <= start_at <= template.per_page:
        raise ValueError(f"Start position must be between 1 and {template.per_page} on this sheet")


def offset(options: LabelOptions) -> tuple[float, float]:
    """The printer calibration offset in points."""
    return options.offset_x_mm * MM, options.offset_y_mm * MM


def place(
    lines: list[str], rect: Rect, template: LabelTemplate, metrics: FontMetrics, max_pt: float
) -> Placement | None:
    """Fit ``lines`` into ``rect`` minus the template's safe margin."""
    box = rect.inset(template.safe_margin)
    fitted = fit_text(lines, box, metrics, max_pt, template.min_font_pt)
    if fitted is None:
        return None
    return Placement(rect, box, fitted, fitted.baselines(box, centre=not template.is_envelope))


def sender_placement(
    template: LabelTemplate, options: LabelOptions, metrics: FontMetrics
) -> Placement | None:
    lines = [line for line in options.return_address if line.strip()]
    if template.sender is None or not lines:
        return None
    dx, dy = offset(options)
    max_pt = min(SENDER_MAX_PT, template.max_font_pt)
    return place(lines, template.sender.moved(dx, dy), template, metrics, max_pt)


def plan_pages(
    entries: Sequence[Entry],
    template: LabelTemplate,
    options: LabelOptions,
    metrics: FontMetrics,
    left_out: list[LeftOut],
) -> Iterator[PagePlan]:
    """Pages in order. Entries that fit nowhere are appended to ``left_out`` and take no slot.
    ``start_at`` (1-based) skips used labels on the first sheet; envelopes start at 1."""
    check_options(options)
    start = 0 if template.is_envelope else options.start_at - 1
    check_start(template, start + 1)
    dx, dy = offset(options)
    rects = [r.moved(dx, dy) for r in template.label_rects()]
    sender = sender_placement(template, options, metrics)
    page = PagePlan(1, sender=sender)
    slot = start
    for entry in entries:
        placed = place(entry.lines, rects[slot], template, metrics, template.max_font_pt)
        if placed is None:
            left_out.append(LeftOut(entry.contact_id, entry.name, REASON_TOO_LONG))
            continue
        page.labels.append(Placement(placed.rect, placed.box, placed.text, placed.origins, entry))
        slot += 1
        if slot == len(rects):
            yield page
            page, slot = PagePlan(page.number + 1, sender=sender), 0
    if page.labels:
        yield page
