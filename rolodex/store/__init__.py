"""The storage layer: the one package that is to talk to a database (issue 10).

So far it holds what both backends share and the PostgreSQL side; the services still reach
SQLite through :mod:`rolodex.db` until they move onto it.

- :mod:`rolodex.store.url` tells what ``--db`` names: a file (SQLite) or
  ``postgresql://user@host:port/dbname``; :mod:`rolodex.store.passwords` finds a server's
  password (URL, keyring, ``~/.pgpass``, prompt) and never stores it in settings or the book.
- :func:`open_book` opens either, migrates it from the one numbered chain
  (:mod:`rolodex.migrations`, each step with an SQLite and a PostgreSQL side) and binds it to
  the Peewee proxy the models use; :func:`rolodex.store.transactions.writing` is the one
  transaction helper, turning environment errors of either backend into one StoreError line.
- :mod:`rolodex.store.search` is the search interface (index, remove, matching_ids);
  :mod:`rolodex.store.postgres.search` implements it with a tsvector and a GIN index;
  :func:`rolodex.store.backend.dialect` says which backend the bound book is on.

A third backend needs: a target in ``url``, an ``open_*`` that binds a Peewee database, an
``apply_<backend>`` in each migration, an error translator, and a SearchIndex.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:  # imported when a book is opened: every store module imports this package,
    # and the PostgreSQL side cost the first window of a file book ~2 ms
    from rolodex.db import StoreInfo
    from rolodex.store.passwords import Prompt
    from rolodex.store.postgres.connection import ServerBookInfo

    BookInfo: TypeAlias = StoreInfo | ServerBookInfo


def open_book(
    where: str | Path,
    *,
    passphrase: str | None = None,
    prompt: Prompt | None = None,
    create: bool = True,
) -> BookInfo:
    """Open the book ``where`` names (a file path or a server URL) and bind it."""
    from rolodex.db import open_store
    from rolodex.store.url import PostgresTarget, parse_target

    target = parse_target(where)
    if isinstance(target, PostgresTarget):
        from rolodex.store.postgres.connection import open_postgres

        return open_postgres(target, prompt=prompt)
    return open_store(target.path, passphrase, create=create)
