"""Search as you type. The index and its interface live in the store
(:mod:`rolodex.store.search`: FTS5 on a file, a tsvector on a server); this module keeps the
names the services and the CLI use, and :func:`listed_ids`, what the contact list shows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from rolodex.store.search import IndexRow, SearchIndex, index_row, search_index

SearchBackend = SearchIndex

__all__ = ["IndexRow", "SearchBackend", "backend", "index_row", "listed_ids", "search_ids"]


@runtime_checkable
class LazyLister(Protocol):
    """A search index that hands out matches in name order lazily (FTS5: the count and first
    page at once, the rest on first use)."""

    def listing(self, query: str, *, descending: bool) -> Sequence[int]: ...


def backend() -> SearchIndex:
    """The bound book's search index."""
    return search_index()


def search_ids(query: str, limit: int | None = None) -> list[int]:
    """Ids of live contacts matching ``query`` in name order (all when the query is empty)."""
    from rolodex.services.contacts import ContactService

    return ContactService().ids(query=query, limit=limit)


def listed_ids(
    query: str | None,
    tag: str | None,
    *,
    sort: str = "name",
    descending: bool = False,
    trash: bool = False,
    owner: str | None = None,
    last_by: str | None = None,
) -> Sequence[int]:
    """The ids the contact list shows, as :meth:`ContactService.ids` gives them; in name order
    they are read lazily where the backend can (the list's first page of a million contacts,
    or of a search in them, shows without reading every id). ``owner`` and ``last_by``
    filter by account manager ("": nobody) and by who was last in touch."""
    from rolodex.services.contacts import ContactService

    index = search_index()
    team = owner is not None or last_by is not None
    if sort == "name" and not tag and not trash and not team and isinstance(index, LazyLister):
        return index.listing(query or "", descending=descending)
    return ContactService().ids(
        query, tag, sort=sort, descending=descending, trash=trash, owner=owner, last_by=last_by
    )
