"""Background work: results, progress, errors and cancel come back to the UI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from rolodex.ui.worker import run_in_background, wait_for_idle


def test_many_jobs_deliver_every_result_on_the_ui_thread(qtbot) -> None:
    parent = QObject()
    ui_thread = threading.current_thread()
    results: list[int] = []
    threads: set[threading.Thread] = set()

    def done(value: int) -> None:
        threads.add(threading.current_thread())
        results.append(value)

    for i in range(400):
        run_in_background(parent, lambda p, c, i=i: sum(range(i)), on_done=done)
    qtbot.waitUntil(lambda: len(results) == 400, timeout=20000)
    assert sorted(results) == sorted(sum(range(i)) for i in range(400))
    assert threads == {ui_thread}


def test_progress_and_errors_are_reported(qtbot) -> None:
    parent = QObject()
    seen: list[tuple[int, int]] = []
    errors: list[Exception] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        for i in range(3):
            progress(i + 1, 3)
        raise ValueError("bad card")

    run_in_background(
        parent, work, on_progress=lambda d, t: seen.append((d, t)), on_error=errors.append
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert str(errors[0]) == "bad card"


def test_cancel_stops_the_work_and_says_so(qtbot) -> None:
    parent = QObject()
    started = threading.Event()
    steps: list[int] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        while not cancelled():
            steps.append(1)
            threading.Event().wait(0.001)
        return None

    task = run_in_background(parent, work)
    started.wait(5)
    with qtbot.waitSignal(task.cancelled_done, timeout=5000):
        task.cancel()
    assert wait_for_idle(5000)
