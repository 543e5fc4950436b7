"""The search thread: search-as-you-type on a server book, off the UI thread.

One long-lived thread (not the worker pool of :mod:`rolodex.ui.worker`, where a search would
queue behind an import, and whose jobs close their connection when they end: a search keeps its
connection and, with it, the kept name order of :mod:`rolodex.store.postgres.ranking`). Only
the newest request is run: one asked for while another runs replaces any still waiting, so
typing fast costs one search in flight and one after it. Pages of rows the list has scrolled
to (:meth:`SearchThread.fetch`) wait in a short line of their own behind it, the newest first,
and a new search drops them (they belong to the list it replaces). Results and errors come back
to the UI thread by queued signals, tagged with the request's number, so the caller can drop
any that are no longer what the user asked for.
"""

from __future__ import annotations

import threading
import traceback
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

Work = Callable[[], Any]
PAGES_WAITING = 4  # pages asked for while scrolling fast: only the last few are still shown


class SearchThread(QObject):
    """Runs the newest search asked for on its own thread; emits ``found`` or ``failed``
    (and ``fetched`` for a page)."""

    found = Signal(int, object)  # request number, result
    fetched = Signal(int, object)  # request number, result of a page fetch
    failed = Signal(int, object)  # request number, exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wake = threading.Condition()
        self._waiting: tuple[int, Work] | None = None
        self._pages: deque[tuple[int, Work]] = deque(maxlen=PAGES_WAITING)
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._bound: Any = None  # the database the thread's connection belongs to

    def ask(self, number: int, work: Work) -> None:
        """Run ``work`` on the search thread (instead of any request still waiting)."""
        with self._wake:
            self._waiting = (number, work)
            self._pages.clear()
            self._wake.notify()
        self._start()

    def fetch(self, number: int, work: Work) -> None:
        """Run ``work`` (a page of rows for list ``number``) after any search waiting."""
        with self._wake:
            self._pages.append((number, work))
            self._wake.notify()
        self._start()

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="search", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Let the running search finish, drop what waits, close the thread's connection."""
        with self._wake:
            self._stopping, self._waiting = True, None
            self._pages.clear()
            self._wake.notify()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _next(self) -> tuple[SignalInstance, int, Work] | None:
        """The search waiting, else the newest page; None when stopping."""
        with self._wake:
            while self._waiting is None and not self._pages and not self._stopping:
                self._wake.wait()
            if self._stopping:
                return None
            if self._waiting is not None:
                (number, work), self._waiting = self._waiting, None
                return self.found, number, work
            number, work = self._pages.pop()
            return self.fetched, number, work

    def _loop(self) -> None:
        try:
            while (request := self._next()) is not None:
                self._follow_the_book()
                done, number, work = request
                try:
                    result = work()
                except Exception as exc:  # reported to the UI thread, which shows or raises it
                    exc.__rolodex_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
                    error = _one_line(exc)
                    self._close_connection()  # lost: the next search connects again
                    self.failed.emit(number, error)
                else:
                    done.emit(number, result)
        finally:
            self._close_connection()

    def _follow_the_book(self) -> None:
        """Another book was opened: close this thread's connection to the old one."""
        from rolodex.db import database

        if self._bound is not None and self._bound is not database.obj:
            self._close_connection()
        self._bound = database.obj

    def _close_connection(self) -> None:
        db, self._bound = self._bound, None
        if db is not None and not db.is_closed():
            db.close()


def _one_line(exc: Exception) -> Exception:
    """A server error the environment caused (connection lost, server down) as its StoreError
    line; anything else as it is (a bug)."""
    import peewee

    from rolodex.db import database
    from rolodex.store.postgres.connection import is_postgres, translate

    db = database.obj
    if isinstance(exc, peewee.DatabaseError) and db is not None and is_postgres(db):
        return translate(exc, db) or exc
    return exc


def in_background() -> bool:
    """Whether the list's reads go to a thread: on a server book (a round trip or more); a
    file answers faster than the hop to a thread and back."""
    from rolodex.db import StoreError
    from rolodex.store.backend import dialect

    try:
        return dialect() == "postgres"
    except StoreError:  # no book bound (a bare model in a test)
        return False
