"""Follow-ups in the book, on either backend: Peewee queries through the models.

Hands out :class:`~rolodex.services.crm.records.FollowUpData` records. Moments are ISO UTC
text on both backends (``COLLATE "C"`` on PostgreSQL), so the bounds the service computes
compare as text. The overdue count and id list read the partial index ``followup_open``
(migration 2) alone; on SQLite the planner is told to (:mod:`rolodex.store.sqlite.hints`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

import peewee
from peewee import fn

from rolodex.models import Contact, FollowUp
from rolodex.services.crm.records import FollowUpData
from rolodex.services.crm.times import from_db
from rolodex.store.activities import contact_name, name_or_id
from rolodex.store.backend import dialect
from rolodex.store.rows import Compiled, first_row, raw_rows
from rolodex.store.users import acting_login


@dataclass(frozen=True)
class DueFields:
    """When a follow-up is due, as stored: UTC moment, local wall-clock text, whether timed."""

    due_at: str
    due_local: str
    has_time: bool


def _columns() -> tuple[Any, ...]:
    f = FollowUp
    return (
        f.id, f.contact, f.due_local, f.timezone, f.has_time, f.subject, f.notes, f.priority,
        f.recurrence, f.due_at, f.done_at, contact_name(), f.assignee, f.created_by,
    )  # fmt: skip


def _record(row: tuple[Any, ...]) -> FollowUpData:
    local = row[2]
    return FollowUpData(
        id=row[0],
        contact_id=row[1],
        due_date=date.fromisoformat(local[:10]),
        due_time=time.fromisoformat(local[11:16]) if row[4] else None,
        timezone=row[3],
        subject=row[5],
        notes=row[6],
        priority=row[7],
        recurrence=row[8],
        due_at=from_db(row[9]),
        done_at=from_db(row[10]) if row[10] else None,
        contact_name=name_or_id(row[11], row[1]),
        assignee=row[12],
        by=row[13],
    )


def _query() -> peewee.ModelSelect[Any]:
    return FollowUp.select(*_columns()).join(Contact, on=Contact.id == FollowUp.contact)


def _values(data: FollowUpData, due: DueFields, zone: str, rule: str) -> dict[str, Any]:
    return {
        "contact": data.contact_id,
        "due_at": due.due_at,
        "due_local": due.due_local,
        "timezone": zone,
        "has_time": due.has_time,
        "subject": data.subject.strip(),
        "notes": data.notes,
        "priority": data.priority,
        "recurrence": rule,
    }


def insert(data: FollowUpData, due: DueFields, zone: str, rule: str, created_at: str) -> int:
    """Store a new follow-up (inside the caller's transaction); returns its id."""
    values = _values(data, due, zone, rule)
    by = acting_login()
    who = data.assignee or by
    return int(
        FollowUp.insert(**values, created_at=created_at, created_by=by, assignee=who).execute()
    )


def update(data: FollowUpData, due: DueFields, zone: str, rule: str) -> None:
    """Save a follow-up's fields; it reminds again only if its moment moved."""
    kept = peewee.Case(None, [(FollowUp.due_at == due.due_at, FollowUp.notified_at)])
    values = {**_values(data, due, zone, rule), "notified_at": kept}
    if data.assignee:
        values["assignee"] = data.assignee
    FollowUp.update(**values).where(FollowUp.id == data.id).execute()


def reschedule(followup_id: int, due: DueFields) -> None:
    """Move a follow-up to another moment; it will remind again."""
    FollowUp.update(
        due_at=due.due_at, due_local=due.due_local, has_time=due.has_time, notified_at=None
    ).where(FollowUp.id == followup_id).execute()


def set_stamp(followup_id: int, column: str, stamp: str | None) -> None:
    """Set ``done_at`` or ``deleted_at`` (None clears it: reopen, restore)."""
    if column not in ("done_at", "deleted_at"):
        raise ValueError(f"not a follow-up stamp: {column}")
    FollowUp.update({column: stamp}).where(FollowUp.id == followup_id).execute()


def mark_notified(ids: Sequence[int], stamp: str) -> None:
    """Remember that the reminders of ``ids`` were shown."""
    FollowUp.update(notified_at=stamp).where(FollowUp.id.in_(list(ids))).execute()


def get(followup_id: int) -> FollowUpData | None:
    """One follow-up that is not deleted (done or not), or None."""
    query = _query().where(FollowUp.id == followup_id, FollowUp.deleted_at.is_null())
    row = first_row(query)
    return None if row is None else _record(row)


def _open_where(*conditions: Any, limit: int | None = None) -> list[FollowUpData]:
    """Open follow-ups of live contacts matching ``conditions``, by due moment then id."""
    return [_record(row) for row in raw_rows(_open_query(*conditions, limit=limit))]


def _open_query(*conditions: Any, limit: int | None = None) -> peewee.ModelSelect[Any]:
    query = _query().where(
        FollowUp.done_at.is_null(), FollowUp.deleted_at.is_null(), Contact.deleted_at.is_null()
    )
    if conditions:
        query = query.where(*conditions)
    query = query.order_by(FollowUp.due_at, FollowUp.id)
    if limit is not None:
        query = query.limit(int(limit))
    return query


def _overdue(now: str, day_start: str) -> Any:
    """Past its moment (timed), or past the start of today (all-day)."""
    timed_or_before_today = (FollowUp.has_time == True) | (FollowUp.due_at < day_start)  # noqa: E712
    return (FollowUp.due_at < now) & timed_or_before_today


_PAGES: dict[int | None, Compiled] = {}


def overdue(now: str, day_start: str, limit: int | None) -> list[FollowUpData]:
    """Open follow-ups past their time (all-day ones: from ``day_start``), oldest first.

    One join, on both backends: reading a page of ids from ``followup_open`` first and then
    those rows measured 2-4x slower on each (bench_followups at 20,000 follow-ups).
    """
    if limit not in _PAGES:
        _PAGES[limit] = Compiled(lambda n, s: _open_query(_overdue(n, s), limit=limit), 2)
    return [_record(row) for row in _PAGES[limit].rows(now, day_start)]


def _due_today(now: str, day_start: str, tomorrow: str) -> peewee.ModelSelect[Any]:
    all_day_or_later = (FollowUp.has_time == False) | (FollowUp.due_at >= now)  # noqa: E712
    return _open_query(FollowUp.due_at >= day_start, FollowUp.due_at < tomorrow, all_day_or_later)


_DUE_TODAY = Compiled(_due_today, 3)
_DUE_BETWEEN = Compiled(
    lambda start, end: _open_query(FollowUp.due_at >= start, FollowUp.due_at < end), 2
)


def due_today(now: str, day_start: str, tomorrow: str) -> list[FollowUpData]:
    """Open follow-ups due later today (from ``now``), or all day today."""
    return [_record(row) for row in _DUE_TODAY.rows(now, day_start, tomorrow)]


def due_between(start: str, end: str) -> list[FollowUpData]:
    """Open follow-ups due from ``start`` up to (not including) ``end``."""
    return [_record(row) for row in _DUE_BETWEEN.rows(start, end)]


def open_items(contact_id: int | None = None) -> list[FollowUpData]:
    """Every open follow-up (of one contact), soonest first."""
    if contact_id is None:
        return _open_where()
    return _open_where(FollowUp.contact == contact_id)


def _not_notified(timed_until: str, all_day_until: str) -> peewee.ModelSelect[Any]:
    timed = (FollowUp.has_time == True) & (FollowUp.due_at <= timed_until)  # noqa: E712
    all_day = (FollowUp.has_time == False) & (FollowUp.due_at <= all_day_until)  # noqa: E712
    return _open_query(FollowUp.notified_at.is_null(), timed | all_day)


_NOT_NOTIFIED = Compiled(_not_notified, 2)


def not_notified(timed_until: str, all_day_until: str) -> list[FollowUpData]:
    """Open follow-ups not announced yet, timed ones due by ``timed_until``, all-day ones by
    ``all_day_until`` (the reminders poll)."""
    return [_record(row) for row in _NOT_NOTIFIED.rows(timed_until, all_day_until)]


def _overdue_in_index(*columns: Any, now: str, day_start: str) -> peewee.ModelSelect[Any]:
    """The overdue query on the columns of ``followup_open`` alone (no follow-up rows read)."""
    trashed = Contact.select(Contact.id).where(Contact.deleted_at.is_null(False))
    query = FollowUp.select(*columns)
    if dialect() == "sqlite":
        from rolodex.store.sqlite.hints import indexed_by

        query = query.from_(indexed_by(FollowUp, "followup_open"))
    return query.where(
        FollowUp.done_at.is_null(),
        FollowUp.deleted_at.is_null(),
        FollowUp.contact.not_in(trashed),
        _overdue(now, day_start),
    )


# count(*), not count(id): ``followup_open`` holds no id on PostgreSQL (SQLite's rowid is in
# every index), and counting ids read every overdue row from the table (10.6 -> 2.2 ms at
# 100,000 follow-ups, bench_followups.py).
_COUNT_OVERDUE = Compiled(
    lambda n, s: _overdue_in_index(fn.COUNT(peewee.SQL("*")), now=n, day_start=s), 2
)
_OVERDUE_IDS = Compiled(
    lambda n, s: _overdue_in_index(FollowUp.id, now=n, day_start=s).order_by(
        FollowUp.due_at, FollowUp.id
    ),
    2,
)


def count_overdue(now: str, day_start: str) -> int:
    """How many open follow-ups of live contacts are overdue."""
    return int(_COUNT_OVERDUE.rows(now, day_start)[0][0] or 0)


def overdue_ids(now: str, day_start: str) -> list[int]:
    """Ids of the overdue follow-ups, oldest first."""
    return [fid for (fid,) in _OVERDUE_IDS.rows(now, day_start)]
