"""Team data of contacts on either backend: owner, privacy and revision, the change log
(who edited, merged, deleted or restored what, and which fields an edit changed), and who was
last in touch. Peewee queries through the models; the caller holds write transactions."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import peewee
from peewee import fn

from rolodex.models import Activity, BookUser, ChangeLog, Company, Contact, FollowUp
from rolodex.models.base import utc_now
from rolodex.store.rows import first, tuples

if TYPE_CHECKING:  # the records load on first use: the list's first frame needs none (issue 15)
    from rolodex.team.records import ChangeEntry, LastContact, TeamFacts

CONTACT = "contact"


def _not_contact_kinds() -> tuple[str, ...]:
    from rolodex.services.crm.records import NOT_CONTACT_KINDS

    return tuple(NOT_CONTACT_KINDS)


def listed_users() -> int:
    """How many users the book lists (a personal file usually none)."""
    return int(BookUser.select().count())


def facts(contact_id: int) -> TeamFacts | None:
    """Revision, owner and privacy of a contact (None: no such contact, or not visible)."""
    from rolodex.team.records import TeamFacts

    c = Contact
    row = first(c.select(c.revision, c.owner, c.private).where(c.id == contact_id))
    return None if row is None else TeamFacts(int(row[0]), str(row[1]), bool(row[2]))


def facts_of(ids: Sequence[int]) -> dict[int, TeamFacts]:
    """:func:`facts` of many contacts at once."""
    from rolodex.team.records import TeamFacts

    c = Contact
    found: dict[int, TeamFacts] = {}
    for chunk in peewee.chunked(list(ids), 500):
        query = c.select(c.id, c.revision, c.owner, c.private).where(c.id.in_(chunk))
        for cid, revision, owner, private in tuples(query):
            found[int(cid)] = TeamFacts(int(revision), str(owner), bool(private))
    return found


def set_owner(contact_id: int, *, owner: str | None, private: bool | None, bump: bool) -> None:
    """Set a contact's owner and/or privacy (``bump``: a change of its own, revision +1)."""
    values: dict[Any, Any] = {}
    if owner is not None:
        values[Contact.owner] = owner
    if private is not None:
        values[Contact.private] = private
    if bump:
        values.update({Contact.revision: Contact.revision + 1, Contact.updated_at: utc_now()})
    if values:
        Contact.update(values).where(Contact.id == contact_id).execute()


def revisions(ids: Sequence[int]) -> dict[int, int]:
    """The current revision of each of ``ids`` that exists."""
    return {cid: f.revision for cid, f in facts_of(ids).items()}


def revisions_of(entity: str, ids: Sequence[int]) -> dict[int, int]:
    """:func:`revisions` of contacts or companies (other entities: 0 for each id)."""
    if entity == CONTACT:
        return revisions(ids)
    if entity != "company":
        return {i: 0 for i in ids}
    found: dict[int, int] = {}
    for chunk in peewee.chunked(list(ids), 500):
        query = Company.select(Company.id, Company.revision).where(Company.id.in_(chunk))
        found.update((int(i), int(rev)) for i, rev in tuples(query))
    return found


def log_changes(
    entity: str,
    revised: dict[int, int],
    action: str,
    by: str,
    fields: dict[str, tuple[Any, Any]] | None = None,
) -> None:
    """Record ``action`` by ``by`` on each id (mapped to the revision it left it at)."""
    text = json.dumps(fields, ensure_ascii=False, default=str) if fields is not None else ""
    now = utc_now()
    rows = [(entity, eid, action, rev, text, by, now) for eid, rev in revised.items()]
    c = ChangeLog
    columns = [c.entity, c.entity_id, c.action, c.revision, c.fields, c.done_by, c.done_at]
    for chunk in peewee.chunked(rows, 500):
        c.insert_many(chunk, fields=columns).execute()


def changes_since(entity: str, entity_id: int, revision: int) -> list[ChangeEntry]:
    """What was recorded on the row after ``revision``, oldest first."""
    c = ChangeLog
    query = (
        c.select(c.action, c.revision, c.done_by, c.done_at, c.fields)
        .where(c.entity == entity, c.entity_id == entity_id, c.revision > revision)
        .order_by(c.revision, c.id)
    )
    return [_entry(row) for row in tuples(query)]


def history(entity: str, entity_id: int) -> list[ChangeEntry]:
    """Everything recorded on the row, newest first."""
    return list(reversed(changes_since(entity, entity_id, -1)))


