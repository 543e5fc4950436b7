"""Schema version 2: indexes for the Today view at 100,000 contacts.

``followup_open`` covers only open follow-ups (partial index), holding everything the overdue
count and id list filter on, so they never read the follow-up rows. ``contact_cadence`` finds
contacts with their own keep-in-touch cadence without scanning the contact table.
PostgreSQL takes the same statements (partial indexes work there too).
"""

from __future__ import annotations

from typing import Any

STATEMENTS = [
    "CREATE INDEX followup_open ON followup(due_at, has_time, contact_id)"
    " WHERE done_at IS NULL AND deleted_at IS NULL",
    "CREATE INDEX contact_cadence ON contact(keep_in_touch_days, last_contacted)"
    " WHERE keep_in_touch_days IS NOT NULL",
]


def apply(conn: Any) -> None:
    """Add the CRM indexes on a raw DB-API connection (inside the caller's transaction)."""
    for statement in STATEMENTS:
        conn.execute(statement)


POSTGRES_STATEMENTS = STATEMENTS


def apply_postgres(conn: Any) -> None:
    """The same indexes on PostgreSQL (inside the caller's transaction)."""
    for statement in POSTGRES_STATEMENTS:
        conn.execute(statement)
