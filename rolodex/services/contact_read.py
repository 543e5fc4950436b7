"""Reading contacts back as plain records (the queries live in
:mod:`rolodex.store.contacts_read`; this name stays for the services that import it)."""

from __future__ import annotations

from rolodex.store.contacts_load import load_contacts
from rolodex.store.contacts_read import list_rows

__all__ = ["list_rows", "load_contacts"]
