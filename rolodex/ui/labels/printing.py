"""Printing labels through Qt: the print dialog, and painting every planned page onto the
chosen printer (on the worker thread: QPainter may paint on a QPrinter outside the GUI
thread, see https://doc.qt.io/qt-6/threads-modules.html#painting-in-threads)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from rolodex.labels.fonts import label_font
from rolodex.labels.options import LabelOptions, LabelResult
from rolodex.labels.plan import plan_pages
from rolodex.labels.prepare import prepare_entries
from rolodex.labels.templates import LabelTemplate
from rolodex.records import ContactData
from rolodex.ui.labels.paint import label_family, paint_page


def setup_printer(printer: QPrinter, template: LabelTemplate) -> None:
    """Page size of the sheet or envelope, no margins: positions are measured from the edge."""
    size = QPageSize(QSizeF(template.page_width, template.page_height), QPageSize.Unit.Point)
    orientation = QPageLayout.Orientation.Portrait
    printer.setPageLayout(
        QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    )
    printer.setFullPage(True)


def choose_printer(parent: QWidget, template: LabelTemplate) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_printer(printer, template)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def print_job(
    printer: QPrinter, contacts: list[ContactData], template: LabelTemplate, options: LabelOptions
) -> Callable[[Callable[[int, int], None], Callable[[], bool]], LabelResult]:
    """The background function painting all pages onto ``printer``."""
    label_family()  # load the font on the GUI thread

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> LabelResult:
        from rolodex.ui.labels.dialog import outline_rects

        metrics = label_font()
        entries, left_out = prepare_entries(contacts, options, metrics.missing)
        result = LabelResult(left_out=left_out)
        outlines = outline_rects(template, options) if options.outline else []
        painter: Any = QPainter()
        if not painter.begin(printer):
            raise OSError("The printer could not be opened")
        scale = printer.resolution() / 72.0
        try:
            for page in plan_pages(entries, template, options, metrics, left_out):
                if cancelled():
                    printer.abort()
                    break
                if result.pages:
                    printer.newPage()
                paint_page(painter, template, page, scale, outlines)
                result.pages += 1
                result.labels += len(page.labels)
                progress(result.labels, len(entries))
        finally:
            painter.end()
        result.left_out = list(dict.fromkeys(left_out))
        return result

    return work
