"""The import dialog: files → (CSV) column mapping → preview → import → summary.

Pages, in order:

1. *Files*: the .vcf/.csv/.ldif files to import (given by the window, e.g. from a drop, or added).
2. *Columns* (only for a CSV file of no known layout): what each column holds, remembered per
   header signature (see :mod:`rolodex.ui.importing.mapping`) through ``prefs_get``/``prefs_put``.
   The mapping applies to every CSV file of the import.
3. *Preview*: the first contacts the files will create (name, company, email, phone, city,
   read with the chosen mapping), and counts of new, matching and unreadable cards with the
   reasons, read off the UI thread; the user chooses what to do with matching cards (skip, merge, add as new).
4. *Importing*: a progress bar and Cancel (Cancel leaves the book as it was).
5. *Summary*: the counts and where the report of skipped cards was saved.

Signals: ``changed(Change)`` after an import that wrote anything (``ids`` is empty: refresh
everything), ``imported(ImportResult)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rolodex.importers.csv_mapping import ColumnMapping
from rolodex.importers.csv_reader import CsvError, CsvSniff, sniff_csv
from rolodex.records import ContactData
from rolodex.services import prefs
from rolodex.services.changes import Change
from rolodex.services.importing.service import (
    ImportPreview,
    ImportResult,
    preview_import,
    run_import,
)
from rolodex.services.importing.sources import sample_contacts
from rolodex.ui.importing.mapping import MappingPage
from rolodex.ui.importing.models import PreviewModel
from rolodex.ui.importing.notes import ImportNotes
from rolodex.ui.importing.pages import ImportPages
from rolodex.ui.importing.preview import SAMPLE_CONTACTS, ContactPreviewModel
from rolodex.ui.worker import Task, run_in_background

PAGE_FILES, PAGE_MAPPING, PAGE_PREVIEW, PAGE_RUNNING, PAGE_SUMMARY = range(5)
CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
POLICIES = ("auto", "skip", "merge", "new")


class ImportDialog(ImportPages, QDialog):
    """Import vCard and CSV files in one undoable batch, with preview and progress."""

    changed = Signal(object)  # Change
    imported = Signal(object)  # ImportResult

    def __init__(
        self,
        paths: Iterable[Path | str] = (),
        preview: Callable[..., ImportPreview] = preview_import,
        run: Callable[..., ImportResult] = run_import,
        sniff: Callable[..., CsvSniff] = sniff_csv,
        prefs_get: Callable[[str, str], str] = prefs.get,
        prefs_put: Callable[[str, str], None] = prefs.put,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(760, 520)
        self._preview_fn, self._run_fn, self._sniff_fn = preview, run, sniff
        self._task: Task | None = None
        self.mapping: ColumnMapping | None = None
        self.preview_result: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.preview_model = PreviewModel(self)
        self.contacts_model = ContactPreviewModel(self)
        self.pages = QStackedWidget()
        self.mapping_page = MappingPage(sniff, prefs_get, prefs_put)
        self.mapping_page.validity_changed.connect(self._update_next)
        self.pages.addWidget(self._files_page())
        self.pages.addWidget(self.mapping_page)
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._running_page())
        self.pages.addWidget(self._summary_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(self._buttons())
        self.add_paths(paths)
        self._show(PAGE_FILES)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.import_button = QPushButton(self.tr("Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.back_button, self.next_button, self.import_button):
            row.addWidget(button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.close_button)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        return row

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        busy = self._task is not None
        self.back_button.setVisible(page in (PAGE_MAPPING, PAGE_PREVIEW))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(page in (PAGE_FILES, PAGE_MAPPING))
        self.import_button.setVisible(page == PAGE_PREVIEW)
        self.import_button.setEnabled(page == PAGE_PREVIEW and not busy)
        self.cancel_button.setVisible(page != PAGE_SUMMARY)
        self.close_button.setVisible(page == PAGE_SUMMARY)
        self._update_next()

    def _update_next(self, *_args: Any) -> None:
        page = self.pages.currentIndex()
        ok = self.file_list.count() > 0 if page == PAGE_FILES else self.mapping_page.is_valid()
        self.next_button.setEnabled(ok)

    # -- files -----------------------------------------------------------------------------
    def add_paths(self, paths: Iterable[Path | str]) -> None:
        known = set(self.paths())
        for path in paths:
            if Path(path) not in known:
                self.file_list.addItem(str(path))
                known.add(Path(path))
        self._update_next()

    def paths(self) -> list[Path]:
        return [Path(self.file_list.item(i).text()) for i in range(self.file_list.count())]

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import contacts"),
            "",
            self.tr("Contacts (*.vcf *.vcard *.csv *.tsv *.txt *.ldif *.ldi);;All files (*)"),
        )
        self.add_paths(names)

    def _remove_selected(self) -> None:
        for item in self.file_list.selectedItems():
            self.file_list.takeItem(self.file_list.row(item))
        self._update_next()

    # -- navigation ------------------------------------------------------------------------
    def next(self) -> None:
        """Go on from the files page (to the mapping page if a CSV needs one) or the mapping."""
        page = self.pages.currentIndex()
        if page == PAGE_FILES:
            if self._prepare_mapping():
                self._show(PAGE_MAPPING)
                return
            self.mapping = None
        elif page == PAGE_MAPPING:
            self.mapping = self.mapping_page.remember()
        self._show(PAGE_PREVIEW)
        self._start_preview()

    def back(self) -> None:
        page = self.pages.currentIndex()
        if page == PAGE_PREVIEW and self.mapping_page.sniff is not None:
            self._show(PAGE_MAPPING)
        else:
            self._show(PAGE_FILES)

    def cancel(self) -> None:
        """Stop the running preview or import (the book stays as it was), else close."""
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            return
        self.reject()

    # -- the column mapping ----------------------------------------------------------------
    def _prepare_mapping(self) -> bool:
        """Sniff the CSV files; True when one of no known layout needs a mapping."""
        for path in self.paths():
            if path.suffix.lower() not in CSV_SUFFIXES:
                continue
            try:
                sniff = self._sniff_fn(path)
            except (CsvError, OSError, UnicodeError):
                continue  # the preview reports why this file cannot be read
            if sniff.layout == "unknown":
                self.mapping_page.show_file(path, sniff)
                return True
        self.mapping_page.clear()
        return False

    # -- preview ---------------------------------------------------------------------------
    def _start_preview(self) -> None:
        self.preview_model.load([], [])
        self.contacts_model.load([])
        self.preview_label.setText(self.tr("Reading the files…"))
        self.preview_progress.setRange(0, 0)
        self.preview_progress.show()
        paths, mapping, preview_fn = self.paths(), self.mapping, self._preview_fn
        sample: list[ContactData] = []

        def work(progress: Any, cancelled: Any) -> ImportPreview:
            # never ``self``: the worker thread must not hold (and so maybe destroy) the dialog
            sample.extend(sample_contacts(paths, mapping, SAMPLE_CONTACTS))
            return preview_fn(paths, mapping, progress=progress, cancelled=cancelled)

        self._start(work, lambda result: self._previewed(result, sample), self.preview_progress)

    def _previewed(self, preview: ImportPreview, sample: list[ContactData] | None = None) -> None:
        self._finish_task()
        self.preview_result = preview
        self.preview_progress.hide()
        self.contacts_model.load(sample or [])
        self.preview_model.load(preview.issues, preview.matches)
        self.preview_label.setText(
            self.tr("New: %1    Matching a contact: %2    Unreadable: %3")
            .replace("%1", str(preview.new))
            .replace("%2", str(preview.matching))
            .replace("%3", str(preview.unreadable))
        )
        notes = ImportNotes(self).preview(preview)
        self.preview_label.setText("\n".join([self.preview_label.text(), *notes]))
        self._show(PAGE_PREVIEW)
        self.import_button.setEnabled(preview.new + preview.matching > 0)

    # -- import ----------------------------------------------------------------------------
    def policy(self) -> str:
        return POLICIES[self.policy_group.checkedId()]

    def choose_policy(self, policy: str) -> None:
        self.policy_group.button(POLICIES.index(policy)).setChecked(True)

    def start_import(self) -> None:
        """Import the files off the UI thread with the chosen duplicate policy."""
        paths, mapping, policy, run_fn = self.paths(), self.mapping, self.policy(), self._run_fn

        def work(progress: Any, cancelled: Any) -> ImportResult:
            return run_fn(paths, policy, mapping, progress=progress, cancelled=cancelled)

        self.run_progress.setRange(0, 0)
        self._start(work, self._imported, self.run_progress)
        self._show(PAGE_RUNNING)

    def _imported(self, result: ImportResult) -> None:
        self._finish_task()
        self.result = result
        if result.cancelled:
            self._cancelled()
            return
        self._show_summary(result)
        if result.imported or result.merged:
            self.changed.emit(Change("contact", (), "imported"))
        self.imported.emit(result)

    def _show_summary(self, result: ImportResult) -> None:
        counts = (
            self.tr(
                "Imported: %1    Merged: %2    Skipped: %3    Unreadable: %4    With a problem: %5"
            )
            .replace("%1", str(result.imported))
            .replace("%2", str(result.merged))
            .replace("%3", str(result.skipped))
            .replace("%4", str(len(result.errors)))
            .replace("%5", str(len(result.warnings)))
        )
        if result.batch_id is None and not result.dry_run and result.skipped:
            counts += "\n" + self.tr(
                "Nothing was imported or merged: every card was already in the book."
            )
        self.summary_label.setText("\n".join([counts, *ImportNotes(self).summary(result)]))
        path = result.report_path
        self.report_label.setText(
            self.tr("The report was saved to %1").replace("%1", str(path)) if path else ""
        )
        self.open_report_button.setVisible(path is not None)
        self._show(PAGE_SUMMARY)

    def _cancelled(self) -> None:
        self._finish_task()
        if self.pages.currentIndex() == PAGE_PREVIEW:
            self.preview_progress.hide()
            self.preview_label.setText(self.tr("Reading was cancelled."))
            self._show(PAGE_PREVIEW)
            self.import_button.setEnabled(False)
            return
        self.summary_label.setText(self.tr("The import was cancelled; the book is unchanged."))
        self.report_label.setText("")
        self.open_report_button.hide()
        self._show(PAGE_SUMMARY)

    def _failed(self, exc: Exception) -> None:
        self._finish_task()
        self.summary_label.setText(self.tr("The import failed: %1").replace("%1", str(exc)))
        self.report_label.setText(self.tr("Nothing was changed."))
        self.open_report_button.hide()
        self._show(PAGE_SUMMARY)

    def _open_report(self) -> None:
        if self.result is not None and self.result.report_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.report_path)))

    # -- background work -------------------------------------------------------------------
    def _start(self, work: Any, on_done: Any, bar: QProgressBar) -> None:
        def progress(done: int, total: int) -> None:
            bar.setRange(0, max(total, 1))
            bar.setValue(min(done, max(total, 1)))

        self._task = run_in_background(self, work, on_done, progress, self._failed)
        self._task.cancelled_done.connect(self._cancelled)
        self.cancel_button.setEnabled(True)
        self._show(self.pages.currentIndex())

    def _finish_task(self) -> None:
        self._task = None
        self.cancel_button.setEnabled(True)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def done(self, code: int) -> None:
        if self._task is not None:
            self._task.cancel()
        super().done(code)
