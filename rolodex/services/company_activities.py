"""A company's own timeline: the activities logged "also on the company" (``activity.company_id``),
newest first, each with the person it was logged on. (The people's other activities stay on
their own History.)"""

from __future__ import annotations

from collections.abc import Iterable

from rolodex.services.crm.records import ActivityData
from rolodex.store import activities as store


def company_timeline(company_id: int, kinds: Iterable[str] = ()) -> list[ActivityData]:
    """The live activities logged on ``company_id``, newest first (``kinds``: only those)."""
    return store.logged_on_company(company_id, kinds)
