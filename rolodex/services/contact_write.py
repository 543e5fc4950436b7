"""Writing contacts: one fast path for one contact or a 100,000-card import.

Rows are written on the raw connection inside the caller's transaction, many rows per
statement (Peewee's per-row ``save()`` is ~29x slower). Ids are the ones the database assigns,
read back with ``RETURNING``: nothing here predicts an id, so ids SQLite reuses after the Trash
is emptied can never be mistaken for rows of an earlier write. Child rows go in in bulk too, and
the search index and sort keys are kept in step.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rolodex.collation import sort_key
from rolodex.db import database
from rolodex.identity import new_uid
from rolodex.models.base import utc_now
from rolodex.phones import normalise
from rolodex.records import ContactData
from rolodex.services.search import IndexRow, backend
from rolodex.services.sort_positions import place_new, renumber_all
from rolodex.textfold import fold

CONTACT_FIELDS = [
    "uid",
    "prefix",
    "given",
    "additional",
    "family",
    "suffix",
    "nickname",
    "display_name",
    "sort_key",
    "company_id",
    "department",
    "job_title",
    "role",
    "birthday",
    "anniversary",
    "notes",
    "do_not_mail",
    "rev",
]
_INSERT_HEAD = (
    f"INSERT INTO contact(sortpos, import_batch_id, created_at, updated_at,"
    f" {', '.join(CONTACT_FIELDS)}) VALUES "
)
_INSERT_ROW = f"({', '.join('?' * (len(CONTACT_FIELDS) + 4))})"
ROWS_PER_INSERT = 500
"""Rows per INSERT statement (22 values each: well inside SQLite's 32,766 variables)."""
UNPLACED = 1 << 62
"""Stands in for the ids of contacts not yet inserted when their sort positions are worked out:
after every existing id, in insertion order, as SQLite assigns them (checked afterwards)."""
_UPDATE_SQL = (
    f"UPDATE contact SET revision = revision + 1, updated_at = ?,"
    f" {', '.join(f + ' = ?' for f in CONTACT_FIELDS)}"
    " WHERE id = ?"
)
CHILD_SQL = {
    "email": "INSERT INTO email(contact_id, position, value, value_key, label, pref)"
    " VALUES (?, ?, ?, ?, ?, ?)",
    "phone": "INSERT INTO phone(contact_id, position, value, e164, label, pref)"
    " VALUES (?, ?, ?, ?, ?, ?)",
    "address": "INSERT INTO address(contact_id, position, street, extended, po_box, city,"
    " region, postal_code, country, label, pref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "website": "INSERT INTO website(contact_id, position, value, label, pref)"
    " VALUES (?, ?, ?, ?, ?)",
    "im": "INSERT INTO im(contact_id, position, service, value, label, pref)"
    " VALUES (?, ?, ?, ?, ?, ?)",
    "extra_property": "INSERT INTO extra_property(contact_id, position, grp, name, params, value)"
    " VALUES (?, ?, ?, ?, ?, ?)",
}


@dataclass(frozen=True)
class WriteContext:
    """What the write path needs to know about the book (read once per batch)."""

    region: str
    collation: str


class CompanyCache:
    """Company ids by folded name, creating companies on first sight (one batch).

    Companies created here record ``batch_id`` (the import creating them, if any) and are
    listed in :attr:`created`, with the ids the database gave them."""

    def __init__(self, batch_id: int | None = None) -> None:
        self._ids: dict[str, int] = {}
        self.batch_id = batch_id
        self.created: list[int] = []

    def prefetch(self, names: Sequence[str]) -> None:
        """Look up (or create) every company named in a batch with a few statements."""
        wanted: dict[str, str] = {}
        for name in names:
            if name.strip():
                wanted.setdefault(fold(name.strip()), name.strip())  # the first spelling wins
        missing = [k for k in wanted if k and k not in self._ids]
        if not missing:
            return
        found = _company_ids(missing)
        new = [k for k in missing if k not in found]
        for start in range(0, len(new), ROWS_PER_INSERT):
            found.update(
                self._create([(wanted[k], k) for k in new[start : start + ROWS_PER_INSERT]])
            )
        self._ids.update(found)

    def id_for(self, name: str) -> int | None:
        key = fold(name.strip())
        if not key:
            return None
        if key not in self._ids:
            self._ids[key] = self._find_or_create(name.strip(), key)
        return self._ids[key]

    def _find_or_create(self, name: str, key: str) -> int:
        row = (
            database.connection()
            .execute(
                "SELECT id FROM company WHERE name_key = ? AND deleted_at IS NULL ORDER BY id LIMIT 1",
                (key,),
            )
            .fetchone()
        )
        return int(row[0]) if row else self._create([(name, key)])[key]

    def _create(self, companies: Sequence[tuple[str, str]]) -> dict[str, int]:
        """Insert (name, folded name) pairs; their new ids by folded name."""
        now = utc_now()
        values = ", ".join("(?, ?, ?, ?, ?, ?)" for _ in companies)
        params = [
            p for name, key in companies for p in (new_uid(), name, key, now, now, self.batch_id)
        ]
        sql = (
            "INSERT INTO company(uid, name, name_key, created_at, updated_at, import_batch_id)"
            f" VALUES {values} RETURNING name_key, id"
        )
        ids = {key: int(cid) for key, cid in database.connection().execute(sql, params).fetchall()}
        self.created.extend(ids.values())
        return ids


def _company_ids(keys: Sequence[str]) -> dict[str, int]:
    """Live companies' ids by folded name (the oldest of any namesakes)."""
    found: dict[str, int] = {}
    conn = database.connection()
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        sql = (
            "SELECT name_key, MIN(id) FROM company WHERE deleted_at IS NULL"
            f" AND name_key IN ({', '.join('?' * len(chunk))}) GROUP BY name_key"
        )
        found.update((k, int(i)) for k, i in conn.execute(sql, chunk))
    return found


def insert_contacts(
    contacts: Sequence[ContactData],
    ctx: WriteContext,
    *,
    batch_id: int | None = None,
    companies: CompanyCache | None = None,
) -> list[int]:
    """Insert new contacts and return the ids the database gave them, in order (also set on
    the records); the caller holds a transaction."""
    companies = companies or CompanyCache(batch_id)
    companies.prefetch([c.company for c in contacts])
    fields = []
    for data in contacts:
        if not data.uid.strip():
            data.uid = new_uid()
        _fill_phones(data, ctx.region)
        fields.append(_contact_fields(data, ctx, companies.id_for(data.company)))
    conn = database.connection()
    stand_ins = [UNPLACED + i for i in range(len(contacts))]
    placed = place_new(conn, [(s, f[8]) for s, f in zip(stand_ins, fields, strict=True)])
    positions = [placed[s] for s in stand_ins]
    now = utc_now()
    rows = [(pos, batch_id, now, now, *f) for pos, f in zip(positions, fields, strict=True)]
    ids = _insert_rows(conn, rows)
    for contact_id, data in zip(ids, contacts, strict=True):
        data.id = contact_id
    _insert_children(contacts)
    if not _placed_as_assumed(ids):
        renumber_all(conn)  # never seen: ids near 2**62, or SQLite picked them at random
        backend().index(index_row(c) for c in contacts)
        return ids
    backend().index(index_row(c, p) for p, c in zip(positions, contacts, strict=True))
    return ids


def _insert_rows(conn: Any, rows: Sequence[tuple[Any, ...]]) -> list[int]:
    """INSERT the contact rows, many per statement; the ids the database assigned, in order.

    RETURNING gives rows in no promised order, so each is recognised by its sort position
    (unique among the rows of one insert)."""
    ids: list[int] = []
    for start in range(0, len(rows), ROWS_PER_INSERT):
        chunk = rows[start : start + ROWS_PER_INSERT]
        sql = _INSERT_HEAD + ", ".join([_INSERT_ROW] * len(chunk)) + " RETURNING sortpos, id"
        by_position = dict(conn.execute(sql, [v for row in chunk for v in row]).fetchall())
        if len(by_position) != len(chunk):
            raise RuntimeError("two new contacts were given the same sort position")
        ids.extend(int(by_position[row[0]]) for row in chunk)
    return ids


def _placed_as_assumed(ids: Sequence[int]) -> bool:
    """True when the ids rose in insertion order below :data:`UNPLACED`, as the sort
    positions assumed (SQLite gives each new row one more than the largest rowid)."""
    return all(a < b for a, b in zip(ids, ids[1:], strict=False)) and (
        not ids or ids[-1] < UNPLACED
    )


def update_contact(
    data: ContactData, ctx: WriteContext, companies: CompanyCache | None = None
) -> None:
    """Store ``data``'s fields and child rows over the contact with its id (caller holds a
    transaction). An UPDATE, never a REPLACE: that would cascade-delete its activities."""
    assert data.id is not None
    companies = companies or CompanyCache()
    _fill_phones(data, ctx.region)
    fields = _contact_fields(data, ctx, companies.id_for(data.company))
    database.connection().execute(_UPDATE_SQL, (utc_now(), *fields, data.id))
    delete_children([data.id])
    _insert_children([data])
    backend().index([index_row(data)])


def delete_children(ids: Sequence[int]) -> None:
    conn = database.connection()
    params = [(i,) for i in ids]
    for table in (*CHILD_SQL, "contact_tag", "contact_photo"):
        conn.executemany(f"DELETE FROM {table} WHERE contact_id = ?", params)


def _fill_phones(data: ContactData, region: str) -> None:
    for phone in data.phones:
        phone.e164 = normalise(phone.value, region)


def sort_name(data: ContactData) -> str:
    """What the list sorts by: the name without an honorific ("Mr.", "Dr."), so that
    "Dr. Anna Berg" files under A like the rest."""
    parts = (data.given, data.additional, data.family, data.suffix)
    structured = " ".join(p.strip() for p in parts if p.strip())
    return structured or data.full_name()


def _contact_fields(
    data: ContactData, ctx: WriteContext, company_id: int | None
) -> tuple[Any, ...]:
    """Values for CONTACT_FIELDS, in order (index 8 is the sort key)."""
    name = data.full_name()
    return (
        data.uid, data.prefix, data.given, data.additional, data.family, data.suffix,
        data.nickname, data.display_name or name, sort_key(sort_name(data), ctx.collation), company_id,
        data.department, data.job_title, data.role, data.birthday, data.anniversary, data.notes,
        int(data.do_not_mail), data.rev,
    )  # fmt: skip


def _insert_children(contacts: Sequence[ContactData]) -> None:
    rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in CHILD_SQL}
    photos: list[tuple[int | None, str, bytes]] = []
    tag_pairs: list[tuple[int | None, str]] = []
    for c in contacts:
        _collect_children(c, rows)
        if c.photo:
            photos.append((c.id, c.photo_mime, c.photo))
        tag_pairs.extend((c.id, name) for name in dict.fromkeys(t.strip() for t in c.tags) if name)
    conn = database.connection()
    for table, sql in CHILD_SQL.items():
        if rows[table]:
            conn.executemany(sql, rows[table])
    if photos:
        conn.executemany(
            "INSERT INTO contact_photo(contact_id, mime, data) VALUES (?, ?, ?)", photos
        )
    _insert_tags(tag_pairs)


