"""CardDAV sync state in the book: accounts, and per account what was last synced of each
card (href, ETag, contact revision, vCard text). Peewee queries, the same on both backends;
the caller holds the transaction for writes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import peewee

from rolodex import models as m
from rolodex.models.sync import SyncAccount, SyncItem
from rolodex.models.sync_review import SyncConflict, SyncLease
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
    SyncConflict.delete().where(SyncConflict.account == account_id).execute()
    SyncLease.delete().where(SyncLease.account == account_id).execute()
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


def _scope(tag: str) -> peewee.Expression:
    """Contacts the account syncs: all of them, or those with its tag."""
    if not tag:
        return peewee.Value(True) == peewee.Value(True)
    tagged = m.ContactTag.select(m.ContactTag.contact).join(m.Tag).where(m.Tag.name == tag)
    return m.Contact.id.in_(tagged)


def local_changes(account_id: int, tag: str) -> bool:
    """Whether the book has anything to send: a create not confirmed, a synced contact
    edited, deleted or out of scope since, or a contact in scope that was never synced."""
    c, i = m.Contact, SyncItem
    mine = i.account == account_id
    dirty_item = (
        i.select(i.id).join(c, peewee.JOIN.LEFT_OUTER, on=(i.contact == c.id))
        .where(mine & ((i.etag == "") | c.id.is_null() | c.deleted_at.is_null(False)
                       | (c.revision > i.synced_revision) | ~_scope(tag)))
    )  # fmt: skip
    synced = i.select(i.contact).where(mine & i.contact.is_null(False))
    unsynced = c.select(c.id).where(c.deleted_at.is_null() & _scope(tag) & c.id.not_in(synced))
    return bool(dirty_item.exists() or unsynced.exists())


def local_states(tag: str) -> dict[int, LocalState]:
    """Every contact that is live or in the Trash, by id (the Trash: to tell a deletion)."""
    c = m.Contact
    query = c.select(c.id, c.uid, c.revision, c.deleted_at.is_null(), _scope(tag))
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


# -- conflicts for review (migration 10) --------------------------------------------------
@dataclass(frozen=True)
class Conflict:
    """A field changed on both sides: the local value was kept; the server's is here."""

    id: int
    account: str
    contact_id: int
    contact: str  # the contact's name as the list shows it
    field: str
    local: str
    remote: str
    created_at: str
    resolved_at: str | None = None
    resolution: str = ""


def add_conflict(account_id: int, contact_id: int, field: str, shown: tuple[str, str],
                 card: str, now: str) -> None:  # fmt: skip
    """File a conflict (replacing an open one of the same contact and field)."""
    k = SyncConflict
    k.delete().where(
        (k.account == account_id) & (k.contact == contact_id) & (k.field == field)
        & k.resolved_at.is_null()
    ).execute()  # fmt: skip
    k.insert(account=account_id, contact=contact_id, field=field, local_value=shown[0],
             remote_value=shown[1], remote_card=card, created_at=now).execute()  # fmt: skip


def conflicts(account_id: int | None = None, *, open_only: bool = True,
              conflict_id: int | None = None) -> list[Conflict]:  # fmt: skip
    """Conflicts, oldest first: of one account or all (or the one ``conflict_id``), those
    not reviewed yet or all."""
    k, a, c = SyncConflict, SyncAccount, m.Contact
    query = (
        k.select(k.id, a.name, k.contact, c.display_name, c.given, c.family, c.company,
                 k.field, k.local_value, k.remote_value, k.created_at, k.resolved_at,
                 k.resolution)
        .join(a, on=(k.account == a.id)).switch(k).join(c, on=(k.contact == c.id))
        .order_by(k.created_at, k.id)
    )  # fmt: skip
    if account_id is not None:
        query = query.where(k.account == account_id)
    if conflict_id is not None:
        query = query.where(k.id == conflict_id)
    if open_only:
        query = query.where(k.resolved_at.is_null())
    found = []
    for cid, account, contact, display, given, family, company, *rest in tuples(query):
        name = display or " ".join(p for p in (given, family) if p) or company
        found.append(Conflict(cid, account, contact, name, *rest))
    return found


def conflict_card(conflict_id: int) -> tuple[int, str] | None:
    """The account id and the server's card of one conflict."""
    k = SyncConflict
    query = k.select(k.account, k.remote_card).where(k.id == conflict_id)
    return next(iter(tuples(query)), None)


def resolve_conflict(conflict_id: int, resolution: str, now: str) -> bool:
    """Mark a conflict reviewed (False when it was already)."""
    k = SyncConflict
    done = k.update(resolved_at=now, resolution=resolution).where(
        (k.id == conflict_id) & k.resolved_at.is_null()
    )
    return bool(done.execute())


# -- one sync per account at a time (migration 10) ----------------------------------------
def take_lease(account_id: int, holder: str, now: str, until: str,
               replacing: str = "") -> str:  # fmt: skip
    """Claim the account for ``holder`` until ``until``: '' when taken, else who holds it.
    A lease that ran out, or ``replacing``'s (a holder known to be gone), is taken over."""
    lease = SyncLease
    lease.insert(account=account_id, holder="", expires_at="").on_conflict_ignore().execute()
    free = (lease.holder == "") | (lease.holder == holder) | (lease.expires_at < now)
    if replacing:
        free = free | (lease.holder == replacing)
    taken = lease.update(holder=holder, expires_at=until).where(
        (lease.account == account_id) & free
    )
    if taken.execute():
        return ""
    query = lease.select(lease.holder).where(lease.account == account_id)
    return str(next(iter(tuples(query)))[0])


def renew_lease(account_id: int, holder: str, until: str) -> bool:
    """Extend ``holder``'s lease (False when it is no longer theirs)."""
    lease = SyncLease
    query = lease.update(expires_at=until).where(
        (lease.account == account_id) & (lease.holder == holder)
    )
    return bool(query.execute())


def release_lease(account_id: int, holder: str) -> None:
    lease = SyncLease
    lease.update(holder="", expires_at="").where(
        (lease.account == account_id) & (lease.holder == holder)
    ).execute()
