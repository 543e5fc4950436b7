"""Changes to many contacts at once (the list's bulk actions): add or remove a tag, log one
activity or schedule one follow-up for every selected contact. Each is one transaction, built
on the single-contact service calls, and returns a :class:`Change` naming only the contacts
that really changed (so an undo touches exactly those)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from rolodex.db import writing
from rolodex.services.changes import Change
from rolodex.services.contacts import ContactService
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import ActivityData, FollowUpData


def _same_tag(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def add_tag(service: ContactService, ids: Sequence[int], tag: str) -> Change:
    """Tag every contact in ``ids`` with ``tag`` (those already tagged are left alone)."""
    tag = tag.strip()
    changed: list[int] = []
    with writing():
        for data in list(service.get_many(ids)):
            if tag and not any(_same_tag(t, tag) for t in data.tags):
                data.tags.append(tag)
                service.save(data)
                assert data.id is not None
                changed.append(data.id)
    return Change("contact", tuple(changed), "updated")


def remove_tag(service: ContactService, ids: Sequence[int], tag: str) -> Change:
    """Take ``tag`` off every contact in ``ids`` that has it (any letter case)."""
    changed: list[int] = []
    with writing():
        for data in list(service.get_many(ids)):
            kept = [t for t in data.tags if not _same_tag(t, tag)]
            if len(kept) != len(data.tags):
                data.tags = kept
                service.save(data)
                assert data.id is not None
                changed.append(data.id)
    return Change("contact", tuple(changed), "updated")


def log_for_all(services: CrmServices, ids: Sequence[int], data: ActivityData) -> list[int]:
    """Log a copy of ``data`` on each contact; returns the new activity ids."""
    created: list[int] = []
    with writing():
        for contact_id in ids:
            one = dataclasses.replace(data, id=None, contact_id=contact_id, company_id=None)
            created.extend(services.activities.log(one).ids)
    return created


def schedule_for_all(services: CrmServices, ids: Sequence[int], data: FollowUpData) -> list[int]:
    """Add a copy of the follow-up ``data`` for each contact; returns the new follow-up ids."""
    created: list[int] = []
    with writing():
        for contact_id in ids:
            one = dataclasses.replace(data, id=None, contact_id=contact_id)
            created.extend(services.followups.add(one).ids)
    return created
