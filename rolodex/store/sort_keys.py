"""Sort keys: rewriting every contact's key when the alphabet names sort by changes (and, on
SQLite, renumbering the sort positions the FTS5 index is keyed by)."""

from __future__ import annotations

from collections.abc import Callable

import peewee

from rolodex import models as m
from rolodex.records import ContactData
from rolodex.store.backend import dialect
from rolodex.store.rows import tuples

_NAME_FIELDS = ("prefix", "given", "additional", "family", "suffix", "display_name")


def rekey_all(key_of: Callable[[ContactData], bytes]) -> None:
    """Give every contact the sort key ``key_of`` its name (caller holds the transaction)."""
    c = m.Contact
    columns = [c.id, *(getattr(c, f) for f in _NAME_FIELDS)]
    keys = [
        (key_of(ContactData(**dict(zip(_NAME_FIELDS, rest, strict=True)))), cid)
        for cid, *rest in tuples(c.select(*columns))
    ]
    if dialect() == "sqlite":
        from rolodex.store.sqlite.sort_positions import rekey

        rekey(keys)
        return
    for chunk in peewee.chunked(keys, 1000):
        case = peewee.Case(c.id, [(cid, key) for key, cid in chunk])
        c.update(sort_key=case).where(c.id.in_([cid for _, cid in chunk])).execute()
