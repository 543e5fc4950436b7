"""Search as you type. The index and its interface live in the store
(:mod:`rolodex.store.search`: FTS5 on a file, a tsvector on a server); this module keeps the
names the services and the CLI use."""

from __future__ import annotations

from rolodex.store.search import IndexRow, SearchIndex, index_row, search_index

SearchBackend = SearchIndex

__all__ = ["IndexRow", "SearchBackend", "backend", "index_row", "search_ids"]


def backend() -> SearchIndex:
    """The bound book's search index."""
    return search_index()


def search_ids(query: str, limit: int | None = None) -> list[int]:
    """Ids of live contacts matching ``query`` in name order (all when the query is empty)."""
    from rolodex.services.contacts import ContactService

    return ContactService().ids(query=query, limit=limit)
