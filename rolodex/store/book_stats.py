"""The book's totals (``rolodex stats``): live contacts, companies, tags, activities and
open follow-ups."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peewee import fn

from rolodex import models as m


@dataclass(frozen=True)
class Stats:
    contacts: int
    companies: int
    tags: int
    activities: int
    followups: int


def _live(model: Any) -> Any:
    """Not deleted, and its contact (if any) not in the Trash (it stays attached there, to
    come back with the contact)."""
    c = m.Contact
    trashed = c.select(c.id).where((c.id == model.contact) & c.deleted_at.is_null(False))
    return model.deleted_at.is_null() & ~fn.EXISTS(trashed)


def stats() -> Stats:
    a, f = m.Activity, m.FollowUp
    return Stats(
        contacts=m.Contact.select().where(m.Contact.deleted_at.is_null()).count(),
        companies=m.Company.select().where(m.Company.deleted_at.is_null()).count(),
        tags=m.Tag.select().count(),
        activities=a.select().where(_live(a)).count(),
        followups=f.select().where(_live(f) & f.done_at.is_null()).count(),
    )
