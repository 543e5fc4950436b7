"""Reading a Peewee query's rows as plain tuples: typed as such (:func:`tuples`, :func:`first`:
the Peewee stubs type ``.tuples()`` as the model), or as the driver returns them, without
Peewee's per-field conversion (:func:`raw_rows`, :class:`Compiled`).

Measured (benchmarks/bench_followups.py, 20,000 follow-ups, the first 200 overdue): the query
itself 0.7 ms, ``.tuples()`` 8.5 ms, nearly all in ``Field.python_value`` for every column of
every row. The CRM lists select text and integer columns only, which both drivers already
return as Python ``str``/``int`` (a BOOLEAN comes back as ``bool`` on PostgreSQL and ``int`` on
SQLite: callers test its truth only).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import peewee

from rolodex.db import database


def raw_rows(query: peewee.ModelSelect[Any]) -> list[tuple[Any, ...]]:
    """Every row of ``query`` as a plain tuple, in the order of its columns."""
    db = query.model._meta.database
    return list(db.execute(query).fetchall())


def first_row(query: peewee.ModelSelect[Any]) -> tuple[Any, ...] | None:
    """The first row of ``query``, or None."""
    rows = raw_rows(query.limit(1))
    return rows[0] if rows else None


class Compiled:
    """A query of fixed shape, built and compiled once per backend, then run with new text
    values. The Today lists and the reminders poll run the same few queries again and again;
    building and compiling the Peewee query cost more than running it (2 ms against 0.5 ms for
    the overdue count at 100,000 follow-ups, benchmarks/bench_followups.py).

    ``build(*texts)`` makes the query from ``arity`` text values (compared with text columns);
    each must end up as exactly one parameter, else the query is built afresh every time.
    """

    def __init__(self, build: Callable[..., peewee.ModelSelect[Any]], arity: int) -> None:
        self._build = build
        self._arity = arity
        self._cache: dict[str, tuple[str, list[Any], list[int]] | None] = {}

    def rows(self, *texts: str) -> list[tuple[Any, ...]]:
        """The rows of the query for ``texts``."""
        from rolodex.store.backend import dialect

        key = dialect()
        if key not in self._cache:
            self._cache[key] = self._compile()
        compiled = self._cache[key]
        if compiled is None:
            return raw_rows(self._build(*texts))
        sql, params, positions = compiled
        values = list(params)
        for position, text in zip(positions, texts, strict=True):
            values[position] = text
        return list(database.execute_sql(sql, values).fetchall())

    def _compile(self) -> tuple[str, list[Any], list[int]] | None:
        markers = [f"\x00rolodex-value-{i}\x00" for i in range(self._arity)]
        sql, params = self._build(*markers).sql()
        if any(params.count(marker) != 1 for marker in markers):
            return None
        return sql, list(params), [params.index(marker) for marker in markers]


def tuples(query: Any) -> list[tuple[Any, ...]]:
    """Every row of ``query``, each a tuple of its selected columns in order."""
    return cast(list[tuple[Any, ...]], list(query.tuples()))


def first(query: Any) -> tuple[Any, ...] | None:
    """The first row of ``query`` as a tuple, or None when it has none."""
    found = tuples(query.limit(1))
    return found[0] if found else None


def column(query: Any) -> list[Any]:
    """The first value of every row."""
    return [row[0] for row in query.tuples()]
