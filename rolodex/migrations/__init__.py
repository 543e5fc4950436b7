"""Numbered schema migrations.

Each migration module declares the tables it creates or changes as frozen SQL (never the live
Peewee models), so renaming a model can never break an old upgrade path. :func:`chain` lists
them in order; the schema version is the number of migrations applied (``PRAGMA user_version``
on a file, the ``schema_version`` table on a server).

Each module has ``apply(conn)`` for SQLite and ``apply_postgres(conn)`` for PostgreSQL: the same
numbered chain builds the equivalent schema on both (tests/store/test_models_match_schema.py
checks the models against each).
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

NAMES = (
    "m0001_initial",
    "m0002_crm",
    "m0003_sort_positions",
    "m0004_identity",
    "m0005_change_counter",
    "m0006_deals",
    "m0007_tags_nocase",
    "m0008_team",
    "m0009_sync",
    "m0010_fts_prefix1",
    "m0011_sync_review",
    "m0012_team_server",
    "m0013_private_rows",
    "m0014_search_functions",
    "m0015_search_flagged",
)
LATEST_VERSION = len(NAMES)


def chain(after: int = 0, upto: int = LATEST_VERSION) -> tuple[ModuleType, ...]:
    """The migrations from schema ``after`` to schema ``upto``, in order: imported when a book
    is created, upgraded or checked against them, and only those; opening an up-to-date book
    imports none (15 modules fewer before the first window). The bundle collects every
    ``rolodex`` module (packaging/rolodex.spec)."""
    return tuple(import_module(f"{__name__}.{name}") for name in NAMES[after:upto])
