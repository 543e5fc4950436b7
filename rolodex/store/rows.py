"""Reading a Peewee query's rows as the driver returns them, without Peewee's per-field
conversion.

Measured (benchmarks/bench_followups.py, 20,000 follow-ups, the first 200 overdue): the query
itself 0.7 ms, ``.tuples()`` 8.5 ms, nearly all in ``Field.python_value`` for every column of
every row. The CRM lists select text and integer columns only, which both drivers already
return as Python ``str``/``int`` (a BOOLEAN comes back as ``bool`` on PostgreSQL and ``int`` on
SQLite: callers test its truth only).
"""

from __future__ import annotations

from typing import Any

import peewee


def raw_rows(query: peewee.ModelSelect[Any]) -> list[tuple[Any, ...]]:
    """Every row of ``query`` as a plain tuple, in the order of its columns."""
    db = query.model._meta.database
    return list(db.execute(query).fetchall())


def first_row(query: peewee.ModelSelect[Any]) -> tuple[Any, ...] | None:
    """The first row of ``query``, or None."""
    rows = raw_rows(query.limit(1))
    return rows[0] if rows else None
