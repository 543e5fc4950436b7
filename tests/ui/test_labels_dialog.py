"""The "Print labels…" dialog, offscreen: live preview follows the options, Save PDF runs in
the background and lists who was left out, printing goes through QPrinter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from rolodex import paths
from rolodex.records import Address, ContactData
from rolodex.ui.labels.custom import CustomSheetDialog
from rolodex.ui.labels.dialog import LabelsDialog
from tests.labels.conftest import LITHUANIAN, NORWEGIAN, RUSSIAN, read_text

BLOCKED = ContactData(
    id=9,
    given="Ola",
    family="Blokkert",
    do_not_mail=True,
    addresses=[Address(street="Gate 1", city="Oslo", postal_code="0150")],
)


@pytest.fixture
def dialog(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> LabelsDialog:
    monkeypatch.setattr(paths, "_paths", None)
    dlg = LabelsDialog(lambda: [NORWEGIAN, LITHUANIAN, RUSSIAN, BLOCKED])
    qtbot.addWidget(dlg)
    return dlg


def select(dlg: LabelsDialog, template_id: str) -> None:
    dlg.form.template.setCurrentIndex(dlg.form.template.findData(template_id))
    dlg.refresh_preview()


def test_preview_shows_first_page_from_start_position(dialog: LabelsDialog) -> None:
    select(dialog, "avery-l7160")
    dialog.form.start_at.setValue(4)
    dialog.refresh_preview()
    page = dialog.preview.page()
    assert page is not None
    template = dialog.form.current_template()
    assert [p.rect for p in page.labels] == [template.label_rect(i) for i in (3, 4, 5)]
    assert page.labels[1].text.lines[0] == "Jūratė Žemaitienė"
    assert dialog.preview.grab().width() > 0  # paints without error


def test_save_pdf_in_background_lists_left_out(
    dialog: LabelsDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    select(dialog, "avery-5160")
    out = tmp_path / "labels.pdf"
    dialog.save_pdf(out)
    # Wait for the dialog's own handler, not the task's signal: a fast task may finish before
    # a waitSignal could connect to it.
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    assert "Иван Петров" in read_text(out)
    assert "Ola Blokkert" in dialog.status.text()
    assert dialog.save_button.isEnabled()


def test_print_to_pdf_printer(dialog: LabelsDialog, qtbot: QtBot, tmp_path: Path) -> None:
    from rolodex.ui.labels.printing import setup_printer

    select(dialog, "envelope-dl")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    setup_printer(printer, dialog.form.current_template())
    dialog.print_to(printer)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    assert dialog.result is not None and dialog.result.pages == 3
    assert "Jūratė Žemaitienė" in read_text(tmp_path / "printed.pdf")


def test_custom_sheet_refuses_overlap_then_saves(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "_paths", None)
    sheet = CustomSheetDialog()
    qtbot.addWidget(sheet)
    sheet.name.setText("Kontorark")
    sheet.fields["h_pitch"].setValue(50)
    sheet.save()
    assert "overlap" in sheet.error.text() and sheet.template is None
    sheet.fields["h_pitch"].setValue(70)
    sheet.save()
    assert sheet.template is not None and sheet.template.per_page == 24


def test_spin_boxes_hold_the_run_limits_and_broken_sheets_are_named(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from rolodex.labels.options import MAX_COPIES, MAX_OFFSET_MM

    monkeypatch.setattr(paths, "_paths", None)
    folder = paths.get().config_dir / "label-templates"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.json").write_bytes(b"")
    (folder / "deep.json").write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    dlg = LabelsDialog(lambda: [NORWEGIAN])
    qtbot.addWidget(dlg)
    assert (dlg.form.copies.minimum(), dlg.form.copies.maximum()) == (1, MAX_COPIES)
    for spin in (dlg.form.offset_x, dlg.form.offset_y):
        assert (spin.minimum(), spin.maximum()) == (-MAX_OFFSET_MM, MAX_OFFSET_MM)
    lines = dlg.status.text().splitlines()
    assert [line.split(":")[0] for line in lines[1:]] == ["deep.json", "empty.json"]
    assert dlg.form.template.count() > 10
