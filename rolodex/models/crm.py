"""The CRM side: logged activities (calls, meetings, notes...) and follow-ups.

Times are ISO-8601 UTC text. A follow-up also keeps the local wall-clock time and zone it was
set in (``due_local``, ``timezone``) so "09:00" stays 09:00 across a DST change.
"""

from __future__ import annotations

import peewee

from rolodex.models.base import BaseModel
from rolodex.models.company import Company
from rolodex.models.contact import Contact
from rolodex.models.sales import Deal


class Activity(BaseModel):
    contact = peewee.ForeignKeyField(Contact, null=True, backref="activities", on_delete="CASCADE")
    company = peewee.ForeignKeyField(Company, null=True, on_delete="SET NULL")
    kind = peewee.TextField()
    occurred_at = peewee.TextField()
    duration_minutes = peewee.IntegerField(null=True)
    subject = peewee.TextField(default="")
    notes = peewee.TextField(default="")
    outcome = peewee.TextField(default="")
    created_at = peewee.TextField()
    deleted_at = peewee.TextField(null=True)
    deal = peewee.ForeignKeyField(Deal, null=True, on_delete="SET NULL")
    created_by = peewee.TextField(default="")  # the login that logged it (migration 8)
    private = peewee.BooleanField(default=False)


class FollowUp(BaseModel):
    contact = peewee.ForeignKeyField(Contact, backref="followups", on_delete="CASCADE")
    due_at = peewee.TextField()
    due_local = peewee.TextField(default="")
    timezone = peewee.TextField(default="")
    has_time = peewee.BooleanField(default=False)
    subject = peewee.TextField(default="")
    notes = peewee.TextField(default="")
    priority = peewee.IntegerField(default=0)
    recurrence = peewee.TextField(default="")
    done_at = peewee.TextField(null=True)
    notified_at = peewee.TextField(null=True)
    created_at = peewee.TextField()
    deleted_at = peewee.TextField(null=True)
    created_by = peewee.TextField(default="")  # migration 8: who set it, whose it is
    assignee = peewee.TextField(default="")

    class Meta:
        table_name = "followup"
