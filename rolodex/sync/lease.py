"""One sync of an account at a time, across processes and machines: a lease in the book.

Before a run the account's row in ``sync_lease`` is claimed in a transaction (who: host,
process, run; until when), renewed while the run talks to the server, and freed at the end.
On a shared PostgreSQL book the claim is an ``UPDATE ... WHERE free`` that a second laptop's
claim waits behind and then finds taken; on a file the write lock orders them. A holder that
died is noticed: on this machine by its process being gone, elsewhere by its lease running out
(:data:`TTL`, renewed every :data:`RENEW_SECONDS` during a run).

A second run while one is going does not wait: it says so in one line and fails
(:class:`Busy`). The one running already syncs whatever the second would have, a scheduled
sync (cron, the app's timer) simply comes again, and a waiting process could pile up behind a
slow server."""

from __future__ import annotations

import os
import socket
import time
import uuid
from datetime import UTC, datetime, timedelta

from rolodex.store import sync as state
from rolodex.store.sync import Account
from rolodex.store.transactions import writing
from rolodex.sync.errors import SyncError

TTL = timedelta(minutes=5)
RENEW_SECONDS = 60.0


class Busy(SyncError):
    """Another run holds the account (the message follows the account's name)."""


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _gone(holder: str) -> bool:
    """Whether ``holder`` is a process of this machine that no longer runs."""
    host, _, rest = holder.partition("/")
    pid = rest.partition("/")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class Lease:
    """The claim of one run on one account (a context manager)."""

    def __init__(self, account: Account) -> None:
        self.account = account
        self.holder = f"{socket.gethostname()}/{os.getpid()}/{uuid.uuid4().hex[:8]}"
        self._renewed = 0.0

    def __enter__(self) -> Lease:
        self.take()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def _claim(self, replacing: str = "") -> str:
        now = datetime.now(UTC)
        with writing():
            return state.take_lease(
                self.account.id, self.holder, _stamp(now), _stamp(now + TTL), replacing
            )

    def take(self) -> None:
        holder = self._claim()
        if holder and _gone(holder):
            holder = self._claim(replacing=holder)
        if holder:
            host, _, rest = holder.partition("/")
            raise Busy(
                f"already being synced (by process {rest.partition('/')[0]} on {host}); "
                "try again when that sync is done."
            )
        self._renewed = time.monotonic()

    def keep(self) -> None:
        """Renew the claim when it is due (called before each request of the run)."""
        if time.monotonic() - self._renewed < RENEW_SECONDS:
            return
        with writing():
            kept = state.renew_lease(
                self.account.id, self.holder, _stamp(datetime.now(UTC) + TTL)
            )
        if not kept:
            raise SyncError(f"Another sync of {self.account.name!r} took over; this one stopped.")
        self._renewed = time.monotonic()

    def release(self) -> None:
        with writing():
            state.release_lease(self.account.id, self.holder)
