"""The export dialog: which contacts (selection, a tag, the current search, everything), which
format (vCard 3.0/4.0, Google or Outlook CSV), one file or one file per contact; the export
runs off the UI thread with a progress bar and Cancel (a cancelled export leaves no file).
The summary lists every value that was left out because it could not be written validly.

Signal: ``exported(ExportResult)`` when files were written. An export changes nothing in the
book, so there is no ``changed`` signal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rolodex.exporters.vcard_check import Dropped
from rolodex.services.contacts import ContactService
from rolodex.services.exporting import ExportResult, export_contacts
from rolodex.ui.worker import Task, run_in_background

SCOPES = ("selection", "tag", "search", "all")
SUFFIX = {"vcard": ".vcf", "vcard4": ".vcf", "csv-google": ".csv", "csv-outlook": ".csv"}
IdsFn = Callable[..., list[int]]


def _fields(warning: Dropped) -> tuple[str, str, str]:
    return warning.contact, str(warning.contact_id), warning.message


class ExportDialog(QDialog):
    """Export contacts to vCard or CSV files."""

    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        selection: Sequence[int] = (),
        query: str = "",
        tags: Sequence[str] = (),
        ids: IdsFn | None = None,
        export: Callable[..., ExportResult] = export_contacts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export contacts"))
        self._selection, self._query = list(selection), query.strip()
        self._ids = ids or ContactService().ids
        self._export = export
        self._task: Task | None = None
        self.result: ExportResult | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._scope_box(tags))
        layout.addLayout(self._format_form())
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.left_out = QPlainTextEdit()
        self.left_out.setReadOnly(True)
        self.left_out.hide()
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.left_out)
        layout.addLayout(self._buttons())
        self._format_changed()

    # -- building --------------------------------------------------------------------------
    def _scope_box(self, tags: Sequence[str]) -> QVBoxLayout:
        box = QVBoxLayout()
        box.addWidget(QLabel(self.tr("Export:")))
        self.scope_group = QButtonGroup(self)
        texts = (
            self.tr("The selected contacts (%n)", "", len(self._selection)),
            self.tr("Contacts with the tag"),
            self.tr("The contacts of the current search"),
            self.tr("Everyone in the book"),
        )
        self.tag_combo = QComboBox()
        self.tag_combo.addItems(list(tags))
        for number, text in enumerate(texts):
            button = QRadioButton(text)
            self.scope_group.addButton(button, number)
            if SCOPES[number] == "tag":
                row = QHBoxLayout()
                row.addWidget(button)
                row.addWidget(self.tag_combo, 1)
                box.addLayout(row)
            else:
                box.addWidget(button)
        self.scope_group.button(0).setEnabled(bool(self._selection))
        self.scope_group.button(1).setEnabled(bool(tags))
        self.scope_group.button(2).setEnabled(bool(self._query))
        default = 0 if self._selection else 2 if self._query else 3
        self.scope_group.button(default).setChecked(True)
        return box

    def _format_form(self) -> QFormLayout:
        form = QFormLayout()
        self.format_combo = QComboBox()
        for key, title in (
            ("vcard", self.tr("vCard 3.0 (most programs)")),
            ("vcard4", self.tr("vCard 4.0")),
            ("csv-google", self.tr("CSV for Google Contacts")),
            ("csv-outlook", self.tr("CSV for Outlook")),
        ):
            self.format_combo.addItem(title, key)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        form.addRow(self.tr("Format:"), self.format_combo)
        self.per_contact_box = QCheckBox(self.tr("One file per contact (into a folder)"))
        self.per_contact_box.toggled.connect(self._format_changed)
        form.addRow("", self.per_contact_box)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.textChanged.connect(self._update_buttons)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Save to:"), row)
        return form

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.export_button = QPushButton(self.tr("Export"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.hide()
        for button in (self.export_button, self.cancel_button, self.close_button):
            row.addWidget(button)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        return row

    # -- choices ---------------------------------------------------------------------------
    def format(self) -> str:
        return str(self.format_combo.currentData())

    def choose(self, scope: str, fmt: str = "vcard", path: Path | str = "") -> None:
        """Set the scope, format and destination (as the user would)."""
        self.scope_group.button(SCOPES.index(scope)).setChecked(True)
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))
        self.path_edit.setText(str(path))

    def _format_changed(self, *_args: Any) -> None:
        is_vcard = self.format().startswith("vcard")
        if not is_vcard:
            self.per_contact_box.setChecked(False)
        self.per_contact_box.setEnabled(is_vcard)
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        self.export_button.setEnabled(bool(self.path_edit.text().strip()) and self._task is None)

    def _browse(self) -> None:
        if self.per_contact_box.isChecked():
            folder = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"))
            if folder:
                self.path_edit.setText(folder)
            return
        suffix = SUFFIX[self.format()]
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export contacts"), f"contacts{suffix}", f"*{suffix}"
        )
        if name:
            self.path_edit.setText(name)

    def _scope_ids(self) -> list[int]:
        scope = SCOPES[self.scope_group.checkedId()]
        if scope == "selection":
            return list(self._selection)
        if scope == "tag":
            return self._ids(tag=self.tag_combo.currentText())
        if scope == "search":
            return self._ids(query=self._query)
        return self._ids()

    # -- exporting -------------------------------------------------------------------------
    def start_export(self) -> None:
        """Export off the UI thread; the scope's ids are read there too."""
        out = Path(self.path_edit.text().strip()).expanduser()
        fmt, per_contact = self.format(), self.per_contact_box.isChecked()
        if per_contact:
            try:
                out.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                self._failed(exc)
                return
        scope_ids = self._scope_ids

        def work(progress: Any, cancelled: Any) -> ExportResult:
            ids = scope_ids()
            return self._export(ids, out, fmt, per_contact, progress=progress, cancelled=cancelled)

        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        self._task = run_in_background(self, work, self._done, self._progress, self._failed)
        self._task.cancelled_done.connect(self._cancelled)
        self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result: ExportResult) -> None:
        self._task = None
        self.result = result
        self.progress.hide()
        if result.cancelled:
            self._cancelled()
            return
        where = str(result.paths[0]) if len(result.paths) == 1 else self.path_edit.text()
        text = self.tr("Exported %n contact(s) to %1.", "", result.count).replace("%1", where)
        if result.warnings:
            text += "\n" + self.tr(
                "%n value(s) could not be written validly and were left out:",
                "",
                len(result.warnings),
            )
            self._show_left_out(result)
        self.status.setText(text)
        self._finished()
        self.exported.emit(result)

    def _show_left_out(self, result: ExportResult) -> None:
        template = self.tr("%1 (contact %2): %3")
        lines = [
            re.sub(r"%([123])", lambda m, w=w: _fields(w)[int(m.group(1)) - 1], template)
            for w in result.warnings
        ]
        self.left_out.setPlainText("\n".join(lines))
        self.left_out.show()

    def _cancelled(self) -> None:
        self._task = None
        self.progress.hide()
        self.status.setText(self.tr("The export was cancelled; no file was written."))
        self._update_buttons()

    def _failed(self, exc: Exception) -> None:
        self._task = None
        self.progress.hide()
        self.status.setText(self.tr("The export failed: %1").replace("%1", str(exc)))
        self._update_buttons()

    def _finished(self) -> None:
        self.export_button.hide()
        self.cancel_button.hide()
        self.close_button.show()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            return
        self.reject()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def done(self, code: int) -> None:
        if self._task is not None:
            self._task.cancel()
        super().done(code)
