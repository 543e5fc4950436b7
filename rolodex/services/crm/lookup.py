"""Turn what a user typed for CONTACT (an id, or a search) into exactly one contact id."""

from __future__ import annotations

from collections.abc import Callable

from rolodex.db import MAX_ID
from rolodex.services.crm.records import CrmError
from rolodex.store.activities import contact_names as _names
from rolodex.store.activities import is_live_contact

Finder = Callable[[str, int | None], list[int]]
"""``finder(query, limit) -> ids``: the contact search (``rolodex.services.search.search_ids``)."""

SHOW_AT_MOST = 5


def default_finder(query: str, limit: int | None) -> list[int]:
    from rolodex.services.search import search_ids

    return search_ids(query, limit)


def _is_live(contact_id: int) -> bool:
    return 0 < contact_id <= MAX_ID and is_live_contact(contact_id)


def contact_names(ids: list[int]) -> list[str]:
    """Display names for ``ids``, in the same order."""
    names = _names(ids)
    return [names.get(cid, f"#{cid}") for cid in ids]


def resolve_contact(text: str, finder: Finder = default_finder) -> int:
    """The id of the contact ``text`` names; CrmError if none or several match."""
    query = text.strip()
    if not query:
        raise CrmError("Name a contact: give its id or words that find it.")
    if query.isdigit() and _is_live(int(query)):
        return int(query)
    found = finder(query, SHOW_AT_MOST + 1)
    if not found:
        raise CrmError(f"No contact matches {query!r}.")
    if len(found) > 1:
        shown = contact_names(found[:SHOW_AT_MOST])
        listed = ", ".join(f"{n} (#{i})" for n, i in zip(shown, found, strict=False))
        more = " and more" if len(found) > SHOW_AT_MOST else ""
        raise CrmError(f"{query!r} matches several contacts: {listed}{more}. Give an id.")
    return found[0]
