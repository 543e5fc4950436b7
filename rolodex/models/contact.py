"""A person and the rows that hang off them: emails, phones, addresses, websites, IM handles,
tags, a photo, and the vCard properties Rolodex does not model (kept for round trips)."""

from __future__ import annotations

import peewee

from rolodex.models.base import BaseModel
from rolodex.models.company import Company
from rolodex.models.meta import ImportBatch


class Contact(BaseModel):
    uid = peewee.TextField(default="")
    prefix = peewee.TextField(default="")
    given = peewee.TextField(default="")
    additional = peewee.TextField(default="")
    family = peewee.TextField(default="")
    suffix = peewee.TextField(default="")
    nickname = peewee.TextField(default="")
    display_name = peewee.TextField(default="")
    sort_key = peewee.BlobField(default=b"")
    company = peewee.ForeignKeyField(Company, null=True, backref="people", on_delete="SET NULL")
    department = peewee.TextField(default="")
    job_title = peewee.TextField(default="")
    role = peewee.TextField(default="")
    birthday = peewee.TextField(default="")
    anniversary = peewee.TextField(default="")
    notes = peewee.TextField(default="")
    do_not_mail = peewee.BooleanField(default=False)
    rev = peewee.TextField(default="")
    keep_in_touch_days = peewee.IntegerField(null=True)
    last_contacted = peewee.TextField(null=True)
    import_batch = peewee.ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")
    sortpos = peewee.BigIntegerField(default=0)  # gaps of 2**32: past 2**31 at once
    revision = peewee.IntegerField(default=1)
    created_at = peewee.TextField()
    updated_at = peewee.TextField()
    deleted_at = peewee.TextField(null=True)
    do_not_email = peewee.BooleanField(default=False)  # migration 6
    owner = peewee.TextField(default="")  # the account manager's login (migration 8)
    private = peewee.BooleanField(default=False)


class ContactPhoto(BaseModel):
    contact = peewee.ForeignKeyField(Contact, primary_key=True, on_delete="CASCADE")
    mime = peewee.TextField(default="")
    data = peewee.BlobField()


class _Child(BaseModel):
    position = peewee.IntegerField(default=0)
    label = peewee.TextField(default="")
    pref = peewee.BooleanField(default=False)


class Email(_Child):
    contact = peewee.ForeignKeyField(Contact, backref="emails", on_delete="CASCADE")
    value = peewee.TextField()
    value_key = peewee.TextField()


class Phone(_Child):
    contact = peewee.ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    value = peewee.TextField()
    e164 = peewee.TextField(default="")


class Address(_Child):
    contact = peewee.ForeignKeyField(Contact, backref="addresses", on_delete="CASCADE")
    street = peewee.TextField(default="")
    extended = peewee.TextField(default="")
    po_box = peewee.TextField(default="")
    city = peewee.TextField(default="")
    region = peewee.TextField(default="")
    postal_code = peewee.TextField(default="")
    country = peewee.TextField(default="")


class Website(_Child):
    contact = peewee.ForeignKeyField(Contact, backref="websites", on_delete="CASCADE")
    value = peewee.TextField()


class Im(_Child):
    contact = peewee.ForeignKeyField(Contact, backref="ims", on_delete="CASCADE")
    service = peewee.TextField(default="")
    value = peewee.TextField()


class Tag(BaseModel):
    name = peewee.TextField(unique=True)
    keep_in_touch_days = peewee.IntegerField(null=True)


class ContactTag(BaseModel):
    contact = peewee.ForeignKeyField(Contact, on_delete="CASCADE")
    tag = peewee.ForeignKeyField(Tag, on_delete="CASCADE")

    class Meta:
        primary_key = peewee.CompositeKey("contact", "tag")


class ExtraProperty(BaseModel):
    contact = peewee.ForeignKeyField(Contact, backref="extras", on_delete="CASCADE")
    position = peewee.IntegerField(default=0)
    grp = peewee.TextField(default="")
    name = peewee.TextField()
    params = peewee.TextField(default="{}")
    value = peewee.TextField(default="")
