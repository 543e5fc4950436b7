"""The CRM services bundled for the UI: one clock shared by activities and follow-ups."""

from __future__ import annotations

from dataclasses import dataclass

from rolodex.clock import Clock, SystemClock
from rolodex.services.crm.activities import ActivityService
from rolodex.services.crm.followups import FollowUpService


@dataclass
class CrmServices:
    """What the CRM widgets take: ``CrmServices.create()`` in the app, a FixedClock in tests."""

    clock: Clock
    activities: ActivityService
    followups: FollowUpService

    @classmethod
    def create(cls, clock: Clock | None = None) -> CrmServices:
        clock = clock or SystemClock()
        activities = ActivityService(clock)
        return cls(clock, activities, FollowUpService(clock, activities))
