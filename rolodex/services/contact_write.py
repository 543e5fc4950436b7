"""Writing contacts (the code lives in :mod:`rolodex.store.contacts_write`; this name stays
for the services that import it)."""

from __future__ import annotations

from rolodex.store.contacts_write import (
    CONTACT_FIELDS,
    CompanyCache,
    WriteContext,
    delete_children,
    insert_contacts,
    sort_name,
    update_contact,
)
from rolodex.store.search import index_row

__all__ = [
    "CONTACT_FIELDS",
    "CompanyCache",
    "WriteContext",
    "delete_children",
    "index_row",
    "insert_contacts",
    "sort_name",
    "update_contact",
]
