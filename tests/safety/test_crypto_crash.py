"""Encrypt, decrypt and change-passphrase killed with SIGKILL at random moments (issue 9 §5).

Each trial copies a book with backups, a pre-migration copy and an import report naming its
people, runs the real command line on it and kills it after a random delay. The next open then
finishes or removes what the conversion left: the book holds exactly its people and passes
integrity_check, opens with the old or the new passphrase, every backup and pre-migration copy
opens with that same one, no ``.converting``/``.partial``/marker file is left, and when the book
ended encrypted no file in its folder or the data folder holds a name readably."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from rolodex import paths
from rolodex.db import (
    StoreError,
    StoreInfo,
    WrongPassphraseError,
    close_store,
    database,
    looks_encrypted,
    open_store,
)
from rolodex.safety import backups, convert, hooks, snapshot
from tests.safety.conftest import PASSPHRASE, PEOPLE, add_people
from tests.safety.leaks import MARKER, MARKER_FAMILY, plaintext_files, write_cards
from tests.safety.test_crash import _read_until

NEW = "a brand new passphrase"
TRIALS = 20
CLI = Path(__file__).with_name("fast_cli.py")
# action: (key before, key after, command line after --db BOOK)
ACTIONS = {
    "encrypt": (None, NEW, ["encrypt", "--passphrase-file", "NEWKEY"]),
    "decrypt": (PASSPHRASE, None, ["decrypt", "--passphrase-file", "OLDKEY"]),
    "change-passphrase": (
        PASSPHRASE,
        NEW,
        ["--passphrase-file", "OLDKEY", "change-passphrase", "--new-passphrase-file", "NEWKEY"],
    ),  # fmt: skip
}


def _digest() -> list[tuple[object, ...]]:
    return list(database.execute_sql("SELECT id, display_name FROM contact ORDER BY id"))


def _make_template(root: Path, key: str | None) -> tuple[Path, list[tuple[object, ...]]]:
    """A book with people, three backups, an import report and a pre-migration copy."""
    folder = root / "template"
    paths.init(folder / "data")
    book = folder / "book.db"
    (folder / "OLDKEY").write_text(PASSPHRASE, encoding="utf-8")
    (folder / "NEWKEY").write_text(NEW, encoding="utf-8")
    open_store(book, key)
    add_people([*PEOPLE, (MARKER, MARKER_FAMILY)])
    hooks.install()
    from rolodex.services.importing.service import run_import

    cards = write_cards(root / "cards.vcf")
    run_import([cards], "skip")
    run_import([cards], "skip")  # the report names the three it skipped
    made = backups.backup_now()
    shutil.copy(made.path, book.with_name(f"{book.name}.v3-20240101T000000000000.pre-migration"))
    digest = _digest()
    close_store()
    return folder, digest


@dataclass
class Outcome:
    killed: bool
    converted: bool
    tidied: tuple[str, ...]
    plaintext: list[str]


def _trial(template: Path, work: Path, argv: list[str], delay: float) -> tuple[bool, float]:
    shutil.copytree(template, work)
    for report in (work / "data" / "reports").glob("*.txt"):  # it names this copy's book
        text = report.read_text(encoding="utf-8")
        report.write_text(text.replace(str(template), str(work)), encoding="utf-8")
    book = work / "book.db"
    args = [str(work / a) if a.endswith("KEY") else a for a in argv]
    env = {**os.environ, "ROLODEX_DATA_DIR": str(work / "data")}
    proc = subprocess.Popen(
        [sys.executable, str(CLI), "--db", str(book), *args],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    assert proc.stdout is not None
    with proc.stdout:
        _read_until(proc.stdout, b"start")
        started = time.monotonic()
        try:
            proc.wait(timeout=delay)
            killed = False
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            killed = True
        ran = time.monotonic() - started
        output = proc.stdout.read().decode("utf-8", "replace")
    assert proc.wait() in (0, -signal.SIGKILL), output
    return killed, ran


def _reopen(work: Path, before: str | None, after: str | None) -> StoreInfo:
    """Open as a user would. The open first finishes (or undoes) what the killed conversion
    left, so a book that looked plain may be encrypted once that is done: then it needs a key."""
    paths.init(work / "data")
    book = work / "book.db"
    if not looks_encrypted(book):
        try:
            return open_store(book, create=False)
        except StoreError:
            if not looks_encrypted(book):  # not a conversion finished by the open: a failure
                raise
    try:
        return open_store(book, after or before, create=False)
    except WrongPassphraseError:
        return open_store(book, before, create=False)


def _check(work: Path, action: str, digest: list[tuple[object, ...]], killed: bool) -> Outcome:
    before, after, _ = ACTIONS[action]
    info = _reopen(work, before, after)
    try:
        key = None
        if info.encrypted:
            from rolodex.db import bound_database, passphrase_of

            key = passphrase_of(bound_database())
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert _digest() == digest
        copies = convert.companions(info.path)
        assert len(copies) in (4, 5)  # 3 backups, the pre-migration copy (+ the undo backup)
        for copy in copies:
            snapshot.inspect(copy, key)  # opens with the book's own key
    finally:
        close_store()
    litter = [
        p.name
        for p in work.rglob("*")
        if p.name.endswith((".converting", ".partial", ".conversion"))
    ]
    assert litter == []
    converted = key == after and looks_encrypted(info.path) == (after is not None)
    plaintext = plaintext_files(work) if key is not None else []
    return Outcome(killed, converted, info.tidied, plaintext)


@pytest.mark.slow
@pytest.mark.parametrize("action", list(ACTIONS))
def test_killed_conversion_leaves_one_whole_book_and_no_plaintext(
    action: str, tmp_path: Path, app_paths: paths.AppPaths
) -> None:
    before, after, argv = ACTIONS[action]
    template, digest = _make_template(tmp_path, before)
    killed, full_run = _trial(template, tmp_path / "full", argv, delay=120)
    full = _check(tmp_path / "full", action, digest, killed)
    assert not killed and full.converted and full.plaintext == []
    rng = random.Random(20261201)
    outcomes = []
    for n in range(TRIALS):
        delay = rng.uniform(0.0, 1.0) * full_run
        work = tmp_path / f"trial{n}"
        killed, _ = _trial(template, work, argv, delay)
        outcomes.append(_check(work, action, digest, killed))
    kills = sum(o.killed for o in outcomes)
    print(
        f"{TRIALS} {action} trials killed at random (full run {full_run:.2f} s): {kills} killed "
        f"mid-run, {sum(o.converted for o in outcomes)} ended converted, "
        f"{sum(bool(o.tidied) for o in outcomes)} tidied at the next open, "
        f"{sum(len(o.plaintext) for o in outcomes)} plaintext files"
    )
    assert [o.plaintext for o in outcomes if o.plaintext] == []
    assert kills >= TRIALS // 4  # most land mid-run; a busy machine makes runs uneven
