"""The Trash on either backend: the contacts in it, and emptying it of activities and follow-ups
(contacts and companies have their own purge, which also leaves tombstones:
:mod:`rolodex.store.companies`)."""

from __future__ import annotations

from rolodex.models import Activity, Contact, FollowUp
from rolodex.store.activities import contact_name
from rolodex.store.rows import raw_rows


def trashed_contacts() -> list[tuple[int, str, str]]:
    """(id, name, deleted at) of the contacts in the Trash, most recently deleted first; the
    name is "" for a contact without one."""
    query = Contact.select(Contact.id, contact_name(), Contact.deleted_at).where(
        Contact.deleted_at.is_null(False)
    )
    order = (Contact.deleted_at.desc(), Contact.id.desc())
    return raw_rows(query.order_by(*order))  # type: ignore[return-value]


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
