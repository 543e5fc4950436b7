"""The one error type of sync: something the user or the network caused, said in one line."""

from __future__ import annotations

from rolodex.db import StoreError


class SyncError(StoreError):
    """A sync problem the user can act on (wrong password, no such collection, unreachable
    server, untrusted certificate): shown as one line, never a traceback."""


class Interrupted(SyncError):
    """The connection broke in the middle of a sync: what was done is kept, the next sync
    completes it."""
