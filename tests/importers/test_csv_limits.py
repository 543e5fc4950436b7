"""Wide and long CSV files: a valid header followed by thousands of extra columns is still a
header, a file using an absurd number of columns is refused with a clear message, and a cell
too long to import is left out of its row with a warning while the rest of the row comes in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rolodex.importers.csv_detect import sniff_text
from rolodex.importers.csv_reader import CsvError, CsvMappingRequired, read_csv, sniff_csv
from rolodex.importers.limits import MAX_TEXT_CHARS
from rolodex.records import ContactData, ImportIssue, ReadContact

HEADER = "First Name,Last Name,E-mail Address"
ROWS = ["Kari,Nordmann,kari@example.no", "Ola,Hansen,ola@example.no"]


def write(path: Path, extra_header: str, extra_row: str) -> Path:
    lines = [HEADER + extra_header, *(row + extra_row for row in ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def emails(path: Path) -> list[str]:
    items = list(read_csv(path))
    assert all(isinstance(item, ContactData) for item in items)
    return [item.emails[0].value for item in items if isinstance(item, ContactData)]


@pytest.mark.parametrize("extra", [10_000, 70_000])
def test_valid_header_with_many_empty_columns_imports(tmp_path: Path, extra: int) -> None:
    """70,000 empty columns make the header longer than the 64 KB sample."""
    path = write(tmp_path / "wide.csv", "," * extra, "," * extra)
    sniff = sniff_csv(path)
    assert sniff.has_header and sniff.layout == "outlook"
    assert emails(path) == ["kari@example.no", "ola@example.no"]


def test_values_in_unnamed_columns_do_not_hide_the_header(tmp_path: Path) -> None:
    path = write(tmp_path / "wide.csv", "," * 10_000, ",v" * 10_000)
    assert sniff_csv(path).has_header
    assert emails(path) == ["kari@example.no", "ola@example.no"]


def test_unknown_extra_columns_with_numbers_leave_the_header_a_header(tmp_path: Path) -> None:
    """Before, "Extra 100" looked like data, so the file was said to have no header row."""
    extra = "".join(f",Extra {i}" for i in range(100, 600))
    path = write(tmp_path / "extra.csv", extra, "," * 500)
    sniff = sniff_csv(path)
    assert sniff.has_header and sniff.headers[:3] == HEADER.split(",")
    with pytest.raises(CsvMappingRequired, match="no header Rolodex recognises"):
        read_csv(path)


def test_header_rule_in_the_sample() -> None:
    assert sniff_text("Name,Email,Extra 2024\nAnn,ann@example.com,x\n", "utf-8").has_header
    assert not sniff_text("Ann,ann@example.com,2024\nBob,bob@example.com,1\n", "utf-8").has_header


def test_ten_thousand_named_columns_are_refused_with_a_clear_message(tmp_path: Path) -> None:
    extra = "".join(f",Column {i}" for i in range(10_000))
    path = write(tmp_path / "huge.csv", extra, "," * 10_000)
    with pytest.raises(CsvError, match=r"huge.csv has 10,003 named columns; .* at most 1,000"):
        sniff_csv(path)
    done = subprocess.run(
        [sys.executable, "-m", "rolodex", "--db", str(tmp_path / "b.db"), "import", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "huge.csv has 10,003 named columns" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_a_first_line_without_end_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "line.csv"
    path.write_bytes(b"Name" + b",x" * 2_500_000)
    with pytest.raises(CsvError, match="first line of line.csv is longer than 4 MB"):
        sniff_csv(path)


def test_a_long_note_is_imported_and_an_absurd_one_left_out_with_a_warning(tmp_path: Path) -> None:
    """csv's own 128 KB field limit dropped the whole row of a 200,000-character note."""
    path = tmp_path / "notes.csv"
    rows = [f'Kari,Nordmann,kari@example.no,"{"n" * 200_000}"', "Ola,Hansen,ola@example.no,hi"]
    rows.append(f'Per,Berg,per@example.no,"{"m" * (MAX_TEXT_CHARS + 1)}"')
    rows.append(f'Liv,Dahl,liv@example.no,"{"m" * (4 * MAX_TEXT_CHARS + 1)}"')
    path.write_text("\n".join([HEADER + ",Notes", *rows]) + "\n", encoding="utf-8")
    kari, ola, per, liv = list(read_csv(path))
    assert isinstance(kari, ContactData) and len(kari.notes) == 200_000
    assert isinstance(ola, ContactData) and ola.notes == "hi"
    assert isinstance(per, ReadContact) and per.notes == "" and per.emails[0].value
    assert per.warnings == [
        "the column 'Notes' (1,000,001 characters) is longer than 1,000,000 characters; "
        "it was left out"
    ]
    assert isinstance(liv, ImportIssue) and "field larger than field limit" in liv.message
