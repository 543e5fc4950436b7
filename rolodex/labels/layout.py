"""Fitting an address into a box: shrink the type down to a minimum size, then wrap the
lines that are still too long. Text is never cut and never leaves its box: when even wrapped
text at the minimum size does not fit, :func:`fit_text` returns None and the caller says so.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from rolodex.labels.fonts import FontMetrics
from rolodex.labels.templates import Rect

SIZE_STEP = 0.25
EPSILON = 1e-6


@dataclass(frozen=True)
class FittedText:
    """Lines set at one size; ``line_height`` is the baseline-to-baseline distance in points."""

    size: float
    lines: list[str]
    line_height: float
    ascent: float

    @property
    def height(self) -> float:
        return self.line_height * len(self.lines)

    def baselines(self, box: Rect, centre: bool) -> list[tuple[float, float]]:
        """Start points (x, baseline y from the page top) of each line inside ``box``."""
        top = box.y + ((box.height - self.height) / 2 if centre else 0.0)
        first = top + self.ascent
        return [(box.x, first + i * self.line_height) for i in range(len(self.lines))]


def _floor(size: float) -> float:
    return math.floor(size / SIZE_STEP + EPSILON) * SIZE_STEP


def _largest_size(widths: list[float], count: int, box: Rect, m: FontMetrics) -> float:
    limit = box.height / (count * m.line_factor)
    widest = max(widths, default=0.0)
    if widest > 0:
        limit = min(limit, box.width / widest)
    return _floor(limit * (1 - EPSILON))


def _break_word(word: str, room: float, width: Callable[[str], float]) -> list[str]:
    """Split a word wider than the room into pieces that fit (at least one character each)."""
    pieces, current = [], ""
    for ch in word:
        if current and width(current + ch) > room:
            pieces.append(current)
            current = ch
        else:
            current += ch
    return [*pieces, current] if current else pieces


def wrap_line(line: str, room: float, width: Callable[[str], float]) -> list[str]:
    """Greedy word wrap of one line to ``room`` (measured at 1 pt)."""
    out: list[str] = []
    current = ""
    for word in line.split():
        pieces = [word] if width(word) <= room else _break_word(word, room, width)
        for piece in pieces:
            candidate = f"{current} {piece}" if current else piece
            if width(candidate) <= room:
                current = candidate
            else:
                if current:
                    out.append(current)
                current = piece
    if current:
        out.append(current)
    return out


def _wrapped_fit(
    lines: list[str], box: Rect, metrics: FontMetrics, max_size: float, min_size: float
) -> FittedText | None:
    """The largest size from ``max_size`` down to ``min_size`` at which wrapped lines fit."""
    size = _floor(min(max_size, box.height / (len(lines) * metrics.line_factor)))
    while size >= min_size - EPSILON:
        room = box.width / size * (1 - EPSILON)
        wrapped = [part for line in lines for part in wrap_line(line, room, metrics.width)]
        widest = max((metrics.width(line) for line in wrapped), default=0.0)
        if len(wrapped) * metrics.line_factor * size <= box.height and widest * size <= box.width:
            return FittedText(size, wrapped, size * metrics.line_factor, size * metrics.ascent)
        size -= SIZE_STEP
    return None


def fit_text(
    lines: list[str], box: Rect, metrics: FontMetrics, max_size: float, min_size: float
) -> FittedText | None:
    """The largest size up to ``max_size`` at which ``lines`` fit ``box`` unbroken; when that
    is below ``min_size``, the largest size (at least ``min_size``) at which the wrapped lines
    fit; None when nothing fits."""
    if box.width <= 0 or box.height <= 0 or not lines:
        return None
    widths = [metrics.width(line) for line in lines]
    size = min(max_size, _largest_size(widths, len(lines), box, metrics))
    if size >= min_size:
        return FittedText(size, lines, size * metrics.line_factor, size * metrics.ascent)
    return _wrapped_fit(lines, box, metrics, max_size, min_size)
