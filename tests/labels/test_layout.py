"""Text fitting: shrink first, wrap only below the minimum size, refuse what cannot fit."""

from __future__ import annotations

from rolodex.labels.fonts import label_font
from rolodex.labels.layout import fit_text
from rolodex.labels.templates import Rect

BOX = Rect(0, 0, 160, 70)


def test_short_address_keeps_the_largest_size() -> None:
    fitted = fit_text(["Kari Nordmann", "0150 OSLO"], BOX, label_font(), 11, 6)
    assert fitted is not None and fitted.size == 11


def test_long_line_shrinks_without_wrapping() -> None:
    lines = ["Kari Nordmann", "Karl Johans gate 1, oppgang B, 3. etasje"]
    fitted = fit_text(lines, BOX, label_font(), 11, 6)
    assert fitted is not None
    assert 6 <= fitted.size < 11
    assert fitted.lines == lines


def test_very_long_line_wraps_at_word_boundaries_without_losing_text() -> None:
    long = "Internationale Gesellschaft für Zusammenarbeit und Entwicklungsförderung mbH"
    metrics = label_font()
    fitted = fit_text(["Name", long], BOX, metrics, 11, 6)
    assert fitted is not None and len(fitted.lines) > 2
    assert " ".join(fitted.lines[1:]) == long
    assert all(metrics.width(line) * fitted.size <= BOX.width for line in fitted.lines)
    assert fitted.height <= BOX.height


def test_text_that_cannot_fit_is_refused() -> None:
    assert fit_text(["line"] * 20, BOX, label_font(), 11, 6) is None
