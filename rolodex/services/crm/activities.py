"""Logging and browsing activities (calls, meetings, emails, letters, notes, custom kinds).

The service keeps ``contact.last_contacted`` (newest non-note activity, UTC text) current on
every log, edit, delete and restore, so the contact list sorts by it without a join. Deleting is
a soft delete (``deleted_at``) that :meth:`ActivityService.restore` undoes. The SQL lives in
:mod:`rolodex.store.activities` (both backends); ``last_contacted`` is derived data, so keeping
it current does not move the contact's revision (see there why).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from rolodex.clock import Clock, SystemClock
from rolodex.db import MAX_ID
from rolodex.services.changes import Change
from rolodex.services.crm.records import STANDARD_KINDS, ActivityData, CrmError
from rolodex.services.crm.times import to_db
from rolodex.store import activities as store
from rolodex.store.activities import name_or_id, refresh_last_contacted
from rolodex.store.transactions import writing

__all__ = ["ActivityService", "name_or_id", "refresh_last_contacted", "require_contact"]
MAX_KIND = 40


class ActivityService:
    """Log, edit, delete (undoably) and list activities."""

    def __init__(self, clock: Clock | None = None) -> None:
        self.clock: Clock = clock or SystemClock()

    def log(self, data: ActivityData) -> Change:
        """Store a new activity (``occurred_at`` None means now); returns the created id."""
        occurred, kind = self._validate(data)
        now = to_db(self.clock.now())
        with writing():
            new_id = store.insert(data, kind, to_db(occurred), now)
            refresh_last_contacted([data.contact_id])
        return Change("activity", (new_id,), "created")

    def update(self, data: ActivityData) -> Change:
        """Save edits to an existing activity."""
        if data.id is None:
            raise CrmError("Cannot edit an activity that was never saved.")
        old = self.get(data.id)
        occurred, kind = self._validate(data)
        with writing():
            store.update(data, kind, to_db(occurred))
            refresh_last_contacted([old.contact_id, data.contact_id])
        return Change("activity", (data.id,), "updated")

    def delete(self, activity_id: int) -> Change:
        """Hide an activity; :meth:`restore` brings it back."""
        return self._set_deleted(activity_id, to_db(self.clock.now()), "deleted")

    def restore(self, activity_id: int) -> Change:
        """Undo :meth:`delete`."""
        return self._set_deleted(activity_id, None, "restored")

    def _set_deleted(self, activity_id: int, stamp: str | None, kind: str) -> Change:
        exists, contact_id = (
            store.owner_of(activity_id) if 0 < activity_id <= MAX_ID else (False, None)
        )
        if not exists:
            raise CrmError(f"There is no activity {activity_id}.")
        with writing():
            store.set_deleted(activity_id, stamp)
            refresh_last_contacted([contact_id])
        return Change("activity", (activity_id,), kind)

    def get(self, activity_id: int) -> ActivityData:
        """One live activity; CrmError if it does not exist or was deleted."""
        found = store.get(activity_id) if 0 < activity_id <= MAX_ID else None
        if found is None:
            raise CrmError(f"There is no activity {activity_id}.")
        return found

    def timeline(
        self,
        contact_id: int | None = None,
        company_id: int | None = None,
        kinds: Iterable[str] = (),
        limit: int | None = None,
    ) -> list[ActivityData]:
        """A contact's (or a company's, with its people's) activities, newest first."""
        return store.timeline(contact_id, company_id, kinds, limit)

    def kinds(self) -> list[str]:
        """The standard kinds, then every custom kind already used, alphabetically."""
        custom = sorted(store.kinds_used() - set(STANDARD_KINDS), key=str.casefold)
        return [*STANDARD_KINDS, *custom]

    def company_of(self, contact_id: int) -> int | None:
        """The company a contact works at (to offer logging on it too)."""
        return store.company_of(contact_id) if 0 < contact_id <= MAX_ID else None

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
    if not 0 < contact_id <= MAX_ID or not store.is_live_contact(contact_id):
        raise CrmError(f"There is no contact {contact_id}.")
