"""What the command line is given: ids too big for SQLite, ``--db`` naming something that is
not a book file, and passphrase files that are not plain text. One clear line each, never a
traceback, never a hang."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HUGE = "99999999999999999999999"


def rolodex(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run the CLI; a module-wide book keeps its data folder beside it (never the user's)."""
    return subprocess.run(
        [sys.executable, "-m", "rolodex", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rolodex: "), result.stderr
    return lines[0]


@pytest.fixture(scope="module", autouse=True)
def _module_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Module-scoped books are made before the per-test data folder exists: give them one."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ROLODEX_DATA_DIR", str(tmp_path_factory.mktemp("module-data")))
        yield


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("ids") / "book.db")
    assert rolodex("--db", path, "add", "Ada Lovelace").returncode == 0
    return path


def test_show_of_an_id_too_big_for_sqlite(db: str) -> None:
    assert (
        one_line_error(rolodex("--db", db, "show", HUGE)) == f"rolodex: no contact with id {HUGE}"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["delete", HUGE],
        ["trash", "restore", HUGE],
        ["imports", "undo", HUGE],
        ["followups", "done", HUGE],
        ["followups", "snooze", HUGE, "--until", "tomorrow"],
        ["log", HUGE, "--kind", "call"],
        ["followups", "add", HUGE, "--due", "2030-01-01"],
        ["keep-in-touch", HUGE, "30"],
    ],
    ids=lambda args: " ".join(args[:2]),
)
def test_every_id_argument_takes_a_huge_number(db: str, args: list[str]) -> None:
    assert HUGE in one_line_error(rolodex("--db", db, *args))


def test_an_empty_db_is_refused(tmp_path: Path) -> None:
    assert "--db is empty" in one_line_error(rolodex("--db", "", "stats"))
    env = {"ROLODEX_DATA_DIR": str(tmp_path), "ROLODEX_DB": ""}
    assert "ROLODEX_DB is empty" in one_line_error(rolodex("stats", env=env))
    assert not list(tmp_path.iterdir())  # the default book was not created


def test_dev_null_is_refused_and_keeps_its_mode() -> None:
    before = os.stat(os.devnull).st_mode
    try:
        assert "a device" in one_line_error(rolodex("--db", os.devnull, "add", "X"))
        assert os.stat(os.devnull).st_mode == before
    finally:  # the bug made /dev/null 0600 as root: give every other program it back
        if os.stat(os.devnull).st_mode != before:
            os.chmod(os.devnull, stat.S_IMODE(before))


def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert "named pipe" in one_line_error(rolodex("--db", str(fifo), "stats", timeout=30))
    env = {"ROLODEX_DB": str(fifo)}
    assert "named pipe" in one_line_error(rolodex("encrypt", "--passphrase-file", "x", env=env))
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_socket_and_a_folder_are_refused(tmp_path: Path) -> None:
    sock_path = tmp_path / "sock"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(sock_path))
        assert "a socket" in one_line_error(rolodex("--db", str(sock_path), "stats"))
    assert "a folder" in one_line_error(rolodex("--db", str(tmp_path), "stats"))


def test_rolodex_db_names_the_book(tmp_path: Path) -> None:
    book = tmp_path / "env.db"
    assert rolodex("add", "Env Person", env={"ROLODEX_DB": str(book)}).returncode == 0
    assert "Env Person" in rolodex("--db", str(book), "search", "env").stdout


@pytest.fixture(scope="module")
def secret(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An encrypted book whose passphrase file starts with a UTF-8 byte-order mark (as
    Notepad writes it)."""
    folder = tmp_path_factory.mktemp("secret")
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbfcorrect horse\r\n")
    (folder / "plain.txt").write_bytes(b"correct horse\n")
    book = str(folder / "book.db")
    assert rolodex("--db", book, "add", "Ada Lovelace").returncode == 0
    done = rolodex("--db", book, "encrypt", "--passphrase-file", str(folder / "bom.txt"))
    assert done.returncode == 0, done.stderr
    return folder


def test_a_byte_order_mark_is_not_part_of_the_passphrase(secret: Path) -> None:
    book = str(secret / "book.db")
    for name in ("plain.txt", "bom.txt"):
        shown = rolodex("--db", book, "--passphrase-file", str(secret / name), "stats")
        assert shown.returncode == 0, shown.stderr


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"correct\x00horse\n", "NUL"), (b"\xff\xfecorrect horse\n", "not UTF-8")],
    ids=["nul", "invalid-utf8"],
)
def test_passphrase_files_that_are_not_text(secret: Path, content: bytes, reason: str) -> None:
    bad = secret / f"bad-{reason}.txt"
    bad.write_bytes(content)
    book = str(secret / "book.db")
    assert reason in one_line_error(rolodex("--db", book, "--passphrase-file", str(bad), "stats"))
    changed = rolodex(
        "--db", book, "--passphrase-file", str(secret / "plain.txt"),
        "change-passphrase", "--new-passphrase-file", str(bad),
    )  # fmt: skip
    assert reason in one_line_error(changed)


@pytest.mark.parametrize(
    "args",
    [
        ["log", "1", "--kind", "call", "--duration", HUGE],
        ["followups", "list", "--upcoming", HUGE],
    ],
    ids=["duration", "upcoming"],
)
def test_numbers_too_big_are_refused_plainly(db: str, args: list[str]) -> None:
    one_line_error(rolodex("--db", db, *args))


def test_a_search_limit_too_big_means_no_limit(db: str) -> None:
    found = rolodex("--db", db, "search", "ada", "--limit", HUGE)
    assert found.returncode == 0, found.stderr
    assert "Ada Lovelace" in found.stdout
