"""Encrypt, decrypt and change-passphrase beside other writers (issue 9 §1).

The conversion holds the book lock exclusively from its check to its rename, every opener holds
it shared: a writer arriving meanwhile waits (or is told the book is busy) and never writes into
the file about to be replaced; the old file's -wal/-shm never outlive the rename.

The race test runs each conversion 20 times against a real writer process (``writer_loop.py``:
``rolodex add`` again and again, and ``rolodex import`` every third time, which backs the book
up and writes a report first) and checks every run: each write that exited 0 is in the book,
the book opens with the right passphrase and passes integrity_check, every backup opens with it
too, and after encrypt or change-passphrase no file in the book's folder or the data folder holds
a name readably."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from rolodex import paths
from rolodex.db import close_store, database, looks_encrypted, open_store
from rolodex.safety import backups, crypto, snapshot
from tests.safety.conftest import PASSPHRASE, add_people
from tests.safety.leaks import MARKER, plaintext_files, write_cards

NEW = "a brand new passphrase"
RUNS = 20
WRITER = Path(__file__).with_name("writer_loop.py")
# action: (key before, key after, keys the writer tries in turn)
ACTIONS = {
    "encrypt": (None, NEW, [NEW]),
    "decrypt": (PASSPHRASE, None, [PASSPHRASE]),
    "change-passphrase": (PASSPHRASE, NEW, [PASSPHRASE, NEW]),
}


def _convert(action: str, book: Path) -> crypto.CryptoResult:
    if action == "encrypt":
        return crypto.encrypt_book(book, NEW)
    if action == "decrypt":
        return crypto.decrypt_book(book, PASSPHRASE)
    return crypto.change_passphrase(book, PASSPHRASE, NEW)


class Writer:
    """The writer loop (one subprocess for all runs); its lines arrive on a queue."""

    def __init__(self, cards: Path) -> None:
        argv = [sys.executable, str(WRITER), MARKER, str(cards)]
        self.proc = subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        with self.proc.stdout:
            for line in self.proc.stdout:
                self.lines.put(line.strip())
        self.lines.put("")

    def _order(self, **order: object) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(order) + "\n")
        self.proc.stdin.flush()

    def start(self, book: Path, keys: list[str]) -> None:
        self.seen = []
        self._order(write=str(book), keys=keys, data=str(paths.get().data_dir))

    def _next(self) -> str:
        line = self.lines.get(timeout=120)
        assert line, f"the writer stopped: {self.seen[-3:]}"
        return line

    def wait_acks(self, count: int) -> None:
        """Wait until ``count`` more commands have exited 0."""
        while count > 0:
            self.seen.append(self._next())
            count -= self.seen[-1].startswith("ok ")

    def pause(self) -> list[str]:
        """Stop writing (after the command in flight); the lines of this run."""
        self._order()
        while (line := self._next()) != "paused":
            self.seen.append(line)
        return self.seen

    def close(self) -> str:
        assert self.proc.stdin is not None and self.proc.stderr is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=120)
        with self.proc.stderr:
            return self.proc.stderr.read()


@dataclass
class Tally:
    runs: int = 0
    acked: int = 0
    lost: list[str] = field(default_factory=list)
    plaintext: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


def _make_book(folder: Path, key: str | None) -> Path:
    paths.init(folder / "data")
    book = folder / "book.db"
    open_store(book, key)
    add_people([(f"{MARKER}", "Seed")])
    backups.backup_now()  # an old backup: converted too
    close_store()
    return book


def _check_book(book: Path, key: str | None, seen: list[str], tally: Tally) -> None:
    info = open_store(book, key, create=False)
    try:
        assert info.encrypted == (key is not None)
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = dict(database.execute_sql("SELECT id, display_name FROM contact").fetchall())
        for line in seen:
            if line.startswith("ok add "):
                _, _, n, cid = line.split(" ", 3)
                tally.acked += 1
                if names.get(int(cid)) != f"{MARKER} {n}":
                    tally.lost.append(f"{book}: {line}")
            elif line.startswith("ok import"):
                tally.acked += 1
                if sum(name.startswith(f"{MARKER}Card") for name in names.values()) != 3:
                    tally.lost.append(f"{book}: {line}")
            else:
                tally.refused.append(line)
        for found in backups.list_backups():
            snapshot.inspect(found.path, key)  # every backup opens with the book's key
    finally:
        close_store()


def _run(root: Path, n: int, action: str, writer: Writer, tally: Tally) -> None:
    before, after, keys = ACTIONS[action]
    folder = root / f"run{n}"
    book = _make_book(folder, before)
    writer.start(book, list(keys))
    try:
        writer.wait_acks(1)
        result = _convert(action, book)
        writer.wait_acks(2)  # it goes on writing into the converted book
    finally:
        seen = writer.pause()
    assert not result.failed, result.failed
    _check_book(book, after, seen, tally)
    if after is not None:
        tally.plaintext += plaintext_files(folder)
    tally.runs += 1


@pytest.mark.slow
@pytest.mark.parametrize("action", list(ACTIONS))
def test_conversion_beside_a_writer_loses_no_acknowledged_write(
    action: str, tmp_path: Path, app_paths: paths.AppPaths
) -> None:
    writer = Writer(write_cards(tmp_path / "cards.vcf"))
    tally = Tally()
    try:
        for n in range(RUNS):
            _run(tmp_path, n, action, writer, tally)
    finally:
        errors = writer.close()
    print(
        f"{tally.runs} of {RUNS} {action} runs beside a writer loop: {tally.acked} acknowledged "
        f"writes, {len(tally.lost)} lost, {len(tally.plaintext)} plaintext files, "
        f"{len(tally.refused)} writes refused with a message"
    )
    assert errors == "", errors  # every refusal was one clear line, never a traceback
    assert tally.runs == RUNS
    assert tally.lost == []
    assert tally.plaintext == []
    assert all("busy" in r or "Wrong passphrase" in r for r in tally.refused), tally.refused


def test_conversion_checkpoints_and_removes_the_old_wal(
    tmp_path: Path, app_paths: paths.AppPaths
) -> None:
    """A writer that exited without closing leaves its commits in the -wal only: they end up in
    the encrypted book, and no -wal/-shm of the plain file is left to be replayed into it."""
    book = tmp_path / "book.db"
    script = (
        "import sys, os; from rolodex.db import open_store; from tests.safety.conftest import "
        "add_people; open_store(sys.argv[1]); add_people([('Wal', 'Only')]); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", script, str(book)], check=True, timeout=60)
    assert book.with_name("book.db-wal").stat().st_size > 0
    crypto.encrypt_book(book, NEW)
    assert looks_encrypted(book)
    assert not book.with_name("book.db-wal").exists()
    assert not book.with_name("book.db-shm").exists()
    open_store(book, NEW)
    try:
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = database.execute_sql("SELECT display_name FROM contact").fetchall()
        assert rows == [("Wal Only",)]
    finally:
        close_store()
    assert plaintext_files(tmp_path, words=("Wal Only",)) == []


def test_backup_made_right_before_encrypting_is_encrypted(
    tmp_path: Path, app_paths: paths.AppPaths
) -> None:
    """An import (which backs up first and writes a report naming the people it skipped) just
    before encrypt: its plaintext backup and report do not survive the encryption."""
    from rolodex.safety import hooks
    from rolodex.services.importing.service import run_import

    hooks.install()
    cards = write_cards(tmp_path / "cards.vcf")
    (tmp_path / "books").mkdir()
    book = tmp_path / "books" / "book.db"
    open_store(book)
    run_import([cards], "skip")
    run_import([cards], "skip")  # skips all three: the report names them
    close_store()
    assert plaintext_files(app_paths.data_dir / "reports")
    result = crypto.encrypt_book(book, NEW)
    assert len(result.converted) == 3 and len(result.redacted_reports) == 2
    assert plaintext_files(book.parent, app_paths.data_dir) == []
    assert all(looks_encrypted(b) for b in result.converted)
