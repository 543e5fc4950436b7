"""What an interrupted conversion or backup left is finished or removed at the next open, and
said so (issue 9 §5); an opener that is not alone with the book touches nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from rolodex import paths
from rolodex.db import StoreInfo, close_store, looks_encrypted, open_store
from rolodex.safety import backups, convert, crypto, lock, snapshot
from tests.safety.conftest import PASSPHRASE, add_people
from tests.safety.leaks import MARKER, MARKER_FAMILY, plaintext_files
from tests.safety.test_crypto import HOLD_OPEN

NEW = "a brand new passphrase"


def _marked_backup() -> backups.BackupInfo:
    add_people([(MARKER, MARKER_FAMILY)])
    return backups.backup_now()


def test_rekey_killed_while_renaming_is_finished(secret_book: StoreInfo) -> None:
    made = _marked_backup()
    close_store()
    book = secret_book.path
    pairs = [(convert.prepare(p, PASSPHRASE, NEW), p) for p in (book, made.path)]
    convert._write_marker(convert.marker_of(book), pairs)
    convert._rename_all(pairs[:1])  # killed after renaming the book, before the backup
    info = open_store(book, NEW)
    close_store()
    assert any("Finished the conversion" in note for note in info.tidied)
    assert snapshot.inspect(made.path, NEW).contacts == 5  # the backup is under the new key too
    assert not convert.marker_of(book).exists() and not convert.temp_of(made.path).exists()


def test_plaintext_copies_of_a_killed_decrypt_are_removed(secret_book: StoreInfo) -> None:
    made = _marked_backup()
    close_store()
    for path in (secret_book.path, made.path):  # killed before renaming anything
        convert.prepare(path, PASSPHRASE, None)
    assert plaintext_files(secret_book.path.parent)
    info = open_store(secret_book.path, PASSPHRASE)
    close_store()
    assert "Removed 1 unfinished copies of an interrupted conversion." in info.tidied
    assert any("Removed 1 unfinished copies of an interrupted backup" in n for n in info.tidied)
    assert plaintext_files(secret_book.path.parent) == []
    assert looks_encrypted(made.path)


def test_partial_backup_is_removed(plain_book: StoreInfo, app_paths: paths.AppPaths) -> None:
    close_store()
    app_paths.backups_dir.mkdir(exist_ok=True)
    partial = app_paths.backups_dir / ".book-20240101T000000000Z.partial"
    partial.write_bytes(b"half a backup")
    info = open_store(plain_book.path)
    close_store()
    assert not partial.exists() and info.tidied


def test_plaintext_backups_beside_an_encrypted_book_are_encrypted(plain_book: StoreInfo) -> None:
    made = _marked_backup()
    close_store()
    book = plain_book.path
    copy = book.with_name(f"{book.name}.v3-20240101T000000000000.pre-migration")
    shutil.copy(made.path, copy)
    convert.replace_one(convert.prepare(book, None, NEW), book)  # as an older Rolodex left it
    info = open_store(book, NEW)
    close_store()
    assert "Encrypted 2 plaintext backup copies left by an interrupted operation." in info.tidied
    assert snapshot.inspect(made.path, NEW).contacts == snapshot.inspect(copy, NEW).contacts == 5
    assert plaintext_files(book.parent) == []


def test_reports_of_an_encrypted_book_are_redacted(
    secret_book: StoreInfo, app_paths: paths.AppPaths
) -> None:
    close_store()
    reports = app_paths.data_dir / "reports"
    reports.mkdir()
    legacy = reports / "import-1-20240101-000000.txt"  # written before reports named a book
    other = reports / "import-2-20240101-000000.txt"
    body = f"Unreadable cards or files: 0\n\nSkipped:\n  a.vcf, card 1: {MARKER} {MARKER_FAMILY}\n"
    legacy.write_text(f"Rolodex import report\nImported: 1\n{body}", encoding="utf-8")
    other.write_text(f"Rolodex import report\nBook: /elsewhere/other.db\n{body}", encoding="utf-8")
    info = open_store(secret_book.path, PASSPHRASE)
    close_store()
    assert plaintext_files(reports) == [str(other)]  # another (plain) book's report: left alone
    assert "Imported: 1" in legacy.read_text(encoding="utf-8")
    assert any("Re-wrote 1 import reports" in note for note in info.tidied)


def test_opener_that_is_not_alone_tidies_nothing(
    plain_book: StoreInfo, app_paths: paths.AppPaths
) -> None:
    close_store()
    app_paths.backups_dir.mkdir(exist_ok=True)
    partial = app_paths.backups_dir / ".book-20240101T000000000Z.partial"
    partial.write_bytes(b"maybe another program's backup in progress")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(plain_book.path), ""],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        info = open_store(plain_book.path)  # shares the book with the holder
        close_store()
    finally:
        holder.communicate("")
    assert partial.exists() and info.tidied == ()


def test_cli_says_what_it_tidied(plain_book: StoreInfo, app_paths: paths.AppPaths) -> None:
    close_store()
    app_paths.backups_dir.mkdir(exist_ok=True)
    (app_paths.backups_dir / ".book-20240101T000000000Z.partial").write_bytes(b"half")
    argv = [sys.executable, "-m", "rolodex", "--db", str(plain_book.path), "stats"]
    env = {**os.environ, "ROLODEX_DATA_DIR": str(app_paths.data_dir)}
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("rolodex: note: Removed 1 unfinished copies")
    assert done.stderr.count("\n") == 1


def test_without_flock_books_still_open_and_convert(
    plain_book: StoreInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows has no flock: no lock file, and SQLite's own locking guards conversions."""
    close_store()
    lock.lock_path(plain_book.path).unlink()
    monkeypatch.setattr(lock, "LOCKING", False)
    crypto.encrypt_book(plain_book.path, NEW)
    open_store(plain_book.path, NEW)
    close_store()
    assert not lock.lock_path(plain_book.path).exists()


def test_backup_a_rekey_could_not_convert_is_kept_and_reported(secret_book: StoreInfo) -> None:
    made = _marked_backup()
    close_store()
    other = "yet another passphrase"
    convert.replace_one(convert.prepare(made.path, PASSPHRASE, other), made.path)
    result = crypto.change_passphrase(secret_book.path, PASSPHRASE, NEW)
    assert len(result.failed) == 1
    for _ in range(2):  # said at every open, never deleted
        info = open_store(secret_book.path, NEW)
        close_store()
        assert any(f"they were kept: {made.path.name}" in note for note in info.tidied)
    assert snapshot.inspect(made.path, other).contacts == 5
    convert.replace_one(convert.prepare(made.path, other, NEW), made.path)  # the user fixed it
    assert open_store(secret_book.path, NEW).tidied == ()
    close_store()
