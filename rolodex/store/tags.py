"""Tags: one tag per name whatever its letter case ("VIP" and "vip" are one tag, spelt as it
was first written), renamed, merged and deleted as a whole.

Names are matched by :func:`tag_key` (NFC, trimmed, Unicode case-folded) in Python: SQLite's
NOCASE folds ASCII only, and a book holds a few hundred tags at most, so reading them all is
cheaper than any index. Every function here runs on both backends (Peewee through the models);
the caller holds the transaction for writes. A rename, merge or delete changes the contacts
carrying the tag: their revision goes up and the live ones are indexed again (the search finds
contacts by tag).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import peewee

from rolodex import models as m
from rolodex.db import database
from rolodex.models.base import utc_now
from rolodex.store.rows import tuples


@dataclass(frozen=True)
class TagState:
    """A tag as it was: its spelling, cadence and every contact (live or trashed) carrying it."""

    name: str
    days: int | None
    contact_ids: tuple[int, ...]


def tag_key(name: str) -> str:
    """What makes two tag names the same tag: ``"VIP"``, ``" vip"`` and ``"Vip"`` share one."""
    return unicodedata.normalize("NFC", name.strip()).casefold()


def _by_key() -> dict[str, tuple[int, str]]:
    """Every tag as key -> (id, name); where old data holds case variants, the oldest wins."""
    found: dict[str, tuple[int, str]] = {}
    for tag_id, name in tuples(m.Tag.select(m.Tag.id, m.Tag.name).order_by(m.Tag.id)):
        found.setdefault(tag_key(name), (int(tag_id), name))
    return found


def find(name: str) -> tuple[int, str] | None:
    """(id, spelling) of the tag called ``name`` in any letter case, or None."""
    return _by_key().get(tag_key(name))


def ids_for(names: Iterable[str]) -> dict[str, int]:
    """The tag id of each of ``names``, creating the missing tags (spelt as first given); a
    name in another letter case maps to the existing tag."""
    names = list(names)
    wanted: dict[str, str] = {}
    for name in names:
        if name.strip():
            wanted.setdefault(tag_key(name), name.strip())
    known = _by_key()
    missing = [name for key, name in wanted.items() if key not in known]
    for chunk in peewee.chunked(missing, 500):
        m.Tag.insert_many([(n,) for n in chunk], fields=[m.Tag.name]).on_conflict_ignore().execute()
    if missing:
        known = _by_key()
    return {name: known[tag_key(name)][0] for name in names if name.strip()}


def counts() -> list[tuple[str, int]]:
    """Every tag with the number of live contacts carrying it (in no particular order).

    Every carrier counted from the tag index alone, less those in the Trash (found from the
    index of deleted contacts): ~20 ms at 100,000 tagged contacts on a file, where joining
    each carrier to its contact to see whether it is live took ~120 ms (the sidebar counts
    again after every change)."""
    c, ct, t = m.Contact, m.ContactTag, m.Tag
    carried = (
        t.select(t.id, t.name, peewee.fn.COUNT(ct.contact))
        .join(ct, peewee.JOIN.LEFT_OUTER, on=(ct.tag == t.id))
        .group_by(t.id, t.name)
    )
    trash = c.select(c.id).where(c.deleted_at.is_null(False))
    trashed = (
        ct.select(ct.tag, peewee.fn.COUNT(ct.contact))
        .where(ct.contact.in_(trash))
        .group_by(ct.tag)
    )
    with database.atomic():  # one snapshot for both (a read: no write lock)
        rows = tuples(carried)
        binned = {int(tag): int(n) for tag, n in tuples(trashed)}
    return [(name, int(n) - binned.get(int(tag), 0)) for tag, name, n in rows]


def state(tag_id: int) -> TagState:
    """The tag as it is now (what undo needs to put it back)."""
    name, days = tuples(
        m.Tag.select(m.Tag.name, m.Tag.keep_in_touch_days).where(m.Tag.id == tag_id)
    )[0]
    return TagState(name, days, carriers(tag_id))


def carriers(tag_id: int) -> tuple[int, ...]:
    """Every contact carrying the tag, live or in the Trash, by id."""
    ct = m.ContactTag
    query = ct.select(ct.contact).where(ct.tag == tag_id).order_by(ct.contact)
    return tuple(int(cid) for (cid,) in tuples(query))


def rename(tag_id: int, name: str) -> None:
    """Spell the tag ``name`` (no other tag may have that key: merge instead)."""
    m.Tag.update(name=name.strip()).where(m.Tag.id == tag_id).execute()


def merge(source: int, target: int) -> None:
    """Move every contact of ``source`` onto ``target`` and drop ``source``; ``target`` keeps
    its cadence, or takes the source's when it had none."""
    ct, t = m.ContactTag, m.Tag
    moved = ct.select(ct.contact, peewee.Value(target)).where(ct.tag == source)
    ct.insert_from(moved, [ct.contact, ct.tag]).on_conflict_ignore().execute()
    days = t.select(t.keep_in_touch_days).where(t.id == source)
    t.update(keep_in_touch_days=peewee.fn.COALESCE(t.keep_in_touch_days, days)).where(
        t.id == target
    ).execute()
    delete(source)


def delete(tag_id: int) -> None:
    """Drop the tag; the contacts carrying it lose it (their other tags stay)."""
    m.ContactTag.delete().where(m.ContactTag.tag == tag_id).execute()
    m.Tag.delete().where(m.Tag.id == tag_id).execute()


def put_back(states: Sequence[TagState]) -> None:
    """Make each tag exactly as in ``states`` again: its spelling, cadence and carriers (those
    since deleted for good are left out)."""
    ct = m.ContactTag
    for tag in states:
        found = find(tag.name)
        tag_id = found[0] if found else ids_for([tag.name])[tag.name]
        m.Tag.update(name=tag.name, keep_in_touch_days=tag.days).where(m.Tag.id == tag_id).execute()
        ct.delete().where((ct.tag == tag_id) & ct.contact.not_in(list(tag.contact_ids))).execute()
        for chunk in peewee.chunked(tag.contact_ids, 500):
            alive = m.Contact.select(m.Contact.id, peewee.Value(tag_id)).where(
                m.Contact.id.in_(list(chunk))
            )
            ct.insert_from(alive, [ct.contact, ct.tag]).on_conflict_ignore().execute()


def touch(contact_ids: Sequence[int]) -> None:
    """The contacts' tags changed: a new revision each, and the live ones indexed again."""
    from rolodex.store.contacts_load import load_contacts
    from rolodex.store.search import index_row, search_index

    c = m.Contact
    for chunk in peewee.chunked(contact_ids, 500):
        ids = list(chunk)
        c.update(revision=c.revision + 1, updated_at=utc_now()).where(c.id.in_(ids)).execute()
        live = [
            int(i) for (i,) in tuples(c.select(c.id).where(c.id.in_(ids) & c.deleted_at.is_null()))
        ]
        search_index().index([index_row(data) for data in load_contacts(live)])
