"""The Peewee models match the tables the migrations build, on a file and on a server: the
same tables, columns, types, nullability, defaults, primary and foreign keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import peewee
import pytest

from rolodex import models
from rolodex.db import database

MODELS: list[type[peewee.Model]] = [getattr(models, name) for name in models.__all__]
# Tables a backend module owns (search indexes, the server's version row): not models.
BACKEND_TABLES = {
    "sqlite": lambda t: t.startswith("contact_fts"),
    "postgresql": lambda t: t in {"contact_search", "schema_version"},
}
PG_TYPES = {"BIGSERIAL": "bigint", "SERIAL": "integer"}


def expected_type(field: peewee.Field, db: peewee.Database) -> str:
    column_type = db.get_context_options()["field_types"].get(field.field_type, field.field_type)
    if isinstance(db, peewee.PostgresqlDatabase):
        return PG_TYPES.get(column_type, column_type.lower())
    return str(column_type).upper()


def schema_default(text: str | None) -> Any:
    """A column's DEFAULT as the Python value a model would write (None: no default)."""
    if text is None:
        return None
    text = text.split("::")[0]
    literals = {"''": "", "x''": b"", "'\\x'": b"", "false": False, "true": True, "'{}'": "{}"}
    if text in literals:
        return literals[text]
    if len(text) > 1 and text[0] == text[-1] == "'":  # a text literal, e.g. 'editor'
        return text[1:-1]
    return int(text)


def model_default(field: peewee.Field) -> Any:
    return None if field.default is None else field.default


def describe_models(db: peewee.Database) -> dict[str, dict[str, tuple[Any, ...]]]:
    tables = {}
    for model in MODELS:
        meta = model._meta
        pk = meta.primary_key
        names = pk.field_names if isinstance(pk, peewee.CompositeKey) else [pk.name]
        keys = {meta.fields[name].column_name for name in names}
        tables[meta.table_name] = {
            f.column_name: (expected_type(f, db), f.null, model_default(f), f.column_name in keys)
            for f in meta.sorted_fields
        }
    return tables


def describe_schema(db: peewee.Database, backend: str) -> dict[str, dict[str, tuple[Any, ...]]]:
    tables = {}
    for table in db.get_tables():
        if BACKEND_TABLES[backend](table):
            continue
        # SQLite reports an INTEGER PRIMARY KEY as nullable (it is the rowid): it never is.
        tables[table] = {
            c.name: (c.data_type, c.null and not c.primary_key, schema_default(c.default),
                     c.primary_key)
            for c in db.get_columns(table)
        }
    return tables


def foreign_keys(db: peewee.Database) -> set[tuple[str, str, str, str]]:
    return {
        (table, fk.column, fk.dest_table, fk.dest_column)
        for table in (m._meta.table_name for m in MODELS)
        for fk in db.get_foreign_keys(table)
    }


def model_foreign_keys() -> set[tuple[str, str, str, str]]:
    return {
        (m._meta.table_name, f.column_name, f.rel_model._meta.table_name, f.rel_field.column_name)
        for m in MODELS
        for f in m._meta.sorted_fields
        if isinstance(f, peewee.ForeignKeyField)
    }


@pytest.fixture(params=["sqlite", "postgresql"])
def migrated(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        request.getfixturevalue("book")
    else:
        request.getfixturevalue("pg_book")
    return str(request.param)


def test_models_match_the_migrated_tables(migrated: str) -> None:
    db = database.obj
    schema, expected = describe_schema(db, migrated), describe_models(db)
    assert sorted(schema) == sorted(expected)
    differences = {
        f"{table}.{name}": (schema[table].get(name), column)
        for table, columns in expected.items()
        for name, column in {**schema[table], **columns}.items()
        if schema[table].get(name) != columns.get(name)
    }
    assert differences == {}  # column: (migrated, model)


def test_models_declare_the_foreign_keys_of_the_schema(migrated: str) -> None:
    assert foreign_keys(database.obj) == model_foreign_keys()
