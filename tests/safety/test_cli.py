"""The safety commands as a user types them (run in-process through rolodex.cli.main.run)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rolodex.cli.main import run
from rolodex.db import close_store, looks_encrypted, open_store
from rolodex.models import Contact
from tests.safety.conftest import PASSPHRASE, PEOPLE, add_people

NEW = "another long passphrase"


@pytest.fixture
def book(tmp_path: Path, app_paths: object) -> Path:
    path = tmp_path / "book.db"
    open_store(path)
    add_people()
    close_store()
    return path


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(PASSPHRASE + "\n", encoding="utf-8")
    new.write_text(NEW + "\n", encoding="utf-8")
    return old, new


def test_backup_list_and_restore(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(book)]
    assert run([*db, "backup"]) == 0
    assert run([*db, "backup", "-o", str(tmp_path / "extra.db")]) == 0
    assert (tmp_path / "extra.db").exists()
    capsys.readouterr()
    assert run([*db, "backups", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(item["contacts"], item["size"] > 0) for item in listed] == [(len(PEOPLE), True)]
    assert set(listed[0]) >= {"path", "created", "size", "contacts"}
    open_store(book)
    Contact.delete().execute()
    close_store()
    assert run([*db, "restore", listed[0]["path"]]) == 0
    assert "undo" in capsys.readouterr().out
    open_store(book)
    assert Contact.select().count() == len(PEOPLE)
    close_store()


def test_encrypt_change_decrypt(
    book: Path, keys: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = keys
    db = ["--db", str(book)]
    assert run([*db, "encrypt", "--passphrase-file", str(old)]) == 0
    assert looks_encrypted(book)
    assert run([*db, "--passphrase-file", str(old), "backups", "list"]) == 0
    assert (
        run(
            [
                *db,
                "--passphrase-file",
                str(old),
                "change-passphrase",
                "--new-passphrase-file",
                str(new),
            ]
        )
        == 0
    )
    assert run([*db, "decrypt", "--passphrase-file", str(new)]) == 0
    assert not looks_encrypted(book)


def test_wrong_passphrase_is_one_line_and_non_zero(
    book: Path, keys: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = keys
    db = ["--db", str(book)]
    assert run([*db, "encrypt", "--passphrase-file", str(old)]) == 0
    capsys.readouterr()
    for argv in (
        [*db, "--passphrase-file", str(new), "backup"],
        [*db, "decrypt", "--passphrase-file", str(new)],
        [*db, "backups", "list"],
    ):
        assert run(argv) != 0
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("rolodex: "), err


def test_encrypt_refuses_empty_passphrase_file(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    assert run(["--db", str(book), "encrypt", "--passphrase-file", str(empty)]) == 2
    assert "empty" in capsys.readouterr().err
    assert not looks_encrypted(book)
