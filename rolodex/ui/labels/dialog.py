"""The "Print labels…" dialog: pick a sheet and options, see the first page, then save a PDF
or print through Qt's print dialog. Rendering runs on the worker thread with progress.

The dialog is given a callable returning the contacts to print, so it never queries the book
itself: the main window passes the selection, a tag or a search.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rolodex.labels import options as reasons
from rolodex.labels.catalog import load_templates
from rolodex.labels.fonts import label_font
from rolodex.labels.options import LabelOptions, LabelResult, SortOrder
from rolodex.labels.plan import PagePlan, offset, plan_pages
from rolodex.labels.prepare import prepare_entries
from rolodex.labels.settings import load_settings, save_settings
from rolodex.labels.templates import LabelTemplate, Rect
from rolodex.records import ContactData
from rolodex.ui.labels.form import LabelOptionsForm
from rolodex.ui.labels.preview import LabelPreview
from rolodex.ui.worker import Task, run_in_background

PREVIEW_DELAY_MS = 150


def first_page(
    contacts: list[ContactData], template: LabelTemplate, options: LabelOptions
) -> PagePlan | None:
    """Plan page 1 only (all contacts are prepared only when sorting needs them)."""
    sample = (
        contacts if options.sort is not SortOrder.AS_GIVEN else contacts[: template.per_page * 2]
    )
    metrics = label_font()
    try:
        entries, left_out = prepare_entries(sample, options, metrics.missing)
        return next(plan_pages(entries, template, options, metrics, left_out), None)
    except ValueError:
        return None


def outline_rects(template: LabelTemplate, options: LabelOptions) -> list[Rect]:
    dx, dy = offset(options)
    rects = [r.moved(dx, dy) for r in template.label_rects()]
    if template.sender is not None:
        rects.append(template.sender.moved(dx, dy))
    return rects


class LabelsDialog(QDialog):
    def __init__(
        self, contacts: Callable[[], Iterable[ContactData]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print labels"))
        self.contacts = list(contacts())
        self.settings = load_settings()
        self.catalog = load_templates()
        self.task: Task | None = None
        self.result: LabelResult | None = None
        self.form = LabelOptionsForm(self.catalog, self.settings, self)
        x, y = self.settings.offset("")
        self.form.offset_x.setValue(x)
        self.form.offset_y.setValue(y)
        self.form.setMaximumWidth(460)
        self.preview = LabelPreview(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self._build_layout()
        self._show_problems()
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.form.changed.connect(self._timer.start)
        self.refresh_preview()

    def _build_layout(self) -> None:
        self.custom_button = QPushButton(self.tr("Custom sheet…"), self)
        self.test_button = QPushButton(self.tr("Calibration page…"), self)
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.custom_button.clicked.connect(self.add_custom_sheet)
        self.test_button.clicked.connect(self.ask_calibration_page)
        self.save_button.clicked.connect(self.ask_save_pdf)
        self.print_button.clicked.connect(self.ask_print)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addWidget(self.custom_button)
        left.addWidget(self.test_button)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _show_problems(self) -> None:
        """Name the template files that could not be loaded, one line each."""
        if self.catalog.problems:
            lines = [self.tr("Skipped label sheet files:")] + self.catalog.problems
            self.status.setText("\n".join(lines))

    # -- preview -----------------------------------------------------------------------
    def refresh_preview(self) -> None:
        template, options = self.form.current_template(), self.form.options()
        page = first_page(self.contacts, template, options)
        self.preview.show_page(template, page, outline_rects(template, options))

    # -- saving --------------------------------------------------------------------------
    def ask_save_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save labels"), "labels.pdf", self.tr("PDF (*.pdf)")
        )
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, path: Path) -> Task:
        """Render the PDF on the worker thread; the result arrives in :meth:`_done`."""
        from rolodex.labels.render import render_labels

        template, options, contacts = (
            self.form.current_template(),
            self.form.options(),
            self.contacts,
        )
        self._remember(options, "")

        def work(
            progress: Callable[[int, int], None], cancelled: Callable[[], bool]
        ) -> LabelResult:
            return render_labels(contacts, template, options, path, progress, cancelled)

        return self._start(work)

    def ask_print(self) -> None:
        from rolodex.ui.labels.printing import choose_printer

        printer = choose_printer(self, self.form.current_template())
        if printer is not None:
            self.print_to(printer)

    def print_to(self, printer: Any) -> Task:
        """Paint every page onto ``printer`` on the worker thread, with its saved offset."""
        from rolodex.ui.labels.printing import print_job

        template, options = self.form.current_template(), self.form.options()
        self._remember(options, printer.printerName())
        return self._start(print_job(printer, self.contacts, template, options))

    def ask_calibration_page(self) -> None:
        from rolodex.labels.calibration import render_calibration_sheet

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save calibration page"), "calibration.pdf", self.tr("PDF (*.pdf)")
        )
        if not name:
            return
        try:
            render_calibration_sheet(self.form.current_template(), self.form.options(), Path(name))
        except (OSError, ValueError) as exc:
            self.status.setText(self.tr("Could not finish: %1").replace("%1", str(exc)))
        else:
            self.status.setText(
                self.tr("Print this page at 100 % and compare it with a label sheet.")
            )

    def add_custom_sheet(self) -> None:
        from rolodex.ui.labels.custom import CustomSheetDialog

        dialog = CustomSheetDialog(self)
        if dialog.exec() and dialog.template is not None:
            self.catalog = load_templates()
            self._show_problems()
            self.form.catalog = self.catalog
            self.form.fill_templates(dialog.template.id)
            self.form._template_changed()

    # -- background work -------------------------------------------------------------------
    def _start(self, work: Callable[..., Any]) -> Task:
        self._busy(True)
        self.task = run_in_background(self, work, self._done, self._progress, self._failed)
        self.task.cancelled_done.connect(self._cancelled)
        return self.task

    def _busy(self, busy: bool) -> None:
        for button in (self.save_button, self.print_button, self.custom_button, self.test_button):
            button.setEnabled(not busy)
        self.cancel_button.setText(self.tr("Cancel") if busy else self.tr("Close"))
        self.progress.setVisible(busy)
        self.progress.setValue(0)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _done(self, result: LabelResult) -> None:
        self._busy(False)
        self.task, self.result = None, result
        text = (
            self.tr("{labels} on {pages}.")
            .replace("{labels}", self.tr("%n label(s)", "", result.labels))
            .replace("{pages}", self.tr("%n page(s)", "", result.pages))
        )
        if result.left_out:
            names = ", ".join(f"{x.name} ({self._reason(x.reason)})" for x in result.left_out[:20])
            more = len(result.left_out) - 20
            text += " " + self.tr("Left out: %1").replace("%1", names)
            text += self.tr(" and %1 more").replace("%1", str(more)) if more > 0 else ""
        self.status.setText(text)

    def _reason(self, reason: str) -> str:
        """The core's reason for leaving a contact out, in the user's language."""
        texts = {
            reasons.REASON_DO_NOT_MAIL: self.tr("do not mail"),
            reasons.REASON_NO_ADDRESS: self.tr("no usable address"),
            reasons.REASON_TOO_LONG: self.tr("address too long for the label"),
        }
        if reason in texts:
            return texts[reason]
        glyphs = reasons.REASON_NO_GLYPHS + ": "
        if reason.startswith(glyphs):
            return self.tr("characters the label font cannot print: %1").replace(
                "%1", reason[len(glyphs) :]
            )
        return reason

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        self.task = None
        self.status.setText(self.tr("Could not finish: %1").replace("%1", str(exc)))

    def _cancelled(self) -> None:
        self._busy(False)
        self.task = None
        self.status.setText(self.tr("Cancelled; nothing was written."))

    def cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()

    def _remember(self, options: LabelOptions, printer: str) -> None:
        self.settings.template = self.form.current_template().id
        self.settings.home_country = options.home_country
        self.settings.return_address = options.return_address
        self.settings.set_offset(printer, options.offset_x_mm, options.offset_y_mm)
        try:
            save_settings(self.settings)
        except OSError:
            pass  # settings are a convenience; the labels still print


def open_for_ids(parent: QWidget, ids: list[int]) -> None:
    """Open the dialog for the selected contacts (all contacts when nothing is selected)."""
    from rolodex.services.contacts import ContactService

    service = ContactService()

    def contacts() -> list[ContactData]:
        return list(service.get_many(ids or service.ids()))

    LabelsDialog(contacts, parent).exec()
