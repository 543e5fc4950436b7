"""Copying a whole book between any two backends (file→server, server→file, file→file).

Every table the models describe is copied through the Peewee models, table by table in
dependency order (a row's references are copied before it), a chunk at a time in primary-key
order (keyset paging: memory stays flat whatever the book's size), keeping every id so the
references stay valid. The source is read in one snapshot (a read transaction; REPEATABLE READ
on a server), the destination written in one transaction: a copy that fails leaves the
destination as it was. The destination must be an empty book; it takes the source's identity
and settings. What is derived is rebuilt there afterwards (:mod:`rolodex.store.copy_derived`):
the search index, sort positions on a file, identity sequences on a server.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from rolodex.db import StoreError, database, passphrase_of, translate_error
from rolodex.models import (
    Activity,
    Address,
    Book,
    BookUser,
    Campaign,
    CampaignRecipient,
    CampaignResponse,
    ChangeLog,
    Company,
    Contact,
    ContactPhoto,
    ContactTag,
    Deal,
    DealStageChange,
    Email,
    ExtraProperty,
    FollowUp,
    Im,
    ImportBatch,
    ImportItem,
    LifecycleChange,
    Phone,
    Setting,
    Stage,
    SyncAccount,
    SyncConflict,
    SyncItem,
    Tag,
    Tombstone,
    Website,
)
from rolodex.store.postgres.connection import is_postgres, translate

CHUNK = 2000

# Dependency order: every table after the tables its foreign keys point at.
MODELS: tuple[type[peewee.Model], ...] = (
    Book,
    Setting,
    ImportBatch,
    Company,
    Contact,
    ContactPhoto,
    Email,
    Phone,
    Address,
    Website,
    Im,
    ExtraProperty,
    Tag,
    ContactTag,
    Stage,
    Deal,
    DealStageChange,
    Activity,
    FollowUp,
    ImportItem,
    Tombstone,
    LifecycleChange,
    Campaign,
    CampaignRecipient,
    CampaignResponse,
    BookUser,
    ChangeLog,
    SyncAccount,
    SyncItem,
    SyncConflict,
)
# A book holding a row in any of these is not empty (a new book has only its identity).
CONTENT: tuple[type[peewee.Model], ...] = (
    Contact, Company, Tag, Activity, FollowUp, ImportBatch, Tombstone, Deal, Campaign,
)  # fmt: skip
REPLACED: tuple[type[peewee.Model], ...] = (Book, Setting, Stage)


@dataclass
class CopyResult:
    """How many rows of each table were copied."""

    rows: dict[str, int] = field(default_factory=dict)

    @property
    def contacts(self) -> int:
        return self.rows.get(Contact._meta.table_name, 0)


@contextmanager
def bound(db: peewee.Database) -> Iterator[None]:
    """Bind ``db`` as the models' database for a while, then bind back what was."""
    before = database.obj
    database.initialize(db)
    try:
        yield
    finally:
        database.initialize(before)


def refuse_non_empty(dest: peewee.Database, display: str) -> None:
    """StoreError when the destination already holds contacts, companies or history."""
    for model in CONTENT:
        if model.select().limit(1).exists(dest):
            raise StoreError(
                f"{display} is not empty (it holds {model._meta.table_name} rows); copy-book "
                "only copies into an empty book. Nothing was changed."
            )


def copy_book(
    source: peewee.Database, dest: peewee.Database, display: str, *, replacing: bool = False
) -> CopyResult:
    """Copy everything in ``source`` into the empty book ``dest`` (both open), in one
    transaction on ``dest``; ``display`` names the destination in messages. ``replacing``
    (a restore) first deletes everything ``dest`` holds, in the same transaction."""
    from rolodex.store import copy_derived
    from rolodex.store.transactions import writing

    result = CopyResult()
    with bound(dest), _snapshot(source), writing():
        if replacing:
            for model in reversed(MODELS):
                model.delete().execute(dest)
        else:
            refuse_non_empty(dest, display)
        for model in REPLACED:
            model.delete().execute(dest)
        for model in MODELS:
            result.rows[model._meta.table_name] = _copy_table(model, source, dest)
        copy_derived.rebuild(dest, [m._meta.table_name for m in MODELS])
    return result


def file_book(path: Path, *, create: bool = True) -> peewee.Database:
    """Open (``create``: make an empty, migrated) book file at ``path`` — a backup being
    written or read — and return its database, leaving the bound book bound."""
    from rolodex.db import _open_store  # open_store without the book lock: no one else has it

    before = database.obj
    try:
        _open_store(path, None, create)
        made: peewee.Database = database.obj
    finally:
        database.initialize(before)
    return made


