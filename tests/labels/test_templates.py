"""Label sheet data files: every built-in loads with its published layout; a bad custom
file is reported by name and field while the others still load."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rolodex.labels.catalog import (
    TemplateCatalog,
    custom_sheet_spec,
    load_templates,
    save_custom_template,
)
from rolodex.labels.templates import TemplateError, parse_template

MEASURES = {
    "page_width": 210,
    "page_height": 297,
    "label_width": 70,
    "label_height": 35,
    "columns": 3,
    "rows": 8,
    "left": 0,
    "top": 8.5,
    "h_pitch": 70,
    "v_pitch": 35,
}
EXPECTED = {
    "avery-5160": 30,
    "avery-5161": 20,
    "avery-5162": 14,
    "avery-5163": 10,
    "avery-5164": 6,
    "avery-5167": 80,
    "avery-l7160": 21,
    "avery-l7161": 18,
    "avery-l7162": 16,
    "avery-l7163": 14,
    "avery-l7165": 8,
    "avery-l7173": 10,
    "zweckform-3422": 24,
    "zweckform-3475": 24,
    "envelope-dl": 1,
    "envelope-c5": 1,
    "envelope-c6": 1,
    "envelope-us10": 1,
}


def test_every_required_sheet_is_shipped_with_its_source(catalog: TemplateCatalog) -> None:
    assert catalog.problems == []
    found = {t.id: t.per_page for t in catalog.templates}
    assert found == EXPECTED
    assert all(t.source for t in catalog.templates)


def test_letter_and_a4_pages(catalog: TemplateCatalog) -> None:
    assert (catalog.find("5160").page_width, catalog.find("5160").page_height) == (612, 792)
    a4 = catalog.find("L7160")
    assert a4.page_width == pytest.approx(595.28, abs=0.01)
    assert a4.page_height == pytest.approx(841.89, abs=0.01)


def test_bad_custom_file_gives_clear_problem(tmp_path: Path) -> None:
    folder = tmp_path / "custom"
    folder.mkdir()
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    spec = custom_sheet_spec(
        "Mine",
        "mm",
        page_width=210,
        page_height=297,
        label_width=70,
        label_height=35,
        columns=3,
        rows=8,
        left=0,
        top=8.5,
        h_pitch=70,
        v_pitch=35,
    )
    spec["label"]["width"] = "wide"
    (folder / "wrong-field.json").write_text(json.dumps(spec), encoding="utf-8")
    catalog = load_templates(folder)
    assert len(catalog.templates) == len(EXPECTED)
    assert any("broken.json" in p and "not valid JSON" in p for p in catalog.problems)
    assert any("wrong-field.json" in p and "'width'" in p for p in catalog.problems)


def test_custom_sheet_is_saved_and_listed(tmp_path: Path) -> None:
    spec = custom_sheet_spec(
        "Office sheet",
        "mm",
        page_width=210,
        page_height=297,
        label_width=105,
        label_height=37,
        columns=2,
        rows=8,
        left=0,
        top=0.5,
        h_pitch=105,
        v_pitch=37,
        safe_margin=4,
    )
    saved = save_custom_template(spec, tmp_path)
    catalog = load_templates(tmp_path)
    assert catalog.find("custom-office-sheet") == saved
    assert saved.per_page == 16 and saved.custom


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"h_pitch": 60}, "overlap"),
        ({"columns": 4}, "right edge"),
        ({"rows": 9}, "bottom"),
    ],
)
def test_impossible_measurements_are_refused(change: dict[str, float], message: str) -> None:
    measures = dict(
        page_width=210,
        page_height=297,
        label_width=70,
        label_height=35,
        columns=3,
        rows=8,
        left=0,
        top=8.5,
        h_pitch=70,
        v_pitch=35,
    )
    measures.update(change)
    with pytest.raises(TemplateError, match=message):
        parse_template(custom_sheet_spec("Bad", "mm", **measures), "bad")


def broken_files(folder: Path) -> dict[str, str]:
    """Custom files that used to crash every ``labels`` command or hang it, and their reason."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.json").write_bytes(b"")
    (folder / "truncated.json").write_text('{"id": "half", "unit": "mm", "pa', encoding="utf-8")
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (folder / "deep-field.json").write_text(
        '{"id": "x", "unit": "mm", "name": ' + "[" * 100_000 + "]" * 100_000 + "}",
        encoding="utf-8",
    )
    (folder / "types.json").write_text(
        json.dumps({"id": 7, "unit": "mm", "page": [], "label": "big"}), encoding="utf-8"
    )
    os.mkfifo(folder / "pipe.json")
    return {
        "empty.json": "not valid JSON",
        "truncated.json": "not valid JSON",
        "deep.json": "nested too deeply",
        "deep-field.json": "",
        "types.json": "id 7 must be",
        "pipe.json": "not a regular file",
    }


def test_broken_custom_files_are_reported_by_name_and_the_rest_load(tmp_path: Path) -> None:
    folder = tmp_path / "custom"
    expected = broken_files(folder)
    save_custom_template(custom_sheet_spec("Mine", "mm", **MEASURES), folder)
    catalog = load_templates(folder)
    assert len(catalog.templates) == len(EXPECTED) + 1
    assert catalog.find("custom-mine").custom
    assert len(catalog.problems) == len(expected)
    for name, reason in expected.items():
        (line,) = [p for p in catalog.problems if p.startswith(f"{name}:")]
        assert reason in line and "\n" not in line and len(line) < 200


def test_list_templates_names_each_broken_file_on_stderr(tmp_path: Path) -> None:
    data = tmp_path / "data"
    expected = broken_files(data / "label-templates")
    env = {**os.environ, "ROLODEX_DATA_DIR": str(data)}
    done = subprocess.run(
        [sys.executable, "-m", "rolodex", "labels", "--list-templates"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0
    assert "avery-l7160" in done.stdout
    lines = done.stderr.splitlines()
    assert len(lines) == len(expected)
    for name in expected:
        assert any(line.startswith(f"rolodex: skipped template {name}:") for line in lines)
