"""The PostgreSQL driver, loaded only when a server book is opened.

Peewee imports psycopg (and psycopg2) at its own import whenever they are installed; psycopg
loads libpq and builds its type and error tables, about 0.15 s of CPU at every start of the app
and of each CLI command, though most people only ever open a file. :func:`import_peewee` (called
once by the entry point, before anything imports Peewee) imports Peewee with the drivers hidden;
:func:`attach_psycopg` (called when a server book is opened) imports psycopg and hands Peewee
the names its psycopg 3 adapter reads. If Peewee was already imported with its driver (a test
run, an embedding program), both do nothing.

This reaches into Peewee's module globals, so it is pinned to what Peewee 3.17-4.x read: the
tests open server books through it (tests/store/test_pg_driver.py) and fail on a Peewee that
reads other names.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

HIDDEN = ("psycopg", "psycopg2", "psycopg2cffi")


def import_peewee() -> ModuleType:
    """Import Peewee without its PostgreSQL drivers (unless it is imported already)."""
    if "peewee" in sys.modules:
        return sys.modules["peewee"]
    saved = {name: sys.modules[name] for name in HIDDEN if name in sys.modules}
    if saved:  # a driver is loaded already: nothing to save, let Peewee see it
        import peewee

        return peewee
    for name in HIDDEN:
        sys.modules[name] = None  # type: ignore[assignment]  # makes "import name" fail
    try:
        import peewee
    finally:
        for name in HIDDEN:
            del sys.modules[name]
    return peewee


def attach_psycopg() -> None:
    """Make psycopg 3 Peewee's driver, if Peewee was imported without it."""
    import peewee as module

    peewee: Any = module  # the names set below are not in Peewee's public interface
    if peewee.psycopg is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.psycopg = psycopg
    peewee.TransactionStatus = TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter  # its class body read these only if psycopg was there
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
