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
from rolodex.models.sales import (
    Campaign,
    CampaignRecipient,
    CampaignResponse,
    Deal,
    DealStageChange,
    LifecycleChange,
    Stage,
)
from rolodex.models.sync import SyncAccount, SyncItem
from rolodex.models.sync_review import SyncConflict, SyncLease
from rolodex.models.team import BookUser, ChangeLog

__all__ = [
    "Activity",
    "Address",
    "Book",
    "BookUser",
    "Campaign",
    "CampaignRecipient",
    "CampaignResponse",
    "ChangeLog",
    "Company",
    "Contact",
    "ContactPhoto",
    "ContactTag",
    "Deal",
    "DealStageChange",
    "Email",
    "ExtraProperty",
    "FollowUp",
    "Im",
    "ImportBatch",
    "ImportItem",
    "LifecycleChange",
    "Phone",
    "Setting",
    "Stage",
    "SyncAccount",
    "SyncConflict",
    "SyncItem",
    "SyncLease",
    "Tag",
    "Tombstone",
    "Website",
]
