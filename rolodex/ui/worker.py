"""Running long work off the UI thread: import, export, labels, backup.

``run_in_background(parent, fn, on_done, on_progress)`` calls ``fn(progress, cancelled)`` on a
worker thread. ``progress(done, total)`` may be called from the worker; ``cancelled()`` tells it
to stop. Results, errors and progress come back to the UI thread by queued signals, so the
function never touches a widget. Database work runs on a single dedicated thread (SQLite
connections are per thread; Peewee opens one for the worker transparently).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Work) -> None:
        super().__init__()
        self._task = task
        self._work = work

    def run(self) -> None:
        task = self._task
        try:
            result = self._work(task.progress.emit, task.is_cancelled)
        except Exception as exc:  # reported to the UI thread, which shows or re-raises it
            exc.__rolodex_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            task.failed.emit(exc)
            return
        finally:
            _close_thread_connection()
        # Cancel pressed after the work already committed: report what happened, not the wish.
        if task.is_cancelled() and getattr(result, "cancelled", True):
            task.cancelled_done.emit()
        else:
            task.finished.emit(result)


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
    task = Task(parent)
    if on_done is not None:
        task.finished.connect(on_done)
    if on_progress is not None:
        task.progress.connect(on_progress)
    if on_error is not None:
        task.failed.connect(on_error)
    pool().start(_Runnable(task, work))
    return task


def wait_for_idle(msecs: int = 30000) -> bool:
    """Block until background work is done (for shutdown and tests)."""
    return pool().waitForDone(msecs)
