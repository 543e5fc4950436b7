"""A window closed while its background job runs: the job ends quietly, the window is freed on
the UI thread (never by the worker, which crashed the process now and then), nothing is shown."""

from __future__ import annotations

import gc
import sys
import threading
import weakref

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from rolodex.ui.worker import run_in_background, wait_for_idle


class Owner(QDialog):
    def __init__(self, gate: threading.Event) -> None:
        super().__init__()
        self.gate = gate
        self.results: list[object] = []

    def work(self, _progress: object, _cancelled: object) -> str:
        self.gate.wait(10)
        return "done"


def test_a_window_closed_while_its_job_runs_is_freed_on_the_ui_thread(qtbot: QtBot) -> None:
    gate = threading.Event()
    owner = Owner(gate)
    run_in_background(owner, owner.work, owner.results.append)
    freed_on: list[str] = []
    alive = weakref.ref(owner, lambda _ref: freed_on.append(threading.current_thread().name))
    owner.deleteLater()  # the user closes the window; the job still runs
    qtbot.waitUntil(lambda gone=owner: not _valid(gone))
    del owner
    hook_calls: list[object] = []
    before, sys.excepthook = sys.excepthook, lambda *a: hook_calls.append(a)
    try:
        gate.set()
        assert wait_for_idle()

        def freed() -> bool:
            gc.collect()
            return alive() is None

        qtbot.waitUntil(freed)  # once the job's end is delivered
    finally:
        sys.excepthook = before
    assert freed_on == [threading.main_thread().name]
    assert hook_calls == []  # no "bug" dialog for a job nobody waits for


def _valid(obj: object) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))
