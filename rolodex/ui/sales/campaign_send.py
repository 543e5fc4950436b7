"""Sending a campaign from the app: the files to write (letters PDF and labels or envelopes
for a letter campaign, the recipient CSV for any), then the recipients are frozen, logged and
the files written on the worker thread (:mod:`rolodex.ui.worker`), never on the UI thread.
What was written is shown when the work ends; a file that cannot be written, one line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rolodex.clock import Clock, SystemClock
from rolodex.db import StoreError
from rolodex.labels.catalog import load_templates
from rolodex.sales.campaigns import CampaignService
from rolodex.sales.records import CampaignData, SalesError
from rolodex.sales.sending import Outputs, Sent, send_or_write
from rolodex.ui.worker import run_in_background

DEFAULT_LABELS = "avery-l7160"


def _safe(name: str) -> str:
    return (
        "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in name).strip("-") or "campaign"
    )


class SendDialog(QDialog):
    """Choose the files, Send; ``sent`` carries the result once the worker is done."""

    sent = Signal(object)

    def __init__(self, campaign_id: int, parent: QWidget | None = None,
                 clock: Clock | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.clock = clock or SystemClock()
        self.campaign: CampaignData = CampaignService(self.clock).get(campaign_id)
        self.setWindowTitle(self.tr("Send %1").replace("%1", self.campaign.name))
        count = len(CampaignService(self.clock).recipients(campaign_id))
        self.intro = QLabel(
            self.tr(
                "%n recipient(s). Sending records the campaign in each one's history.", "", count
            )
        )
        self.intro.setWordWrap(True)
        self.rows: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        grid = self._files()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(
            self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.result_sent: Sent | None = None
        self.resize(620, 260)

    def _files(self) -> QGridLayout:
        """A row per file (letters and labels ticked for a letter, the CSV otherwise) and the
        label sheet to print on."""
        base = Path(QDir.homePath()) / _safe(self.campaign.name)
        letter = self.campaign.channel == "letter"
        grid = QGridLayout()
        self._row(grid, "letters", self.tr("&Letters (PDF)"), f"{base}-letters.pdf", letter)
        self._row(
            grid, "labels", self.tr("La&bels or envelopes (PDF)"), f"{base}-labels.pdf", letter
        )
        self._row(grid, "csv", self.tr("Recipient list (&CSV)"), f"{base}.csv", not letter)
        self.label_template = QComboBox()
        for template in load_templates().templates:
            self.label_template.addItem(template.name, template.id)
        self.label_template.setCurrentIndex(max(self.label_template.findData(DEFAULT_LABELS), 0))
        grid.addWidget(self.label_template, 2, 1, 1, 2)
        return grid

    def _row(self, grid: QGridLayout, key: str, text: str, path: str, on: bool) -> None:
        check, line, browse = QCheckBox(text), QLineEdit(path), QPushButton(self.tr("Choose…"))
        check.setChecked(on)
        browse.clicked.connect(lambda: self._browse(line))
        row = {"letters": 0, "labels": 1, "csv": 3}[key]
        grid.addWidget(check, row, 0)
        grid.addWidget(line, row, 1)
        grid.addWidget(browse, row, 2)
        self.rows[key] = (check, line)

    def _browse(self, line: QLineEdit) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), line.text())
        if path:
            line.setText(path)

    def outputs(self) -> Outputs:
        def chosen(key: str) -> Path | None:
            check, line = self.rows[key]
            return Path(line.text()) if check.isChecked() and line.text().strip() else None

        return Outputs(chosen("letters"), chosen("csv"), chosen("labels"),
                       str(self.label_template.currentData() or DEFAULT_LABELS))  # fmt: skip

    def start(self) -> None:
        """Send on the worker thread; the dialog waits (buttons off) until it reports."""
        wanted, campaign_id, clock = self.outputs(), self.campaign.id, self.clock
        self.send_button.setEnabled(False)
        self.status.setText(self.tr("Sending…"))
        run_in_background(self, lambda _progress, _cancelled: send_or_write(campaign_id, wanted, clock),
                          self._done, on_error=self._failed)  # fmt: skip

    def _done(self, result: Sent) -> None:
        self.result_sent = result
        lines = [self.tr("Sent to %n recipient(s).", "", result.recipients)]
        if self.rows["letters"][0].isChecked():
            lines.append(self.tr("%n letter(s) written.", "", result.letters))
        if result.labels is not None:
            lines.append(self.tr("%n label(s) written.", "", result.labels.labels))
        if self.rows["csv"][0].isChecked():
            lines.append(self.tr("%n row(s) written to the CSV file.", "", result.csv_rows))
        self.status.setText("\n".join(lines))
        self.buttons.clear()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.sent.emit(result)

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, SalesError | StoreError):
            raise error
        self.status.setText(str(error))
        self.send_button.setEnabled(True)
