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
    """Every tag with the number of live contacts carrying it (in no particular order)."""
    from rolodex.store.backend import dialect

    if dialect() == "sqlite":
        return _counts_on_a_file()
    c, ct, t = m.Contact, m.ContactTag, m.Tag
    query = (
        t.select(t.name, peewee.fn.COUNT(c.id))
        .join(ct, peewee.JOIN.LEFT_OUTER, on=(ct.tag == t.id))
        .join(c, peewee.JOIN.LEFT_OUTER, on=((c.id == ct.contact) & c.deleted_at.is_null()))
        .group_by(t.id, t.name)
    )
    return [(name, int(count)) for name, count in tuples(query)]


def _counts_on_a_file() -> list[tuple[str, int]]:
    """:func:`counts` on SQLite, as every carrier less the trashed ones: ``contact_tag``'s
    index counts the carriers without reading a contact, and the Trash is found by its index.
    Checking each carrier's contact row cost the sidebar ~190 ms at 100,000 contacts on the
    loaded test machine, right after the window's first frame; ~20 ms so (35 with a tenth of
    the book in the Trash). On a server book the contact rows must be read:
    row-level security hides colleagues' private contacts from the counts too."""
    from rolodex.store.sqlite.hints import indexed_by

    c, ct, t = m.Contact, m.ContactTag, m.Tag
    every = ct.select(ct.tag, peewee.fn.COUNT(peewee.SQL("*"))).group_by(ct.tag)
    trashed = (
        c.select(ct.tag, peewee.fn.COUNT(peewee.SQL("*")))
        .from_(indexed_by(c, "contact_sort"))
        .join(ct, on=(ct.contact == c.id))
        .where(c.deleted_at.is_null(False))
        .group_by(ct.tag)
    )
    carried, in_trash = dict(tuples(every)), dict(tuples(trashed))
    tags = tuples(t.select(t.id, t.name))
    return [(name, carried.get(tid, 0) - in_trash.get(tid, 0)) for tid, name in tags]


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
    from rolodex.store.contacts_read import load_contacts
    from rolodex.store.search import index_row, search_index

    c = m.Contact
    for chunk in peewee.chunked(contact_ids, 500):
        ids = list(chunk)
        c.update(revision=c.revision + 1, updated_at=utc_now()).where(c.id.in_(ids)).execute()
        live = [
            int(i) for (i,) in tuples(c.select(c.id).where(c.id.in_(ids) & c.deleted_at.is_null()))
        ]
        search_index().index([index_row(data) for data in load_contacts(live)])
