"""The garbage collector is off only while the program starts (rolodex.__main__): back on
before a command runs, and once the app's window is painted; on again when main returns."""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rolodex import __main__ as entry
from rolodex.cli import list_cmd
from rolodex.db import StoreInfo


@pytest.fixture(autouse=True)
def collector_back_on() -> Iterator[None]:
    yield
    gc.enable()


def test_a_command_runs_with_the_collector_on(
    book: StoreInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []

    def listing(args: argparse.Namespace) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(list_cmd, "cmd_list", listing)
    assert entry.main(["--db", str(book.path), "list", "--json"]) == 0
    assert seen == [True] and gc.isenabled()


def test_the_app_turns_it_on_after_the_first_frame(qtbot: QtBot) -> None:
    from rolodex.ui.app import FirstPaint

    gc.disable()  # as rolodex.__main__ leaves it
    window = QWidget()
    qtbot.addWidget(window)
    after: list[bool] = []
    FirstPaint(window, time.time(), lambda: after.append(gc.isenabled()), quit_after=False)
    assert not gc.isenabled()
    window.show()
    qtbot.waitUntil(lambda: bool(after))
    assert after == [True]