def _entry(row: tuple[Any, ...]) -> ChangeEntry:
    from rolodex.team.records import ChangeEntry

    action, revision, by, at, text = row
    fields = {k: (v[0], v[1]) for k, v in json.loads(text).items()} if text else None
    return ChangeEntry(action, int(revision), by, at, fields)


def last_contact(contact_id: int) -> LastContact | None:
    """The newest live activity on the contact that was being in touch (not a note)."""
    from rolodex.services.crm.times import from_db
    from rolodex.team.records import LastContact

    a = Activity
    query = (
        a.select(a.occurred_at, a.kind, a.created_by)
        .where(a.contact == contact_id, a.deleted_at.is_null(), a.kind.not_in(_not_contact_kinds()))
        .order_by(a.occurred_at.desc(), a.id.desc())
        .limit(1)
    )
    row = first(query)
    return None if row is None else LastContact(from_db(row[0]), row[1], row[2])


def last_contacts_by(ids: Sequence[int]) -> dict[int, str]:
    """Who logged the newest in-touch activity of each contact (for the list column)."""
    a = Activity
    found: dict[int, tuple[str, int, str]] = {}
    for chunk in peewee.chunked(list(ids), 500):
        query = a.select(a.contact, a.occurred_at, a.id, a.created_by).where(
            a.contact.in_(chunk), a.deleted_at.is_null(), a.kind.not_in(_not_contact_kinds())
        )
        for cid, at, aid, by in tuples(query):
            if cid not in found or (at, aid) > found[cid][:2]:
                found[cid] = (at, aid, by)
    return {cid: by for cid, (_, _, by) in found.items()}


def recent_activities(contact_id: int, since: str) -> list[tuple[str, str, str]]:
    """(occurred_at, kind, created_by) of the contact's live activities since ``since``,
    newest first."""
    a = Activity
    query = (
        a.select(a.occurred_at, a.kind, a.created_by)
        .where(a.contact == contact_id, a.deleted_at.is_null(), a.occurred_at >= since)
        .order_by(a.occurred_at.desc(), a.id.desc())
    )
    return [(str(at), str(kind), str(by)) for at, kind, by in tuples(query)]


def open_followup_assignees(contact_id: int) -> list[tuple[int, str, str]]:
    """(id, assignee, subject) of the contact's open follow-ups, soonest first."""
    f = FollowUp
    query = (
        f.select(f.id, f.assignee, f.subject)
        .where(f.contact == contact_id, f.done_at.is_null(), f.deleted_at.is_null())
        .order_by(f.due_at, f.id)
    )
    return [(int(i), str(who), str(subject)) for i, who, subject in tuples(query)]


def assignees_of(followup_ids: Sequence[int]) -> dict[int, str]:
    """The assignee of each of ``followup_ids``."""
    f = FollowUp
    found: dict[int, str] = {}
    for chunk in peewee.chunked(list(followup_ids), 500):
        found.update(dict(tuples(f.select(f.id, f.assignee).where(f.id.in_(chunk)))))
    return found


def _name_of(login: Any) -> Any:
    """The display name the book keeps for ``login`` (an SQL expression), else the login;
    NULL when there is none (so a list sorted by it puts the unowned last)."""
    u = BookUser
    shown = u.select(fn.NULLIF(u.display_name, "")).where(u.login == login)
    return fn.COALESCE(shown, fn.NULLIF(login, ""))


def last_contacted_by() -> Any:
    """Who logged the contact's newest in-touch activity: a subquery correlated with the
    outer ``Contact`` (NULL: never contacted)."""
    a = Activity
    return (
        a.select(a.created_by)
        .where(a.contact == Contact.id, a.deleted_at.is_null(), a.kind.not_in(_not_contact_kinds()))
        .order_by(a.occurred_at.desc(), a.id.desc())
        .limit(1)
    )


def team_sort_columns() -> dict[str, Any]:
    """The list's sort keys "owner" and "last_contacted_by": the shown names, case folded."""
    return {
        "owner": fn.lower(_name_of(Contact.owner)),
        "last_contacted_by": fn.lower(_name_of(last_contacted_by())),
    }


def team_condition(owner: str | None, last_by: str | None) -> Any:
    """Contacts owned by ``owner`` ("": by nobody) and last contacted by ``last_by`` (None:
    either filter off); None when both are off."""
    where: Any = None
    if owner is not None:
        where = Contact.owner == owner
    if last_by is not None:
        by = fn.COALESCE(last_contacted_by(), "") == last_by
        where = by if where is None else where & by
    return where
