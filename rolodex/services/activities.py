"""Logging and browsing activities (calls, meetings, emails, letters, notes, custom kinds).

The service keeps ``contact.last_contacted`` (newest non-note activity, UTC text) current on
every log, edit, delete and restore, so the contact list sorts by it without a join. Deleting is
a soft delete (``deleted_at``) that :meth:`ActivityService.restore` undoes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from rolodex.clock import Clock, SystemClock
from rolodex.db import MAX_ID, database, writing
from rolodex.services.changes import Change
from rolodex.services.crm_records import (
    NOT_CONTACT_KINDS,
    STANDARD_KINDS,
    ActivityData,
    CrmError,
)
from rolodex.services.crm_time import from_db, to_db

NAME_SQL = (
    "COALESCE(NULLIF(TRIM(c.display_name), ''), NULLIF(TRIM(c.given || ' ' || c.family), ''),"
    " NULLIF(TRIM(c.nickname), ''), '')"
)
_COLUMNS = (
    "a.id, a.contact_id, a.company_id, a.kind, a.occurred_at, a.duration_minutes, a.subject,"
    f" a.notes, a.outcome, {NAME_SQL}"
)
_FROM = "FROM activity a LEFT JOIN contact c ON c.id = a.contact_id"
MAX_KIND = 40


def name_or_id(name: str | None, contact_id: int | None) -> str:
    """A contact's name for display, falling back to its number when it has none."""
    return name or (f"Contact #{contact_id}" if contact_id else "")


def _row(row: tuple[Any, ...]) -> ActivityData:
    return ActivityData(
        id=row[0],
        contact_id=row[1],
        company_id=row[2],
        kind=row[3],
        occurred_at=from_db(row[4]),
        duration_minutes=row[5],
        subject=row[6],
        notes=row[7],
        outcome=row[8],
        contact_name=name_or_id(row[9], row[1]),
    )


def refresh_last_contacted(contact_ids: Iterable[int | None]) -> None:
    """Recompute ``contact.last_contacted`` from the live, non-note activities."""
    skip = ",".join("?" * len(NOT_CONTACT_KINDS))
    for contact_id in {cid for cid in contact_ids if cid is not None}:
        database.execute_sql(
            "UPDATE contact SET last_contacted = (SELECT MAX(occurred_at) FROM activity"
            f" WHERE contact_id = ? AND deleted_at IS NULL AND kind NOT IN ({skip}))"
            " WHERE id = ?",
            (contact_id, *sorted(NOT_CONTACT_KINDS), contact_id),
        )