def _collect_children(c: ContactData, rows: dict[str, list[tuple[Any, ...]]]) -> None:
    for i, e in enumerate(c.emails):
        rows["email"].append((c.id, i, e.value, e.value.strip().lower(), e.label, int(e.pref)))
    for i, p in enumerate(c.phones):
        rows["phone"].append((c.id, i, p.value, p.e164, p.label, int(p.pref)))
    for i, a in enumerate(c.addresses):
        rows["address"].append(
            (c.id, i, a.street, a.extended, a.po_box, a.city, a.region, a.postal_code,
             a.country, a.label, int(a.pref))
        )  # fmt: skip
    for i, w in enumerate(c.websites):
        rows["website"].append((c.id, i, w.value, w.label, int(w.pref)))
    for i, m in enumerate(c.ims):
        rows["im"].append((c.id, i, m.service, m.value, m.label, int(m.pref)))
    for i, x in enumerate(c.extras):
        params = json.dumps(x.params, ensure_ascii=False)
        rows["extra_property"].append((c.id, i, x.group, x.name, params, x.value))


def _insert_tags(pairs: list[tuple[int | None, str]]) -> None:
    if not pairs:
        return
    conn = database.connection()
    conn.executemany(
        "INSERT OR IGNORE INTO tag(name) VALUES (?)", [(n,) for n in {n for _, n in pairs}]
    )
    ids = dict(conn.execute("SELECT name, id FROM tag").fetchall())
    conn.executemany(
        "INSERT OR IGNORE INTO contact_tag(contact_id, tag_id) VALUES (?, ?)",
        [(cid, ids[name]) for cid, name in pairs],
    )


def index_row(c: ContactData, position: int | None = None) -> IndexRow:
    """What the search index holds for a contact (``position``: its sort position, when the
    writer has just assigned it)."""
    assert c.id is not None
    names = [c.full_name(), c.nickname, c.given, c.family, c.additional]
    return IndexRow(
        contact_id=c.id,
        name=" ".join(dict.fromkeys(n for n in names if n)),
        company=" ".join(p for p in (c.company, c.department) if p),
        emails=[e.value for e in c.emails],
        cities=[a.city for a in c.addresses],
        tags=c.tags,
        notes=c.notes,
        phones=[p.value for p in c.phones] + [p.e164 for p in c.phones if p.e164],
        position=position,
    )