@contextmanager
def _snapshot(db: peewee.Database) -> Iterator[None]:
    """One consistent view of the source for the whole copy."""
    with db.atomic():
        if is_postgres(db):
            with reading(db):
                db.execute_sql(  # type: ignore[no-untyped-call]
                    "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"
                )
        yield


@contextmanager
def reading(db: peewee.Database) -> Iterator[None]:
    """Errors the environment causes while reading ``db`` as one StoreError naming it (not
    the destination, whose transaction the reads run inside)."""
    from rolodex.safety.snapshot import database_errors

    errors: tuple[type[Exception], ...] = (
        peewee.DatabaseError, peewee.InterfaceError, *database_errors(),
    )  # fmt: skip
    try:
        yield
    except errors as exc:
        if is_postgres(db):
            error = translate(exc, db)
            if error is None:
                raise
        else:
            error = translate_error(exc, db.database, encrypted=passphrase_of(db) is not None)
        raise error from exc


def _copy_table(model: type[peewee.Model], source: peewee.Database, dest: peewee.Database) -> int:
    """Copy one table. Peewee writes the SELECT and the INSERT (each in its database's
    dialect) and the drivers move the rows: a multi-row INSERT built by Peewee per chunk spent
    60 of 98 s of a 20,000-contact copy generating SQL text, and converting every value
    through the fields another 10 s. Only flags need converting (SQLite's 0/1 are not
    PostgreSQL booleans); text, numbers and bytes pass through both drivers as they are."""
    fields = list(model._meta.sorted_fields)
    adjust = _for_destination(model, fields, dest)
    flags = [i for i, f in enumerate(fields) if isinstance(f, peewee.BooleanField)]
    sql: str | None = None
    cursor = dest.cursor()  # type: ignore[no-untyped-call]
    copied = 0
    for rows in _chunks(model, fields, source):
        if flags or adjust:
            rows = [_converted(row, flags, adjust) for row in rows]
        if sql is None:
            sql = _insert_sql(model, fields, rows[0], dest)
        cursor.executemany(sql, rows)
        copied += len(rows)
    return copied


def _converted(row: tuple[Any, ...], flags: list[int], adjust: Any) -> tuple[Any, ...]:
    values = list(row)
    for i in flags:
        values[i] = None if values[i] is None else bool(values[i])
    return adjust(tuple(values)) if adjust else tuple(values)


def _insert_sql(
    model: type[peewee.Model], fields: list[peewee.Field], row: tuple[Any, ...], dest: Any
) -> str:
    """The one-row INSERT of ``model`` with placeholders, as the destination spells it."""
    query = model.insert_many([row], fields=fields)
    sql, _params = dest.get_sql_context().sql(query).query()
    return str(sql)


def _chunks(
    model: type[peewee.Model], fields: list[peewee.Field], source: peewee.Database
) -> Iterator[list[tuple[Any, ...]]]:
    """The table's rows in primary-key order, CHUNK at a time (keyset paging)."""
    keys = list(model._meta.get_primary_keys())  # type: ignore[no-untyped-call]
    at = [_index(fields, k) for k in keys]
    key: peewee.Node = keys[0] if len(keys) == 1 else peewee.Tuple(*keys)
    last: tuple[Any, ...] | None = None
    while True:
        query = model.select(*fields).order_by(*keys).limit(CHUNK)
        if last is not None:
            query = query.where(key > (last[0] if len(keys) == 1 else peewee.Tuple(*last)))
        with reading(source):
            cursor = source.execute(query)  # type: ignore[no-untyped-call]
            rows = [tuple(row) for row in cursor.fetchall()]
        if not rows:
            return
        yield rows
        last = tuple(rows[-1][i] for i in at)


def _for_destination(
    model: type[peewee.Model], fields: list[peewee.Field], dest: peewee.Database
) -> Any:
    """A row rewrite the destination needs, or None: on a file, each contact's sort position
    starts unplaced (``-id``, unique) and is assigned afresh by the rebuild."""
    if model is not Contact or is_postgres(dest):
        return None
    at, ident = _index(fields, Contact.sortpos), _index(fields, Contact.id)

    def unplaced(row: tuple[Any, ...]) -> tuple[Any, ...]:
        values = list(row)
        values[at] = -values[ident]
        return tuple(values)

    return unplaced


def _index(fields: list[peewee.Field], wanted: peewee.Field) -> int:
    """Where ``wanted`` is in ``fields`` (by identity: ``==`` on fields builds SQL)."""
    return next(i for i, f in enumerate(fields) if f is wanted)
