"""``rolodex labels`` on a real book: the PDF, the summary on stdout and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from rolodex.cli.main import run
from rolodex.db import close_store, open_store
from rolodex.labels.settings import LabelSettings, load_settings, save_settings
from rolodex.records import Address, ContactData
from rolodex.services.contacts import ContactService
from tests.labels.conftest import LITHUANIAN, NORWEGIAN, RUSSIAN, read_text


@pytest.fixture
def book_file(tmp_path: Path) -> Path:
    path = tmp_path / "book.db"
    open_store(path)
    service = ContactService()
    for contact in (NORWEGIAN, LITHUANIAN, RUSSIAN):
        service.create(ContactData(**{**contact.__dict__, "id": None, "tags": ["post"]}))
    service.create(
        ContactData(
            given="Ola",
            family="Blokkert",
            do_not_mail=True,
            tags=["post"],
            addresses=[Address(street="Gate 1", city="Oslo", postal_code="0150")],
        )
    )
    close_store()
    return path


def test_labels_for_a_tag(
    book_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.pdf"
    code = run(
        [
            "--db",
            str(book_file),
            "labels",
            "-o",
            str(out),
            "--template",
            "L7160",
            "--tag",
            "post",
            "--start-at",
            "3",
            "--outline",
            "--offset-x",
            "0.5",
        ]
    )
    printed = capsys.readouterr().out
    assert code == 0
    assert "3 labels on 1 page " in printed
    assert "Ola Blokkert: do not mail" in printed
    text = read_text(out)
    assert "Jūratė Žemaitienė" in text and "Иван Петров" in text and "Blokkert" not in text


def test_query_narrows_the_run(
    book_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.pdf"
    assert (
        run(
            [
                "--db",
                str(book_file),
                "labels",
                "-o",
                str(out),
                "--template",
                "avery-5160",
                "--query",
                "Nordmann",
            ]
        )
        == 0
    )
    assert "1 labels" in capsys.readouterr().out


def test_list_templates(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["labels", "--list-templates"]) == 0
    listed = capsys.readouterr().out
    assert "avery-l7160" in listed and "envelope-us10" in listed


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--template", "L9999"], "No label template 'L9999'"),
        (["--template", "L7160", "--start-at", "30"], "between 1 and 21"),
    ],
)
def test_user_errors_are_one_line(
    book_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    code = run(["--db", str(book_file), "labels", "-o", str(tmp_path / "x.pdf"), *extra])
    assert code == 2
    assert message in capsys.readouterr().err


def test_saved_printer_offset_is_used(book_file: Path, tmp_path: Path) -> None:
    settings = LabelSettings()
    settings.set_offset("", 3.0, 0.0)
    save_settings(settings)
    assert load_settings().offset("") == (3.0, 0.0)
    out = tmp_path / "out.pdf"
    assert (
        run(
            [
                "--db",
                str(book_file),
                "labels",
                "-o",
                str(out),
                "--template",
                "L7160",
                "--test-sheet",
            ]
        )
        == 0
    )
    assert "Printer calibration" in read_text(out)


def test_damaged_settings_file_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "labels.json"
    path.write_text("[1, 2", encoding="utf-8")
    assert load_settings(path) == LabelSettings()
