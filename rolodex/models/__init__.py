"""Peewee models over the tables the migrations create. Import models from here."""

from rolodex.models.company import Company
from rolodex.models.contact import (
    Address,
    Contact,
    ContactPhoto,
    ContactTag,
    Email,
    ExtraProperty,
    Im,
    Phone,
    Tag,
    Website,
)
from rolodex.models.crm import Activity, FollowUp
from rolodex.models.meta import Book, ImportBatch, ImportItem, Setting, Tombstone
from rolodex.models.sync import SyncAccount, SyncItem

__all__ = [
    "Activity",
    "Address",
    "Book",
    "Company",
    "Contact",
    "ContactPhoto",
    "ContactTag",
    "Email",
    "ExtraProperty",
    "FollowUp",
    "Im",
    "ImportBatch",
    "ImportItem",
    "Phone",
    "Setting",
    "SyncAccount",
    "SyncItem",
    "Tombstone",
    "Tag",
    "Website",
]
