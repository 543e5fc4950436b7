"""The contact list's first page of a book file, read with ``sqlite3`` alone, before the ORM.

The app's first window shows a book's first rows. Reading them through the store means
importing Peewee, its 33 models and the services first: a fifth of the app's start-up
(benchmarks/bench_startup_instructions.py). So, for the common case, the app reads the first
page here, shows it, and opens the book as usual (lock, tidying, Peewee) just after the first
frame, before it takes any input; the list is read again then. Every other case opens the book
first, as it always did: :func:`first_page` says None for a book that is not a plain SQLite
file at this version's schema, is empty, lists users (a team's file: the window's team
filters need the store), or was left mid-conversion (opening finishes that first).

The SQL mirrors :func:`rolodex.store.sqlite.ranking.head` (the order) and
:func:`rolodex.store.contacts_read.list_rows` (the columns); tests/store/test_glance.py holds
the two to the same rows, in both name orders.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rolodex.contact_row import ContactRow
from rolodex.db import StoreError, looks_encrypted
from rolodex.migrations import LATEST_VERSION
from rolodex.store.sqlite import ranking
from rolodex.store.sqlite.files import connect, schema_version

NAME_ORDER_KEY = "name_order"  # rolodex.services.prefs.NAME_ORDER ("family": Family, Given)

_NAME = "c.display_name"
_FAMILY_FIRST = (
    "CASE WHEN c.family != '' AND TRIM(c.given || ' ' || c.additional) != ''"
    " THEN c.family || ', ' || TRIM(c.given || ' ' || c.additional) ELSE c.display_name END"
)
_FIRST = (
    "COALESCE((SELECT {column} FROM {table} t WHERE t.contact_id = c.id"
    " ORDER BY t.pref DESC, t.position LIMIT 1), '')"
)
_ROWS = (
    "SELECT c.id, {name}, COALESCE(co.name, ''), "
    + _FIRST.format(column="value", table="email") + ", "
    + _FIRST.format(column="value", table="phone") + ", "
    + _FIRST.format(column="city", table="address") + ", "
    "COALESCE(c.last_contacted, '')"
    " FROM contact c LEFT JOIN company co ON co.id = c.company_id AND co.deleted_at IS NULL"
    " WHERE c.id IN ({marks})"
)  # fmt: skip
_TAGS = (
    "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
    " WHERE ct.contact_id IN ({marks}) ORDER BY ct.contact_id, t.name"
)


@dataclass(frozen=True)
class FirstPage:
    """What the list shows first: how many contacts it lists, the first ids in order (the
    whole head the store would give) and the rows of the first of them."""

    total: int
    ids: list[int]
    rows: list[ContactRow]
    family_first: bool
    descending: bool


def first_page(path: Path, *, descending: bool, rows: int) -> FirstPage | None:
    """The first ``rows`` rows of the book file at ``path`` in name order, or None when the
    book must be opened before its window shows (see the module's text)."""
    if not _may_glance(path):
        return None
    try:
        conn = connect(path, None, readonly=True)
    except StoreError:
        return None
    try:
        return _read(conn, path, descending, rows)
    except (StoreError, sqlite3.Error):
        return None  # whatever it is, opening the book the usual way explains it
    finally:
        conn.close()


def _may_glance(path: Path) -> bool:
    marker = path.with_name(f".{path.name}.conversion")  # rolodex.safety.convert.marker_of
    return path.is_file() and not looks_encrypted(path) and not marker.exists()


def _read(conn: Any, path: Path, descending: bool, rows: int) -> FirstPage | None:
    conn.execute("BEGIN")  # one snapshot for every statement
    if schema_version(conn, path, False) != LATEST_VERSION:
        return None
    if conn.execute("SELECT EXISTS (SELECT 1 FROM book_user)").fetchone()[0]:
        return None
    total, ids = ranking.head(conn, descending, ranking.HEAD)
    if not total:
        return None
    setting = conn.execute("SELECT value FROM setting WHERE key = ?", (NAME_ORDER_KEY,))
    family_first = (setting.fetchone() or ("given",))[0] == "family"
    shown = _rows(conn, ids[:rows], family_first)
    return FirstPage(total, ids, shown, family_first, descending)


def _rows(conn: Any, ids: list[int], family_first: bool) -> list[ContactRow]:
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    tags: dict[int, list[str]] = {}
    for cid, tag in conn.execute(_TAGS.format(marks=marks), ids):
        tags.setdefault(cid, []).append(tag)
    sql = _ROWS.format(name=_FAMILY_FIRST if family_first else _NAME, marks=marks)
    found = {
        cid: ContactRow(cid, name, company, email, phone, city, ", ".join(tags.get(cid, ())), last)
        for cid, name, company, email, phone, city, last in conn.execute(sql, ids)
    }
    return [found[i] for i in ids if i in found]