class ActivityService:
    """Log, edit, delete (undoably) and list activities."""

    def __init__(self, clock: Clock | None = None) -> None:
        self.clock: Clock = clock or SystemClock()

    def log(self, data: ActivityData) -> Change:
        """Store a new activity (``occurred_at`` None means now); returns the created id."""
        occurred, kind = self._validate(data)
        now = to_db(self.clock.now())
        with writing():
            cursor = database.execute_sql(
                "INSERT INTO activity (contact_id, company_id, kind, occurred_at,"
                " duration_minutes, subject, notes, outcome, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    data.contact_id,
                    data.company_id,
                    kind,
                    to_db(occurred),
                    data.duration_minutes,
                    data.subject.strip(),
                    data.notes,
                    data.outcome.strip(),
                    now,
                ),
            )
            new_id = int(cursor.lastrowid)
            refresh_last_contacted([data.contact_id])
        return Change("activity", (new_id,), "created")

    def update(self, data: ActivityData) -> Change:
        """Save edits to an existing activity."""
        if data.id is None:
            raise CrmError("Cannot edit an activity that was never saved.")
        old = self.get(data.id)
        occurred, kind = self._validate(data)
        with writing():
            database.execute_sql(
                "UPDATE activity SET contact_id = ?, company_id = ?, kind = ?, occurred_at = ?,"
                " duration_minutes = ?, subject = ?, notes = ?, outcome = ? WHERE id = ?",
                (
                    data.contact_id,
                    data.company_id,
                    kind,
                    to_db(occurred),
                    data.duration_minutes,
                    data.subject.strip(),
                    data.notes,
                    data.outcome.strip(),
                    data.id,
                ),
            )
            refresh_last_contacted([old.contact_id, data.contact_id])
        return Change("activity", (data.id,), "updated")

    def delete(self, activity_id: int) -> Change:
        """Hide an activity; :meth:`restore` brings it back."""
        return self._set_deleted(activity_id, to_db(self.clock.now()), "deleted")

    def restore(self, activity_id: int) -> Change:
        """Undo :meth:`delete`."""
        return self._set_deleted(activity_id, None, "restored")

    def _set_deleted(self, activity_id: int, stamp: str | None, kind: str) -> Change:
        row = database.execute_sql(
            "SELECT contact_id FROM activity WHERE id = ?", (activity_id,)
        ).fetchone()
        if row is None:
            raise CrmError(f"There is no activity {activity_id}.")
        with writing():
            database.execute_sql(
                "UPDATE activity SET deleted_at = ? WHERE id = ?", (stamp, activity_id)
            )
            refresh_last_contacted([row[0]])
        return Change("activity", (activity_id,), kind)

    def get(self, activity_id: int) -> ActivityData:
        """One live activity; CrmError if it does not exist or was deleted."""
        if not 0 < activity_id <= MAX_ID:
            raise CrmError(f"There is no activity {activity_id}.")
        row = database.execute_sql(
            f"SELECT {_COLUMNS} {_FROM} WHERE a.id = ? AND a.deleted_at IS NULL", (activity_id,)
        ).fetchone()
        if row is None:
            raise CrmError(f"There is no activity {activity_id}.")
        return _row(row)

    def timeline(
        self,
        contact_id: int | None = None,
        company_id: int | None = None,
        kinds: Iterable[str] = (),
        limit: int | None = None,
    ) -> list[ActivityData]:
        """A contact's (or a company's, with its people's) activities, newest first."""
        where: list[str] = ["a.deleted_at IS NULL"]
        params: list[Any] = []
        if contact_id is not None:
            where.append("a.contact_id = ?")
            params.append(contact_id)
        if company_id is not None:
            where.append("(a.company_id = ? OR c.company_id = ?)")
            params += [company_id, company_id]
        wanted = sorted(set(kinds))
        if wanted:
            where.append(f"a.kind IN ({','.join('?' * len(wanted))})")
            params += wanted
        sql = f"SELECT {_COLUMNS} {_FROM} WHERE {' AND '.join(where)}"
        sql += " ORDER BY a.occurred_at DESC, a.id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_row(r) for r in database.execute_sql(sql, params).fetchall()]

    def kinds(self) -> list[str]:
        """The standard kinds, then every custom kind already used, alphabetically."""
        rows = database.execute_sql("SELECT DISTINCT kind FROM activity").fetchall()
        custom = sorted({r[0] for r in rows} - set(STANDARD_KINDS), key=str.casefold)
        return [*STANDARD_KINDS, *custom]

    def company_of(self, contact_id: int) -> int | None:
        """The company a contact works at (to offer logging on it too)."""
        row = database.execute_sql(
            "SELECT company_id FROM contact WHERE id = ?", (contact_id,)
        ).fetchone()
        return None if row is None else row[0]

    def _validate(self, data: ActivityData) -> tuple[datetime, str]:
        kind = " ".join(data.kind.split()).lower()
        if not kind:
            raise CrmError("Say what kind of activity this was (call, meeting, note...).")
        if len(kind) > MAX_KIND:
            raise CrmError(f"An activity kind is at most {MAX_KIND} characters.")
        if data.contact_id is None and data.company_id is None:
            raise CrmError("An activity belongs to a contact or a company.")
        if data.contact_id is not None:
            require_contact(data.contact_id)
        if data.duration_minutes is not None and data.duration_minutes < 0:
            raise CrmError("A duration cannot be negative.")
        occurred = data.occurred_at or self.clock.now()
        if occurred.tzinfo is None:
            raise CrmError("An activity time needs its time zone.")
        return occurred, kind


def require_contact(contact_id: int) -> None:
    """CrmError unless ``contact_id`` is a live contact."""
    if not 0 < contact_id <= MAX_ID:
        raise CrmError(f"There is no contact {contact_id}.")
    row = database.execute_sql(
        "SELECT 1 FROM contact WHERE id = ? AND deleted_at IS NULL", (contact_id,)
    ).fetchone()
    if row is None:
        raise CrmError(f"There is no contact {contact_id}.")
