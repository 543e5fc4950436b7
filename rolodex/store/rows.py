"""Reading a Peewee query as plain tuples, typed for the store's modules (Peewee's own stubs
type ``.tuples()`` as yielding model instances)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def tuples(query: Any) -> Iterator[tuple[Any, ...]]:
    """The rows of a select (or an INSERT … RETURNING) as tuples."""
    yield from query.tuples()


def column(query: Any) -> list[Any]:
    """The first value of every row."""
    return [row[0] for row in query.tuples()]
