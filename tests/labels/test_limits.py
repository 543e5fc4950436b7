"""Numbers a user, a script or a hostile template file can give a label run are checked
before anything is laid out: no endless layout, no PDF that grows without bound, no invalid
PDF from a NaN offset, and the PDF is private (0600) like every other export."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from rolodex.db import close_store, open_store
from rolodex.labels.calibration import render_calibration_sheet
from rolodex.labels.catalog import TemplateCatalog
from rolodex.labels.options import (
    MAX_COPIES,
    MAX_LABELS,
    LabelLimitError,
    LabelOptions,
)
from rolodex.labels.prepare import prepare_entries
from rolodex.labels.render import render_labels
from rolodex.labels.resources import labels_dir
from rolodex.labels.templates import TemplateError, parse_template
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from tests.labels.conftest import NORWEGIAN, person

L7160 = json.loads((labels_dir() / "avery-l7160.json").read_text(encoding="utf-8"))


def rolodex(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rolodex", *args], capture_output=True, text=True, timeout=60
    )


def one_label_sheet(**text: float) -> dict[str, object]:
    """The sheet from the issue: a page 100 × 1e12 pt holding one label just as tall."""
    return {
        "id": "tower",
        "unit": "pt",
        "page": {"width": 100, "height": 1e12},
        "label": {"width": 50, "height": 1e11},
        "layout": {"columns": 1, "rows": 1, "left": 0, "top": 0, "h_pitch": 50, "v_pitch": 1e11},
        "text": text,
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (one_label_sheet(), "longer than 2000 mm"),
        ({**L7160, "page": {"width": 100, "height": 1e12}, "unit": "pt"}, "longer than 2000 mm"),
        (
            {**L7160, "text": {"max_font_pt": 1e10, "min_font_pt": 6}},
            "'max_font_pt' must be from 2 to 72 pt",
        ),
        ({**L7160, "text": {"min_font_pt": 1e-300}}, "'min_font_pt' must be from 2 to 72 pt"),
        (
            {**L7160, "layout": {**L7160["layout"], "columns": 40, "rows": 40}},
            "more than 1000 labels",
        ),
        ({**L7160, "name": ["a", "list"]}, "'name' must be text"),
        ({**L7160, "id": ["avery"]}, "id ['avery'] must be"),
        ({**L7160, "unit": "x" * 10_000}, "..."),
    ],
)
def test_unphysical_templates_are_refused(data: dict[str, object], message: str) -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template(data, "custom.json", custom=True)
    assert message in str(caught.value)
    assert len(str(caught.value)) < 200


def test_huge_font_limit_no_longer_loops() -> None:
    """Before, max_font_pt 1e10 on a tall label stepped down 0.25 pt at a time for ever."""
    with pytest.raises(TemplateError):
        parse_template(one_label_sheet(max_font_pt=1e10), "custom.json", custom=True)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (LabelOptions(offset_x_mm=float("nan")), "offset right"),
        (LabelOptions(offset_y_mm=float("inf")), "offset down"),
        (LabelOptions(offset_x_mm=-50.5), "from -50 to 50"),
        (LabelOptions(copies=MAX_COPIES + 1), "from 1 to 1000"),
        (LabelOptions(copies=0), "from 1 to 1000"),
    ],
)
def test_options_outside_the_limits_are_refused(
    catalog: TemplateCatalog, tmp_path: Path, options: LabelOptions, message: str
) -> None:
    out = tmp_path / "labels.pdf"
    with pytest.raises(LabelLimitError, match=message):
        render_labels([NORWEGIAN], catalog.find("L7160"), options, out)
    with pytest.raises(LabelLimitError, match=message):
        render_calibration_sheet(catalog.find("L7160"), options, out)
    assert not out.exists()


def test_too_many_labels_in_one_run_are_refused_before_layout() -> None:
    contacts = [person(i, "Kari", f"Nordmann{i}", street="Gate 1", city="Oslo") for i in range(101)]
    with pytest.raises(LabelLimitError, match="at most 100,000"):
        prepare_entries(contacts, LabelOptions(copies=1000))
    entries, _ = prepare_entries(contacts[:100], LabelOptions(copies=1000))
    assert len(entries) == MAX_LABELS


def test_label_pdf_and_calibration_page_are_private(
    catalog: TemplateCatalog, tmp_path: Path
) -> None:
    old = os.umask(0o022)
    try:
        labels, page = tmp_path / "labels.pdf", tmp_path / "calibration.pdf"
        page.write_bytes(b"old")
        page.chmod(0o644)
        render_labels([NORWEGIAN], catalog.find("L7160"), LabelOptions(), labels)
        render_calibration_sheet(catalog.find("L7160"), LabelOptions(), page)
    finally:
        os.umask(old)
    assert stat.S_IMODE(labels.stat().st_mode) == 0o600
    assert stat.S_IMODE(page.stat().st_mode) == 0o600
    assert page.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.fixture
def book_file(tmp_path: Path) -> Path:
    path = tmp_path / "book.db"
    open_store(path)
    ContactService().create(ContactData(**{**NORWEGIAN.__dict__, "id": None}))
    close_store()
    return path


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--offset-x", "nan"], "--offset-x must be a number of mm from -50 to 50"),
        (["--offset-y=-inf"], "--offset-y must be a number of mm from -50 to 50"),
        (["--copies", "100000000"], "--copies must be from 1 to 1000 per contact"),
        (["--copies", "0"], "--copies must be from 1 to 1000 per contact"),
        (["--offset-x", "nan", "--test-sheet"], "--offset-x must be a number of mm from -50 to 50"),
    ],
)
def test_cli_refuses_absurd_numbers_in_one_line(
    book_file: Path, tmp_path: Path, extra: list[str], message: str
) -> None:
    out = tmp_path / "x.pdf"
    done = rolodex("--db", str(book_file), "labels", "-o", str(out), "--template", "L7160", *extra)
    assert done.returncode == 2
    assert done.stderr.strip() == f"rolodex: {message}"
    assert not out.exists()


def test_cli_label_pdf_is_private(book_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    done = rolodex("--db", str(book_file), "labels", "-o", str(out), "--template", "L7160")
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
