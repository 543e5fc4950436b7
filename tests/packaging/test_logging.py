"""The log: rolodex.log in the data folder, 0600, INFO by default, ``--log-level``, never a
contact's name from an encrypted book, Help → Show log."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from tests.packaging.helpers import clean_env, run_rolodex

MARKER = "Zebulon Quaxmarker"


def session(data: Path, *args: str, **env: str) -> None:
    environment = dict(os.environ, ROLODEX_DATA_DIR=str(data), **env)
    result = run_rolodex(*args, env=environment)
    assert result.returncode == 0, result.stderr


def test_log_file_is_private_and_at_info_by_default(tmp_path: Path) -> None:
    session(tmp_path, "--db", str(tmp_path / "b.db"), "add", MARKER, "--city", "Oslo")
    log = tmp_path / "rolodex.log"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    text = log.read_text(encoding="utf-8")
    assert " INFO " in text and "Command: add" in text
    assert " DEBUG " not in text
    assert MARKER not in text  # no contact data at INFO, even on a plain book


def test_log_level_option(tmp_path: Path) -> None:
    book = str(tmp_path / "b.db")
    session(tmp_path / "debug", "--log-level", "debug", "--db", book, "add", MARKER)
    debug = (tmp_path / "debug" / "rolodex.log").read_text(encoding="utf-8")
    assert " DEBUG " in debug and MARKER in debug  # a plain book: arguments at DEBUG
    session(tmp_path / "warn", "--log-level", "WARNING", "--db", book, "stats")
    assert " INFO " not in (tmp_path / "warn" / "rolodex.log").read_text(encoding="utf-8")


def test_bad_log_level_is_one_line(tmp_path: Path) -> None:
    result = run_rolodex("--log-level", "LOUD", "--db", str(tmp_path / "b.db"), "stats")
    assert result.returncode == 2 and "invalid choice: 'LOUD'" in result.stderr
    assert "Traceback" not in result.stderr


def test_encrypted_book_session_logs_no_contact_data(tmp_path: Path) -> None:
    book, data = str(tmp_path / "b.db"), tmp_path / "data"
    secret = tmp_path / "pass"
    secret.write_text("correct horse battery", encoding="utf-8")
    session(data, "--db", book, "add", "Someone Else")
    session(data, "--db", book, "encrypt", "--passphrase-file", str(secret))
    key = {"ROLODEX_PASSPHRASE": "correct horse battery"}
    for args in (
        ("add", MARKER, "--email", "zebulon@example.org"),
        ("search", "Quaxmarker"),
        ("show", "1"),
        ("export", "-o", str(tmp_path / "out.vcf")),
        ("stats",),
    ):
        session(data, "--log-level", "DEBUG", "--db", book, *args, **key)
    app = run_rolodex(
        "--log-level", "DEBUG", "--db", book, "--startup-check",
        env=clean_env(ROLODEX_DATA_DIR=str(data), PYTHONPATH=os.getcwd(), **key),
    )  # fmt: skip
    assert app.returncode == 0 and "SHOWN" in app.stdout, app.stderr
    assert MARKER in (tmp_path / "out.vcf").read_text(encoding="utf-8")  # it was there to log
    text = (data / "rolodex.log").read_text(encoding="utf-8")
    assert "First window shown" in text and " DEBUG " not in text.split("encrypt")[-1]
    assert "Quaxmarker" not in text and "zebulon" not in text


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_existing_log_is_made_private(tmp_path: Path) -> None:
    log = tmp_path / "rolodex.log"
    log.write_text("old\n", encoding="utf-8")
    log.chmod(0o644)
    session(tmp_path, "--db", str(tmp_path / "b.db"), "add", "Anyone")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert log.read_text(encoding="utf-8").startswith("old\n")


def test_show_log_dialog_shows_the_log(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPlainTextEdit

    from rolodex import paths
    from rolodex.ui.main_window.help import show_log

    paths.init(tmp_path)
    (tmp_path / "rolodex.log").write_text("2026-12-01 INFO rolodex: hello log\n", "utf-8")
    dialog = show_log(None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert "hello log" in dialog.findChild(QPlainTextEdit).toPlainText()
    assert dialog.windowTitle() == "Log"


def test_log_rotates_keeping_three_private_files(tmp_path: Path) -> None:
    import logging

    from rolodex.logs import PrivateFileHandler

    handler = PrivateFileHandler(tmp_path / "rolodex.log", max_bytes=200, backups=3)
    logger = logging.getLogger("rolodex.test-rotation")
    logger.addHandler(handler)
    try:
        for n in range(40):
            logger.warning("line %02d of the log", n)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["rolodex.log", "rolodex.log.1", "rolodex.log.2", "rolodex.log.3"]
    assert all(stat.S_IMODE((tmp_path / f).stat().st_mode) == 0o600 for f in files)
    assert "line 39" in (tmp_path / "rolodex.log").read_text(encoding="utf-8")
    assert (tmp_path / "rolodex.log").stat().st_size <= 200 + 40
