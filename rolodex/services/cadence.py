"""Keep-in-touch cadence ("every N days"), per contact or per tag (the shortest tag wins).

A contact's own setting wins over its tags: ``None`` inherits from tags, ``0`` switches the
reminder off. Nothing runs in the background: :func:`past_cadence` works it out on query from
the denormalised ``contact.last_contacted``. A contact with an open follow-up is left out: the
follow-up already says when to get in touch.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from rolodex.db import database, writing
from rolodex.services.activities import NAME_SQL, name_or_id, require_contact
from rolodex.services.changes import Change
from rolodex.services.crm_records import CadenceDue, CrmError
from rolodex.services.crm_time import from_db, to_db

_DUE = "(c.last_contacted IS NULL OR julianday(c.last_contacted) + k.days <= julianday(:now))"
_QUERY = f"""
WITH candidate(id, days) AS (
    SELECT id, keep_in_touch_days FROM contact INDEXED BY contact_cadence
    WHERE keep_in_touch_days > 0 AND (last_contacted IS NULL
          OR julianday(last_contacted) + keep_in_touch_days <= julianday(:now))
    UNION ALL
    SELECT ct.contact_id, MIN(t.keep_in_touch_days)
    FROM tag t CROSS JOIN contact_tag ct ON ct.tag_id = t.id
    JOIN contact own ON own.id = ct.contact_id AND own.keep_in_touch_days IS NULL
    WHERE t.keep_in_touch_days > 0
    GROUP BY ct.contact_id
), due(id, last_contacted, days, since) AS (
    SELECT c.id, c.last_contacted, k.days, julianday(c.last_contacted) + k.days AS since
    FROM candidate k JOIN contact c ON c.id = k.id
    WHERE c.deleted_at IS NULL AND {_DUE}
      AND NOT EXISTS (SELECT 1 FROM followup f WHERE f.contact_id = c.id
                      AND f.done_at IS NULL AND f.deleted_at IS NULL)
    ORDER BY c.last_contacted IS NOT NULL, since, c.id
    LIMIT :limit OFFSET :offset
)
SELECT d.id, {NAME_SQL}, d.last_contacted, d.days
FROM due d JOIN contact c ON c.id = d.id
ORDER BY d.last_contacted IS NOT NULL, d.since, d.id
"""
MAX_DAYS = 3650


def past_cadence(now: datetime, limit: int | None = None, offset: int = 0) -> list[CadenceDue]:
    """Contacts whose last activity is older than their cadence, longest overdue first
    (``limit`` of them from ``offset`` on: the Today view loads them a page at a time)."""
    params = {"now": to_db(now), "limit": -1 if limit is None else int(limit), "offset": offset}
    rows = database.execute_sql(_QUERY, params).fetchall()
    result = []
    for contact_id, name, last, days in rows:
        last_at = from_db(last) if last else None
        since = last_at + timedelta(days=days) if last_at else None
        result.append(CadenceDue(contact_id, name_or_id(name, contact_id), days, last_at, since))
    return result


def count_past_cadence(now: datetime) -> int:
    """How many contacts :func:`past_cadence` lists in all."""
    head, _, _ = _QUERY.partition("SELECT d.id,")
    sql = head.replace("LIMIT :limit OFFSET :offset", "") + "SELECT COUNT(*) FROM due"
    return int(database.execute_sql(sql, {"now": to_db(now)}).fetchone()[0])


def _check_days(days: int | None) -> None:
    if days is not None and not 0 <= days <= MAX_DAYS:
        raise CrmError(f"Keep-in-touch days must be between 0 (off) and {MAX_DAYS}.")


def set_contact_cadence(contact_id: int, days: int | None) -> Change:
    """Set a contact's own cadence (None: follow its tags; 0: never remind)."""
    _check_days(days)
    require_contact(contact_id)
    with writing():
        database.execute_sql(
            "UPDATE contact SET keep_in_touch_days = ? WHERE id = ?", (days, contact_id)
        )
    return Change("contact", (contact_id,), "updated")


def set_tag_cadence(tag_name: str, days: int | None) -> Change:
    """Set the cadence of every contact carrying ``tag_name`` (None or 0: none)."""
    _check_days(days)
    row = database.execute_sql("SELECT id FROM tag WHERE name = ?", (tag_name,)).fetchone()
    if row is None:
        raise CrmError(f"There is no tag {tag_name!r}.")
    with writing():
        database.execute_sql(
            "UPDATE tag SET keep_in_touch_days = ? WHERE id = ?", (days or None, row[0])
        )
    return Change("tag", (int(row[0]),), "updated")


def contact_cadence(contact_id: int) -> int | None:
    """A contact's own cadence in days (None: it follows its tags; 0: never remind)."""
    require_contact(contact_id)
    row = database.execute_sql(
        "SELECT keep_in_touch_days FROM contact WHERE id = ?", (contact_id,)
    ).fetchone()
    return None if row[0] is None else int(row[0])


def tag_cadence(tag_name: str) -> int | None:
    """The cadence of ``tag_name`` in days (None: none set)."""
    row = database.execute_sql(
        "SELECT keep_in_touch_days FROM tag WHERE name = ?", (tag_name,)
    ).fetchone()
    if row is None:
        raise CrmError(f"There is no tag {tag_name!r}.")
    return None if row[0] is None else int(row[0])
