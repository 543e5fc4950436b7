"""Keep-in-touch cadences in the book, on either backend: Peewee queries through the models.

The "past its cadence" query works on ISO UTC text: a contact is due once its
``last_contacted`` plus its cadence in days is at or before now. Day arithmetic on stored text
is the one thing the SQL dialects spell differently (SQLite ``julianday``, PostgreSQL
``EXTRACT(EPOCH ...)``); :func:`_day_number` picks the spelling, the query is the same.
"""

from __future__ import annotations

from typing import Any

import peewee
from peewee import fn

from rolodex.models import Contact, ContactTag, FollowUp, Tag
from rolodex.models.base import utc_now
from rolodex.store import tags
from rolodex.store.activities import contact_name
from rolodex.store.backend import dialect
from rolodex.store.rows import first_row, raw_rows
from rolodex.store.transactions import writing


def _day_number(moment: Any) -> Any:
    """A stored moment (ISO text) as a number of days, for "moment + N days" comparisons."""
    if dialect() == "postgres":
        epoch = fn.EXTRACT(
            peewee.NodeList((peewee.SQL("EPOCH FROM"), peewee.Cast(moment, "timestamptz")))
        )
        return epoch / 86400
    return fn.julianday(moment)


def _due(last: Any, days: Any, now: str) -> Any:
    return last.is_null() | (_day_number(last) + days <= _day_number(peewee.Value(now)))


def _candidates(now: str) -> peewee.CTE:
    """(id, days): contacts with their own cadence that is due, and those following their tags
    (the shortest cadence of their tags)."""
    days = Contact.keep_in_touch_days
    own = Contact.select(Contact.id, days).where(days > 0, _due(Contact.last_contacted, days, now))
    owner = Contact.alias("own")
    by_tags = (
        ContactTag.select(ContactTag.contact, fn.MIN(Tag.keep_in_touch_days))
        .join(Tag, on=Tag.id == ContactTag.tag)
        .join(owner, on=(owner.id == ContactTag.contact) & owner.keep_in_touch_days.is_null())
        .where(Tag.keep_in_touch_days > 0)
        .group_by(ContactTag.contact)
    )
    return own.union_all(by_tags).cte("candidate", columns=("id", "days"))


def _due_query(now: str) -> tuple[peewee.ModelSelect[Contact], peewee.CTE]:
    """The live contacts past their cadence without an open follow-up, in list order (and the
    candidates' CTE it reads)."""
    k = _candidates(now)
    since = (_day_number(Contact.last_contacted) + k.c.days).alias("since")
    open_followup = FollowUp.select(FollowUp.id).where(
        FollowUp.contact == Contact.id, FollowUp.done_at.is_null(), FollowUp.deleted_at.is_null()
    )
    due = (
        Contact.select(Contact.id, Contact.last_contacted, k.c.days, since)
        .from_(k)
        .join(Contact, on=Contact.id == k.c.id)
        .where(
            Contact.deleted_at.is_null(),
            _due(Contact.last_contacted, k.c.days, now),
            ~fn.EXISTS(open_followup),
        )
        .order_by(Contact.last_contacted.is_null(False), peewee.SQL("since"), Contact.id)
    )
    return due, k


def count_past_cadence_rows(now: str) -> int:
    """How many contacts :func:`past_cadence_rows` lists in all."""
    due, k = _due_query(now)
    d = due.cte("due", columns=("id", "last_contacted", "days", "since"))
    found = first_row(Contact.select(fn.COUNT(d.c.id)).from_(d).with_cte(k, d))
    return int(found[0]) if found else 0


def past_cadence_rows(
    now: str, limit: int | None, offset: int = 0
) -> list[tuple[int, str, str | None, int]]:
    """(contact id, name, last_contacted, days) of the live contacts past their cadence and
    without an open follow-up, never-contacted first, then longest overdue, then by id
    (``limit`` of them from ``offset`` on: the Today view loads them a page at a time)."""
    due, k = _due_query(now)
    if limit is not None or offset:
        due = due.limit(None if limit is None else int(limit)).offset(int(offset) or None)
    d = due.cte("due", columns=("id", "last_contacted", "days", "since"))
    rows = (
        Contact.select(d.c.id, contact_name(), d.c.last_contacted, d.c.days)
        .from_(d)
        .join(Contact, on=Contact.id == d.c.id)
        .order_by(d.c.last_contacted.is_null(False), d.c.since, d.c.id)
        .with_cte(k, d)
    )
    return [(int(cid), name, last, int(days)) for cid, name, last, days in raw_rows(rows)]


def contact_days(contact_id: int) -> int | None:
    """A contact's own cadence (None: follows its tags)."""
    found = first_row(Contact.select(Contact.keep_in_touch_days).where(Contact.id == contact_id))
    return None if found is None or found[0] is None else int(found[0])


def set_contact_days(contact_id: int, days: int | None) -> None:
    """Set a contact's own cadence. It is the contact's own setting (edited on its card), so
    it moves the contact's revision and last-changed time like any edit."""
    with writing():
        Contact.update(
            keep_in_touch_days=days, revision=Contact.revision + 1, updated_at=utc_now()
        ).where(Contact.id == contact_id).execute()


def tag_id(name: str) -> int | None:
    """The id of the tag called ``name`` (any letter case)."""
    found = tags.find(name)
    return None if found is None else found[0]


def tag_days(name: str) -> tuple[bool, int | None]:
    """(whether the tag exists, its cadence or None)."""
    found = tags.find(name)  # any letter case
    row = first_row(Tag.select(Tag.keep_in_touch_days).where(Tag.id == (found[0] if found else 0)))
    if row is None:
        return False, None
    return True, None if row[0] is None else int(row[0])


def set_tag_days(tag: int, days: int | None) -> None:
    """Set a tag's cadence (None: none)."""
    with writing():
        Tag.update(keep_in_touch_days=days).where(Tag.id == tag).execute()
