"""Crash safety: a real process writing to the book, killed with SIGKILL at random moments,
leaves the book exactly as before its action or exactly as after, passing integrity_check.

Two writers: ``python -m rolodex --db BOOK import CARDS.vcf`` (the real import, whose batch is
one transaction), and ``crash_writer.py`` (2,000 contacts in one transaction with raw
executemany), which guards the store layer on its own. Each trial starts from the same book."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rolodex.cli.main import build_parser
from rolodex.db import close_store, open_store
from tests.safety.conftest import add_people

TRIALS = 22
CARDS = 2000
WRITER = Path(__file__).with_name("crash_writer.py")
NAMES = ["Øystein", "Ona", "Иван", "Ada", "Žygimantas", "Ingrid", "Ёжик", "Maja"]
FAMILIES = ["Bjørnstad", "Žemaitė", "Петров", "Lovelace", "Šimkus", "Ødegård", "Смирнов"]
State = tuple[str, int, str]


def _write_cards(path: Path) -> None:
    cards = []
    for n in range(CARDS):
        given, family = NAMES[n % len(NAMES)], FAMILIES[n % len(FAMILIES)]
        cards.append(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"N:{family};{given} {n};;;\r\nFN:{given} {n} {family}\r\n"
            f"EMAIL;TYPE=INTERNET:person{n}@example.org\r\nTEL;TYPE=CELL:+47 4{n:07d}\r\n"
            "END:VCARD\r\n"
        )
    path.write_text("".join(cards), encoding="utf-8")


def _state(book: Path) -> State:
    """(integrity_check result, contact count, checksum of the people and their emails)."""
    conn = sqlite3.connect(book)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        rows = conn.execute(
            "SELECT c.given, c.family, c.display_name, group_concat(e.value) FROM contact c"
            " LEFT JOIN email e ON e.contact_id = c.id WHERE c.deleted_at IS NULL"
            " GROUP BY c.id ORDER BY c.given, c.family, c.display_name"
        ).fetchall()
    finally:
        conn.close()
    return check, len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()


class Harness:
    """Runs ``argv`` (with BOOK replaced) on a fresh copy of the template book."""

    def __init__(self, template: Path, root: Path, argv: list[str], marker: bytes | None) -> None:
        self.template, self.root, self.argv, self.marker = template, root, argv, marker

    def trial(self, name: str, delay: float) -> tuple[bool, State, float]:
        """Run once, SIGKILL after ``delay`` s (counted from the marker line if any); return
        whether it was killed, the book's state and the seconds it ran after the marker."""
        work = self.root / name
        work.mkdir()
        book = work / "book.db"
        shutil.copy(self.template, book)
        argv = [str(book) if a == "BOOK" else a for a in self.argv]
        env = {**os.environ, "ROLODEX_DATA_DIR": str(work / "data")}
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        assert proc.stdout is not None
        with proc.stdout:
            if self.marker is not None:
                _read_until(proc.stdout, self.marker)
            started = time.monotonic()
            try:
                proc.wait(timeout=delay)
                killed = False
            except subprocess.TimeoutExpired:
                os.kill(proc.pid, signal.SIGKILL)
                killed = True
            ran = time.monotonic() - started
            output = proc.stdout.read().decode("utf-8", "replace")
        proc.wait()
        (work / "output.txt").write_text(output, encoding="utf-8")
        return killed, _state(book), ran


def _read_until(stream: object, marker: bytes) -> None:
    for line in iter(stream.readline, b""):  # type: ignore[attr-defined]
        if line.strip() == marker:
            return


def _run_trials(harness: Harness, before: State, expected_added: int) -> None:
    killed, after, full_run = harness.trial("full", delay=120)
    output = (harness.root / "full" / "output.txt").read_text(encoding="utf-8")
    assert not killed and after[0] == "ok" and after[1] == before[1] + expected_added, output
    rng = random.Random(20240501)
    kills = afters = 0
    for n in range(TRIALS):
        delay = rng.uniform(0.02, 1.1) * full_run
        killed, state, _ = harness.trial(f"trial{n}", delay)
        where = f"trial {n}, killed after {delay:.3f} s of {full_run:.3f} s"
        assert state[0] == "ok", f"{where}: {state[0]}"
        assert state[1:] in (before[1:], after[1:]), where
        kills += killed
        afters += state[1:] == after[1:]
    print(
        f"{TRIALS} trials: {kills} killed mid-run, {afters} ended as after, full run {full_run:.2f} s"
    )
    assert kills >= TRIALS // 2  # most kills landed while the process was still writing


@pytest.fixture
def template(tmp_path: Path) -> Path:
    book = tmp_path / "template.db"
    open_store(book)
    add_people()
    close_store()
    return book


def _has_import_command() -> bool:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return "import" in sub.choices  # type: ignore[operator]


@pytest.mark.slow
@pytest.mark.skipif(not _has_import_command(), reason="no import command yet")
def test_killed_import_leaves_the_book_before_or_after(template: Path, tmp_path: Path) -> None:
    cards = tmp_path / "cards.vcf"
    _write_cards(cards)
    argv = [sys.executable, "-m", "rolodex", "--db", "BOOK", "import", str(cards)]
    _run_trials(Harness(template, tmp_path, argv, None), _state(template), CARDS)


@pytest.mark.slow
def test_killed_batch_write_leaves_the_book_before_or_after(template: Path, tmp_path: Path) -> None:
    argv = [sys.executable, str(WRITER), "BOOK"]
    _run_trials(Harness(template, tmp_path, argv, b"begin"), _state(template), 2000)
