"""Live views of a server book: the change events colleagues' writes broadcast, delivered to
a callback on a listener thread (the app turns them into queued Qt signals).

Each event is the :class:`~rolodex.services.changes.Change` a service returns (entity, ids,
kind: "created", "updated" or "purged"; ids empty when more than 500 rows changed at once:
refresh everything) and the login that made it. A lost connection is reopened every few
seconds until :meth:`ChangeListener.stop`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass

from rolodex import logs
from rolodex.db import StoreError
from rolodex.services.changes import Change
from rolodex.store.backend import dialect

POLL_SECONDS = 0.5
RETRY_SECONDS = 5.0


@dataclass(frozen=True)
class LiveChange:
    """A change a colleague (or another window) committed; ``change.ids`` empty: many rows."""

    change: Change
    by: str

    @property
    def everything(self) -> bool:
        return not self.change.ids


def parse(payload: str) -> LiveChange | None:
    """The event a trigger sent (None for a payload this version does not understand)."""
    try:
        data = json.loads(payload)
        ids = tuple(int(i) for i in data.get("ids") or ())
        return LiveChange(Change(str(data["entity"]), ids, str(data["kind"])), str(data["by"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


class ChangeListener:
    """Calls ``on_change`` (on its own thread) for every change committed on the bound
    server book, within about half a second."""

    def __init__(self, on_change: Callable[[LiveChange], None]) -> None:
        self.on_change = on_change
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()

    def start(self) -> bool:
        """Start listening (False, and nothing started, on a file book)."""
        if dialect() != "postgres":
            return False
        from rolodex.store.postgres.notify import NotifyConnection

        conn = NotifyConnection()  # the first connection's errors reach the caller
        self._thread = threading.Thread(
            target=self._run, args=(conn,), name="rolodex-live", daemon=True
        )
        self._thread.start()
        return True

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=POLL_SECONDS * 4)

    def _run(self, conn: object) -> None:
        from rolodex.store.postgres.notify import NotifyConnection

        current: NotifyConnection | None = conn  # type: ignore[assignment]
        while not self._stop.is_set():
            try:
                if current is None:
                    current = NotifyConnection()
                for payload in current.payloads(POLL_SECONDS):
                    event = parse(payload)
                    if event is not None:
                        self.on_change(event)
            except StoreError as exc:
                logs.log.warning("Live updates paused: %s", exc)
                if current is not None:
                    current.close()
                current = None
                self._stop.wait(RETRY_SECONDS)
        if current is not None:
            current.close()
