"""The sales side (migration 6): pipeline stages, deals and their stage history, lifecycle
history of contacts and companies, campaigns with their frozen recipients and responses.

Money is ``value_minor``: an integer count of the currency's minor units, never a float."""

from __future__ import annotations

import peewee

from rolodex.models.base import BaseModel
from rolodex.models.company import Company
from rolodex.models.contact import Contact


class Stage(BaseModel):
    name = peewee.TextField(unique=True)
    probability = peewee.IntegerField()
    position = peewee.IntegerField()
    outcome = peewee.TextField(default="open")  # 'open', 'won' or 'lost'


class Deal(BaseModel):
    uid = peewee.TextField(default="")
    contact = peewee.ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    company = peewee.ForeignKeyField(Company, null=True, on_delete="SET NULL")
    title = peewee.TextField()
    value_minor = peewee.BigIntegerField(default=0)
    currency = peewee.TextField()
    stage = peewee.ForeignKeyField(Stage)
    probability = peewee.IntegerField(null=True)
    expected_close = peewee.TextField(null=True)
    owner = peewee.TextField(default="")
    notes = peewee.TextField(default="")
    closed_at = peewee.TextField(null=True)
    created_at = peewee.TextField()
    updated_at = peewee.TextField()
    deleted_at = peewee.TextField(null=True)
    revision = peewee.IntegerField(default=1)


class DealStageChange(BaseModel):
    deal = peewee.ForeignKeyField(Deal, on_delete="CASCADE")
    changed_at = peewee.TextField()
    from_stage = peewee.ForeignKeyField(Stage, null=True)
    to_stage = peewee.ForeignKeyField(Stage)
    changed_by = peewee.TextField(default="")


class LifecycleChange(BaseModel):
    contact = peewee.ForeignKeyField(Contact, null=True, on_delete="CASCADE")
    company = peewee.ForeignKeyField(Company, null=True, on_delete="CASCADE")
    changed_at = peewee.TextField()
    from_stage = peewee.TextField(default="")
    to_stage = peewee.TextField()
    changed_by = peewee.TextField(default="")
    reason = peewee.TextField(default="")
    latest = peewee.BooleanField(default=False)


class Campaign(BaseModel):
    name = peewee.TextField()
    channel = peewee.TextField()
    held_on = peewee.TextField(null=True)
    selection = peewee.TextField(default="{}")
    template = peewee.TextField(default="")
    sent_at = peewee.TextField(null=True)
    created_at = peewee.TextField()
    deleted_at = peewee.TextField(null=True)


class CampaignRecipient(BaseModel):
    campaign = peewee.ForeignKeyField(Campaign, on_delete="CASCADE")
    contact = peewee.ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    name = peewee.TextField(default="")
    given = peewee.TextField(default="")
    company = peewee.TextField(default="")
    address = peewee.TextField(default="")
    email = peewee.TextField(default="")
    activity_id = peewee.BigIntegerField(null=True)  # the activity logged at sending


class CampaignResponse(BaseModel):
    campaign = peewee.ForeignKeyField(Campaign, on_delete="CASCADE")
    contact = peewee.ForeignKeyField(Contact, on_delete="CASCADE")
    outcome = peewee.TextField()
    answered_at = peewee.TextField()
    answered_by = peewee.TextField(default="")
    notes = peewee.TextField(default="")
