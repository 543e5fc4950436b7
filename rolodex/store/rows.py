"""Reading a Peewee query's rows as plain tuples, typed as such (the Peewee stubs type
``.tuples()`` as the model, which the store's portable modules never want)."""

from __future__ import annotations

from typing import Any, cast

import peewee


def tuples(query: peewee.SelectBase) -> list[tuple[Any, ...]]:
    """Every row of ``query``, each a tuple of its selected columns in order."""
    return cast(list[tuple[Any, ...]], list(query.tuples()))


def first(query: peewee.SelectBase) -> tuple[Any, ...] | None:
    """The first row of ``query`` as a tuple, or None when it has none."""
    found = tuples(query.limit(1))
    return found[0] if found else None
