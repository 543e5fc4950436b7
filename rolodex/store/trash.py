"""Emptying the Trash of activities and follow-ups, on either backend (contacts and companies
have their own purge, which also leaves tombstones: :mod:`rolodex.store.companies`)."""

from __future__ import annotations

from rolodex.models import Activity, FollowUp


def purge_activities(older_than: str) -> int:
    """Delete for good activities trashed at or before ``older_than`` (ISO UTC)."""
    return int(
        Activity.delete()
        .where(Activity.deleted_at.is_null(False) & (Activity.deleted_at <= older_than))
        .execute()
    )


def purge_followups(older_than: str) -> int:
    """Delete for good follow-ups trashed at or before ``older_than`` (ISO UTC)."""
    return int(
        FollowUp.delete()
        .where(FollowUp.deleted_at.is_null(False) & (FollowUp.deleted_at <= older_than))
        .execute()
    )
