"""Opening a book on a PostgreSQL server: Peewee's ``PostgresqlDatabase`` over psycopg 3.

:func:`open_postgres` connects (finding the password as :mod:`rolodex.store.passwords` says),
migrates the schema (:mod:`rolodex.store.postgres.schema`) and binds the database to the proxy
every model uses, as :func:`rolodex.db.open_store` does for a file. Each thread gets its own
connection. Errors the user or environment causes become one StoreError line
(:mod:`rolodex.store.postgres.errors`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import peewee

from rolodex.db import StoreError, database
from rolodex.pg_driver import attach_psycopg
from rolodex.store.passwords import Prompt, remember_password, stored_password
from rolodex.store.postgres.errors import PasswordError, translate_pg_error
from rolodex.store.postgres.schema import migrate
from rolodex.store.url import PostgresTarget


@dataclass(frozen=True)
class ServerBookInfo:
    """What ``open_postgres`` opened: the book's URL (no password) and its schema version."""

    url: str
    version: int
    server_version: int


PASSWORD_TRIES = 3


class ServerDatabase(peewee.PostgresqlDatabase):  # type: ignore[misc]
    """A server book's database; knows its target, so errors name the book (no password)."""

    def __init__(self, target: PostgresTarget, password: str | None) -> None:
        attach_psycopg()
        params: dict[str, Any] = target.connect_params(password)
        super().__init__(target.dbname, prefer_psycopg3=True, **params)
        self.target = target

    def _initialize_connection(self, conn: Any) -> None:
        """Each new connection (one per thread) says who acts (``--user`` / ROLODEX_USER)
        and turns JIT off: the app's statements are short, and under row-level security the
        planner's estimates started a JIT compile of ~1 s for a 100 ms search
        (benchmarks/bench_rls.py). One round trip; a session setting, not a startup option
        (a connection pooler may refuse those)."""
        from rolodex.store.users import announce

        announce(conn, jit=False)


def is_postgres(db: peewee.Database) -> bool:
    return isinstance(db, peewee.PostgresqlDatabase)


def translate(exc: BaseException, db: peewee.Database) -> StoreError | None:
    """The StoreError for an error on an open server book (None for a bug)."""
    target: PostgresTarget | None = getattr(db, "target", None)
    if target is None:
        return translate_pg_error(exc, f"the PostgreSQL book {db.database}", None)
    return translate_pg_error(exc, target.display, target.user)


def connect_postgres(
    target: PostgresTarget, *, prompt: Prompt | None = None, remember: bool = False
) -> peewee.Database:
    """A connected database for the book; asks ``prompt`` when the server wants a password
    we do not have (or rejects the one we tried), and saves a prompted one in the keyring
    if ``remember``."""
    password = target.password if target.password is not None else stored_password(target.display)
    prompted = 0
    while True:
        db = ServerDatabase(target, password)
        try:
            db.connect()
        except peewee.DatabaseError as exc:
            error = translate_pg_error(exc, target.display, target.user)
            if error is None:
                raise
            if not isinstance(error, PasswordError) or prompt is None or prompted >= PASSWORD_TRIES:
                raise error from None
            password = prompt(target.display)
            if password is None:
                raise error from None
            prompted += 1
            continue
        if prompted and remember and password is not None:
            remember_password(target.display, password)
        return db


def open_postgres(
    target: PostgresTarget, *, prompt: Prompt | None = None, remember: bool = False
) -> ServerBookInfo:
    """Open the server book, migrate it and bind it as the current database."""
    db = connect_postgres(target, prompt=prompt, remember=remember)
    try:
        version = migrate(db, target.display)
    except peewee.DatabaseError as exc:
        db.close()
        error = translate_pg_error(exc, target.display, target.user)
        if error is None:
            raise
        raise error from None
    except StoreError:
        db.close()
        raise
    database.initialize(db)
    return ServerBookInfo(target.display, version, int(db.server_version))
