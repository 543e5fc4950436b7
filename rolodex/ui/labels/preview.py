"""The live preview of the first label page, drawn from the same layout as the PDF."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from rolodex.labels.plan import PagePlan
from rolodex.labels.templates import LabelTemplate, Rect
from rolodex.ui.labels.paint import paint_page


class LabelPreview(QWidget):
    """A white page scaled to fit the widget, with label outlines and the planned text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template: LabelTemplate | None = None
        self._page: PagePlan | None = None
        self._outlines: list[Rect] = []
        self.setMinimumSize(QSize(240, 300))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_page(
        self, template: LabelTemplate, page: PagePlan | None, outlines: list[Rect]
    ) -> None:
        self._template, self._page, self._outlines = template, page, outlines
        self.update()

    def page(self) -> PagePlan | None:
        return self._page

    def paintEvent(self, event: object) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        t = self._template
        if t is not None:
            scale = min((self.width() - 16) / t.page_width, (self.height() - 16) / t.page_height)
            x = (self.width() - t.page_width * scale) / 2
            y = (self.height() - t.page_height * scale) / 2
            painter.translate(x, y)
            painter.fillRect(
                0,
                0,
                round(t.page_width * scale),
                round(t.page_height * scale),
                QColor(Qt.GlobalColor.white),
            )
            paint_page(painter, t, self._page, scale, self._outlines)
        painter.end()
