"""Reading contacts back as plain records: whole contacts for editing and export, and the
light rows the list shows (fetched a page at a time)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from rolodex.db import database
from rolodex.records import (
    Address,
    ContactData,
    ContactRow,
    ExtraProperty,
    InstantMessage,
    LabeledValue,
    Phone,
)

CHUNK = 500

_ROW_SQL = """
SELECT c.id, c.display_name, COALESCE(co.name, ''),
  COALESCE((SELECT value FROM email WHERE contact_id = c.id ORDER BY pref DESC, position LIMIT 1), ''),
  COALESCE((SELECT value FROM phone WHERE contact_id = c.id ORDER BY pref DESC, position LIMIT 1), ''),
  COALESCE((SELECT city FROM address WHERE contact_id = c.id ORDER BY pref DESC, position LIMIT 1), ''),
  COALESCE((SELECT group_concat(name, ', ') FROM (SELECT t.name FROM contact_tag ct
            JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id ORDER BY t.name)), ''),
  COALESCE(c.last_contacted, '')
FROM contact c LEFT JOIN company co ON co.id = c.company_id AND co.deleted_at IS NULL
WHERE c.id IN ({marks})
"""


def _chunks(ids: Iterable[int], size: int = CHUNK) -> Iterator[list[int]]:
    it = iter(ids)
    while chunk := list(islice(it, size)):
        yield chunk


def list_rows(ids: Sequence[int]) -> list[ContactRow]:
    """The list columns for ``ids``, in the order given (missing ids are left out)."""
    found: dict[int, ContactRow] = {}
    conn = database.connection()
    for chunk in _chunks(ids):
        sql = _ROW_SQL.format(marks=", ".join("?" * len(chunk)))
        for row in conn.execute(sql, chunk):
            found[row[0]] = ContactRow(*row)
    return [found[i] for i in ids if i in found]


def load_contacts(ids: Iterable[int]) -> Iterator[ContactData]:
    """Whole contacts (children, tags, photo, extras) for ``ids``, in order, 500 at a time."""
    for chunk in _chunks(ids):
        loaded = _load_chunk(chunk)
        yield from (loaded[i] for i in chunk if i in loaded)


_BASE_SQL = """
SELECT c.id, c.uid, c.prefix, c.given, c.additional, c.family, c.suffix, c.nickname,
  c.display_name, COALESCE(co.name, ''), c.department, c.job_title, c.role, c.birthday,
  c.anniversary, c.notes, c.do_not_mail, c.rev
FROM contact c LEFT JOIN company co ON co.id = c.company_id AND co.deleted_at IS NULL WHERE c.id IN ({marks})
"""
_BASE_FIELDS = [
    "id",
    "uid",
    "prefix",
    "given",
    "additional",
    "family",
    "suffix",
    "nickname",
    "display_name",
    "company",
    "department",
    "job_title",
    "role",
    "birthday",
    "anniversary",
    "notes",
    "do_not_mail",
    "rev",
]


def _load_chunk(chunk: list[int]) -> dict[int, ContactData]:
    conn = database.connection()
    marks = ", ".join("?" * len(chunk))
    contacts: dict[int, ContactData] = {}
    for row in conn.execute(_BASE_SQL.format(marks=marks), chunk):
        values = dict(zip(_BASE_FIELDS, row, strict=True))
        values["do_not_mail"] = bool(values["do_not_mail"])
        contacts[row[0]] = ContactData(**values)
    for name, loader in _CHILD_LOADERS.items():
        for cid, item in loader(conn, marks, chunk):
            getattr(contacts[cid], name).append(item)
    _load_photos(conn, marks, chunk, contacts)
    return contacts


def _select(conn: Any, table: str, cols: str, marks: str, chunk: list[int]) -> Any:
    return conn.execute(
        f"SELECT contact_id, {cols} FROM {table} WHERE contact_id IN ({marks})"
        " ORDER BY contact_id, position",
        chunk,
    )


def _emails(conn: Any, marks: str, chunk: list[int]) -> Iterator[tuple[int, LabeledValue]]:
    for cid, value, label, pref in _select(conn, "email", "value, label, pref", marks, chunk):
        yield cid, LabeledValue(value, label, bool(pref))


def _phones(conn: Any, marks: str, chunk: list[int]) -> Iterator[tuple[int, Phone]]:
    for cid, value, label, pref, e164 in _select(
        conn, "phone", "value, label, pref, e164", marks, chunk
    ):
        yield cid, Phone(value, label, bool(pref), e164)


def _addresses(conn: Any, marks: str, chunk: list[int]) -> Iterator[tuple[int, Address]]:
    cols = "street, extended, po_box, city, region, postal_code, country, label, pref"
    for cid, *values in _select(conn, "address", cols, marks, chunk):
        values[-1] = bool(values[-1])
        yield cid, Address(*values)


def _websites(conn: Any, marks: str, chunk: list[int]) -> Iterator[tuple[int, LabeledValue]]:
    for cid, value, label, pref in _select(conn, "website", "value, label, pref", marks, chunk):
        yield cid, LabeledValue(value, label, bool(pref))


def _ims(conn: Any, marks: str, chunk: list[int]) -> Iterator[tuple[int, InstantMessage]]:
    cols = "value, service, label, pref"
    for cid, value, service, label, pref in _select(conn, "im", cols, marks, chunk):
        yield cid, InstantMessage(value, service, label, bool(pref))


def _extras(conn: Any, marks: str, chunk: list[int]) -> Iterator[tuple[int, ExtraProperty]]:
    cols = "name, value, params, grp"
    for cid, name, value, params, grp in _select(conn, "extra_property", cols, marks, chunk):
        yield cid, ExtraProperty(name, value, json.loads(params), grp)


def _tags(conn: Any, marks: str, chunk: list[int]) -> Iterator[tuple[int, str]]:
    yield from conn.execute(
        "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
        f" WHERE ct.contact_id IN ({marks}) ORDER BY ct.contact_id, t.name",
        chunk,
    )


_CHILD_LOADERS = {
    "emails": _emails,
    "phones": _phones,
    "addresses": _addresses,
    "websites": _websites,
    "ims": _ims,
    "extras": _extras,
    "tags": _tags,
}


def _load_photos(conn: Any, marks: str, chunk: list[int], contacts: dict[int, ContactData]) -> None:
    sql = f"SELECT contact_id, mime, data FROM contact_photo WHERE contact_id IN ({marks})"
    for cid, mime, data in conn.execute(sql, chunk):
        contacts[cid].photo = bytes(data)
        contacts[cid].photo_mime = mime
