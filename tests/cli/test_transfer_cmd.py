"""The import, export and imports commands, run as a user runs them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from rolodex.cli.main import run
from rolodex.db import close_store
from tests.services.transfer_helpers import TRANSFER_DATA, vcard, write_cards


@pytest.fixture
def db(tmp_path: Path) -> Iterator[str]:
    yield str(tmp_path / "book.db")
    close_store()


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = run(list(argv))
    return code, json.loads(capsys.readouterr().out)


def test_import_json_counts_and_errors(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_cards(
        tmp_path / "a.vcf", vcard("Per Hansen", email="p@x.no"), vcard("Per Hansen", email="p@x.no")
    )
    code, out = _json(capsys, "--db", db, "import", str(good), str(tmp_path / "gone.vcf"), "--json")
    assert code == 0
    assert (out["imported"], out["merged"], out["skipped"]) == (1, 0, 1)
    assert out["errors"] == [
        {"file": str(tmp_path / "gone.vcf"), "card": 0, "line": 0, "message": "File not found."}
    ]


def test_import_exits_1_only_when_every_input_failed(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00\x01 nothing here")
    code, out = _json(capsys, "--db", db, "import", str(junk), str(tmp_path / "gone.csv"), "--json")
    assert code == 1
    assert len(out["errors"]) == 2


def test_import_of_only_duplicates_is_a_success(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_cards(tmp_path / "a.vcf", vcard("Per Hansen", org="Hansen Bygg"))
    assert run(["--db", db, "import", str(path)]) == 0
    assert capsys.readouterr().out.startswith("Imported 1, merged 0, skipped 0.")
    code, out = _json(capsys, "--db", db, "import", str(path), "--json")
    assert (code, out["skipped"]) == (0, 1)


def test_dry_run_and_merge_policy(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_cards(tmp_path / "a.vcf", vcard("Per Hansen", email="per@ex.no"))
    _json(capsys, "--db", db, "import", str(path), "--dry-run", "--json")
    code, out = _json(capsys, "--db", db, "import", str(path), "--json")
    assert out["imported"] == 1  # the dry run saved nothing
    update = write_cards(tmp_path / "b.vcf", vcard("Per Hansen", email="per@ex.no", title="CEO"))
    code, out = _json(
        capsys, "--db", db, "import", str(update), "--on-duplicate", "merge", "--json"
    )
    assert (out["imported"], out["merged"]) == (0, 1)
    run(["--db", db, "search", "Per", "--json"])
    assert json.loads(capsys.readouterr().out)[0]["name"] == "Per Hansen"


def test_csv_with_map(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Ona,Jonaitienė,ona@example.lt\n", encoding="utf-8")
    code, out = _json(
        capsys,
        "--db",
        db,
        "import",
        str(path),
        "--map",
        "0=given,1=family,2=email,header=no",
        "--json",
    )
    assert (code, out["imported"]) == (0, 1)


def test_bad_map_is_a_usage_error(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(["--db", db, "import", str(tmp_path / "x.csv"), "--map", "0=shoe_size"])
    assert code == 2
    assert "--map" in capsys.readouterr().err


def test_export_formats_and_selection(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(
        [
            "--db",
            db,
            "import",
            str(TRANSFER_DATA / "Ukrainian.vcf"),
            str(TRANSFER_DATA / "v21_japanese_1.vcf"),
        ]
    )
    capsys.readouterr()
    run(["--db", db, "export", "-o", str(tmp_path / "all.vcf")])
    assert (tmp_path / "all.vcf").read_bytes().count(b"BEGIN:VCARD") == 2
    run(["--db", db, "export", "-o", str(tmp_path / "all.csv")])
    assert "Віталій" in (tmp_path / "all.csv").read_text(encoding="utf-8-sig")
    assert "Exported 2 contacts" in capsys.readouterr().out
    code, out = _json(
        capsys,
        "--db",
        db,
        "export",
        "-o",
        str(tmp_path / "k.vcf"),
        "--query",
        "Кличко",
        "--format",
        "vcard4",
        "--json",
    )
    assert (code, out["exported"], out["format"]) == (0, 1, "vcard4")
    assert b"VERSION:4.0" in (tmp_path / "k.vcf").read_bytes()


def test_export_into_a_missing_folder_is_one_line_error(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["--db", db, "add", "Per Hansen"])
    code = run(["--db", db, "export", "-o", str(tmp_path / "nope" / "a.vcf")])
    assert code == 2
    assert capsys.readouterr().err.startswith("rolodex: The folder")


def test_imports_list_and_undo(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_cards(tmp_path / "a.vcf", vcard("Per Hansen"), vcard("Ida Lie"))
    _, result = _json(capsys, "--db", db, "import", str(path), "--json")
    code, history = _json(capsys, "--db", db, "imports", "list", "--json")
    assert [(h["id"], h["imported"], h["undone_at"]) for h in history] == [
        (result["batch_id"], 2, None)
    ]
    run(["--db", db, "imports", "list"])
    assert "imported 2, merged 0, skipped 0\tcan be undone\ta.vcf" in capsys.readouterr().out
    assert run(["--db", db, "imports", "undo", str(result["batch_id"])]) == 0
    capsys.readouterr()
    run(["--db", db, "stats", "--json"])
    assert json.loads(capsys.readouterr().out)["contacts"] == 0
    assert run(["--db", db, "imports", "undo", str(result["batch_id"])]) == 2
    assert "already undone" in capsys.readouterr().err


def test_undo_says_what_it_kept_because_it_was_changed_since(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_cards(tmp_path / "a.vcf", vcard("Per Hansen"), vcard("Ida Lie"), vcard("Ola Dunk"))
    _, result = _json(capsys, "--db", db, "import", str(path), "--json")
    assert run(["--db", db, "log", "Per Hansen", "--kind", "call"]) == 0
    assert run(["--db", db, "log", "Ida Lie", "--kind", "note"]) == 0
    capsys.readouterr()
    assert run(["--db", db, "imports", "undo", str(result["batch_id"])]) == 0
    out = capsys.readouterr().out
    assert "1 contact moved to the Trash" in out
    assert "2 contacts you have edited since were kept." in out
    run(["--db", db, "search", "", "--json"])
    assert sorted(c["name"] for c in json.loads(capsys.readouterr().out)) == [
        "Ida Lie",
        "Per Hansen",
    ]


def test_undo_json_counts(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_cards(tmp_path / "a.vcf", vcard("Per Hansen", org="Hansen Bygg"))
    _, result = _json(capsys, "--db", db, "import", str(path), "--json")
    code, out = _json(capsys, "--db", db, "imports", "undo", str(result["batch_id"]), "--json")
    assert code == 0
    assert out == {
        "batch_id": result["batch_id"],
        "trashed": 1,
        "kept_edited": 0,
        "reverted": 0,
        "kept_changes": 0,
        "companies_removed": 1,
        "companies_kept": 0,
    }


def test_an_import_that_only_skipped_is_not_called_a_dry_run(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_cards(tmp_path / "a.vcf", vcard("Per Hansen", email="per@ex.no"))
    run(["--db", db, "import", str(path)])
    capsys.readouterr()
    report = tmp_path / "report.txt"
    assert run(["--db", db, "import", str(path), "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert "Dry run" not in out
    assert "Nothing was imported or merged: every card was already in the book." in out
    text = report.read_text(encoding="utf-8")
    assert "Dry run" not in text and "Nothing was imported or merged" in text
