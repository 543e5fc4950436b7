"""CardDAV sync state in the book: accounts, and per account what was last synced of each
card (href, ETag, contact revision, vCard text). Peewee queries, the same on both backends;
the caller holds the transaction for writes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import peewee

from rolodex import models as m
from rolodex.models.sync import SyncAccount, SyncItem
from rolodex.store.rows import tuples


@dataclass(frozen=True)
class Account:
    """One sync account as the services see it (the password is never here)."""

    id: int
    name: str
    url: str
    username: str
    password_file: str = ""
    tag: str = ""
    collection_url: str = ""
    sync_token: str = ""
    ctag: str = ""
    fingerprint: str = ""
    last_run_at: str | None = None
    last_result: str = ""


@dataclass
class Item:
    """What was last synced of one card."""

    uid: str
    contact_id: int | None
    href: str
    etag: str
    synced_revision: int
    vcard: str


_ACCOUNT_FIELDS = (
    "id", "name", "url", "username", "password_file", "tag", "collection_url", "sync_token",
    "ctag", "fingerprint", "last_run_at", "last_result",
)  # fmt: skip


def accounts() -> list[Account]:
    a = SyncAccount
    query = a.select(*(getattr(a, f) for f in _ACCOUNT_FIELDS)).order_by(a.name)
    return [Account(*row) for row in tuples(query)]


def account(name: str) -> Account | None:
    return next((acc for acc in accounts() if acc.name == name), None)


def add_account(name: str, url: str, username: str, password_file: str, tag: str,
                fingerprint: str) -> int:  # fmt: skip
    a = SyncAccount
    query = a.insert(
        name=name, url=url, username=username, password_file=password_file, tag=tag,
        fingerprint=fingerprint,
    )  # fmt: skip
    return int(query.execute())


def remove_account(account_id: int) -> None:
    SyncItem.delete().where(SyncItem.account == account_id).execute()
    SyncAccount.delete().where(SyncAccount.id == account_id).execute()


def update_account(account_id: int, **values: str | None) -> None:
    SyncAccount.update(**values).where(SyncAccount.id == account_id).execute()


def items(account_id: int) -> dict[str, Item]:
    """Every synced card of the account, by href, without its vCard text (see :func:`item`
    and :func:`texts`: a no-change sync of 5,000 cards need not read 5,000 cards)."""
    i = SyncItem
    query = i.select(
        i.contact_uid, i.contact, i.href, i.etag, i.synced_revision, peewee.Value("")
    ).where(i.account == account_id)
    return {row[2]: Item(*row) for row in tuples(query)}


def item(account_id: int, href: str) -> Item | None:
    """One synced card, with its vCard text."""
    i = SyncItem
    query = i.select(i.contact_uid, i.contact, i.href, i.etag, i.synced_revision, i.vcard).where(
        (i.account == account_id) & (i.href == href)
    )
    return next((Item(*row) for row in tuples(query)), None)


def texts(account_id: int, hrefs: Sequence[str]) -> dict[str, str]:
    """The last synced vCard text of these cards, by href."""
    i = SyncItem
    found: dict[str, str] = {}
    for chunk in peewee.chunked(list(hrefs), 500):
        query = i.select(i.href, i.vcard).where((i.account == account_id) & i.href.in_(chunk))
        found.update(tuples(query))
    return found


def save_item(account_id: int, item: Item) -> None:
    """Insert or replace the row of ``item`` (by href; a row for its UID at another href goes)."""
    save_items(account_id, [item])


_ITEM_COLUMNS = ("account", "contact_uid", "contact", "href", "etag", "synced_revision", "vcard")


def save_items(account_id: int, items: Sequence[Item]) -> None:
    """:func:`save_item` for many, a few statements per 200 (a batch of cards is one
    transaction; one statement per card cost 9 ms of Peewee's SQL building each)."""
    i = SyncItem
    fields = [getattr(i, name) for name in _ITEM_COLUMNS]
    update = {f: peewee.EXCLUDED[f.column_name] for f in fields[1:] if f is not i.href}
    for chunk in peewee.chunked(list({it.href: it for it in items}.values()), 200):
        by_uid = {it.uid: it.href for it in chunk}
        i.delete().where(
            (i.account == account_id) & i.contact_uid.in_(list(by_uid))
            & i.href.not_in([it.href for it in chunk])
        ).execute()  # fmt: skip
        rows = [
            (account_id, it.uid, it.contact_id, it.href, it.etag, it.synced_revision, it.vcard)
            for it in chunk
        ]
        i.insert_many(rows, fields=fields).on_conflict(
            conflict_target=[i.account, i.href], update=update
        ).execute()


def forget_item(account_id: int, href: str) -> None:
    SyncItem.delete().where((SyncItem.account == account_id) & (SyncItem.href == href)).execute()


@dataclass(frozen=True)
class LocalState:
    """A contact as the sync needs to see it: is it live, in scope, at which revision."""

    id: int
    uid: str
    revision: int
    live: bool
    in_scope: bool


def local_states(tag: str) -> dict[int, LocalState]:
    """Every contact that is live or in the Trash, by id (the Trash: to tell a deletion)."""
    c = m.Contact
    if tag:
        tagged = m.ContactTag.select(m.ContactTag.contact).join(m.Tag).where(m.Tag.name == tag)
        scope: peewee.Node = c.id.in_(tagged)
    else:
        scope = peewee.Value(True)
    query = c.select(c.id, c.uid, c.revision, c.deleted_at.is_null(), scope)
    return {
        cid: LocalState(cid, uid, rev, bool(live), bool(in_scope))
        for cid, uid, rev, live, in_scope in tuples(query)
    }


def contact_ids_by_uid(uids: Sequence[str]) -> dict[str, int]:
    """Live or trashed contacts with these UIDs (the oldest of any namesakes)."""
    c = m.Contact
    found: dict[str, int] = {}
    for chunk in peewee.chunked(list(uids), 500):
        query = c.select(c.uid, peewee.fn.MIN(c.id)).where(c.uid.in_(chunk)).group_by(c.uid)
        found.update((uid, int(cid)) for uid, cid in tuples(query))
    return found


def revisions(ids: Sequence[int]) -> dict[int, int]:
    c = m.Contact
    found: dict[int, int] = {}
    for chunk in peewee.chunked(list(ids), 500):
        found.update(tuples(c.select(c.id, c.revision).where(c.id.in_(chunk))))
    return found
