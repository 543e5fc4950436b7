"""Running long work off the UI thread: import, export, labels, backup.

``run_in_background(parent, fn, on_done, on_progress)`` calls ``fn(progress, cancelled)`` on a
worker thread. ``progress(done, total)`` may be called from the worker; ``cancelled()`` tells it
to stop. Results, errors and progress come back to the UI thread by queued signals, so the
function never touches a widget. Database work runs on a single dedicated thread (SQLite
connections are per thread; Peewee opens one for the worker transparently).
"""

from __future__ import annotations

import functools
import itertools
import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
Work = Callable[[ProgressFn, CancelledFn], Any]


class Task(QObject):
    """A handle on one background job: connect to its signals, call :meth:`cancel`."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    cancelled_done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Relay(QObject):
    """Carries every job's progress and end to the UI thread, where it lives.

    The worker thread never holds the last reference to a job's Task or to its work (a bound
    method of a dialog): those stay in ``_jobs`` on the UI thread until the job's end has been
    handled there. Freed on the worker thread, a dialog closed as its job ended was deleted
    off the UI thread, which crashed the process now and then.
    """

    progress = Signal(int, int, int)  # job, done, total
    ended = Signal(int, str, object)  # job, "finished" | "failed" | "cancelled", payload

    def __init__(self) -> None:
        super().__init__()
        self.progress.connect(self._on_progress)
        self.ended.connect(self._on_ended)

    def _on_progress(self, job: int, done: int, total: int) -> None:
        entry = _jobs.get(job)
        if entry is not None and shiboken6.isValid(entry[0]):
            entry[0].progress.emit(done, total)

    def _on_ended(self, job: int, how: str, payload: object) -> None:
        entry = _jobs.pop(job, None)
        if entry is None or not shiboken6.isValid(entry[0]):
            return  # its window was closed meanwhile: nobody is waiting for it
        task = entry[0]
        if how == "failed":
            task.failed.emit(payload)
        elif how == "cancelled":
            task.cancelled_done.emit()
        else:
            task.finished.emit(payload)


_jobs: dict[int, tuple[Task, Work]] = {}
_numbers = itertools.count(1)
_relay: _Relay | None = None


def _run(job: int, relay: _Relay, cancel: threading.Event) -> None:
    """One job, on the worker thread; it holds the work only while running it."""
    entry = _jobs.get(job)
    if entry is None:
        return
    work = entry[1]
    del entry
    try:
        result = work(lambda done, total: relay.progress.emit(job, done, total), cancel.is_set)
    except Exception as exc:  # reported to the UI thread, which shows or re-raises it
        exc.__rolodex_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
        del work
        relay.ended.emit(job, "failed", exc)
        return
    finally:
        _close_thread_connection()
    del work
    # Cancel pressed after the work already committed: report what happened, not the wish.
    cancelled = cancel.is_set() and getattr(result, "cancelled", True)
    relay.ended.emit(job, "cancelled" if cancelled else "finished", result)


def _close_thread_connection() -> None:
    """Close the connection this job opened on the worker thread. PySide ends the job's
    thread state when it returns; an SQLCipher connection left behind in Peewee's
    thread-local state then crashes the process when it is freed."""
    from rolodex.db import database

    db = database.obj
    if db is not None and not db.is_closed() and not db.in_transaction():
        db.close()


_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """One worker thread for all database work, so writes never race each other."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def run_in_background(
    parent: QObject,
    work: Work,
    on_done: Callable[[Any], None] | None = None,
    on_progress: ProgressFn | None = None,
    on_error: Callable[[Exception], None] | None = None,
) -> Task:
    """Start ``work`` on the worker thread; callbacks run on the UI thread."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    task = Task(parent)
    if on_done is not None:
        task.finished.connect(on_done)
    if on_progress is not None:
        task.progress.connect(on_progress)
    if on_error is not None:
        task.failed.connect(on_error)
    job = next(_numbers)
    _jobs[job] = (task, work)
    pool().start(functools.partial(_run, job, _relay, task._cancel))
    return task


def wait_for_idle(msecs: int = 30000) -> bool:
    """Block until background work is done (for shutdown and tests)."""
    return pool().waitForDone(msecs)
