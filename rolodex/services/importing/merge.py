"""Merging an incoming card into the contact it matched, without overwriting anything.

Policy (documented for users in the import summary):

- A single field (name parts, company, job title, birthday...) that is empty in the book is
  filled from the card. When both hold a value and they differ (ignoring case and accents), the
  book's value is **kept** and the card's value is written into the contact's notes under a
  dated "Also in import" line, so nothing is lost and nothing is overwritten silently. The
  conflict is listed in the saved import report too. A value already written there (by an
  earlier import of the same file) is not written or reported again.
- Emails, phones, addresses, websites, IM handles, tags and unmodelled vCard properties that
  the contact does not have yet are added; the book's preferred ones stay preferred.
- The card's notes are appended when the contact's notes do not already contain them.
- A photo is taken only when the contact has none; UID and REV are filled only when empty.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from rolodex.records import Address, ContactData, ExtraProperty, LabeledValue
from rolodex.textfold import digits, fold

SCALAR_FIELDS: tuple[tuple[str, str], ...] = (
    ("display_name", "Name"),
    ("prefix", "Name prefix"),
    ("given", "Given name"),
    ("additional", "Middle name"),
    ("family", "Family name"),
    ("suffix", "Name suffix"),
    ("nickname", "Nickname"),
    ("company", "Company"),
    ("department", "Department"),
    ("job_title", "Job title"),
    ("role", "Role"),
    ("birthday", "Birthday"),
    ("anniversary", "Anniversary"),
)
SILENT_FIELDS = ("uid", "rev")

T = TypeVar("T")


class HasPref(Protocol):
    pref: bool


@dataclass(frozen=True)
class FieldConflict:
    """A single field where the book and the card disagree; the book's value was kept."""

    contact_id: int
    field: str
    kept: str
    incoming: str


def _same(a: str, b: str) -> bool:
    return " ".join(fold(a).split()) == " ".join(fold(b).split())


def merge_into(
    existing: ContactData, incoming: ContactData, note_header: str
) -> list[FieldConflict]:
    """Merge ``incoming`` into ``existing`` in place; return the single-field conflicts.

    ``note_header`` (e.g. "Also in import of 2026-05-01 (phone.vcf)") heads the notes line
    that records conflicting values.
    """
    noted = set(existing.notes.splitlines())
    conflicts = [c for c in _merge_scalars(existing, incoming) if _conflict_line(c) not in noted]
    _merge_lists(existing, incoming)
    _merge_notes(existing, incoming.notes)
    if conflicts:
        lines = "\n".join(_conflict_line(c) for c in conflicts)
        _append_note(existing, f"{note_header}:\n{lines}")
    return conflicts


def _conflict_line(conflict: FieldConflict) -> str:
    return f"{_label(conflict.field)}: {conflict.incoming}"


def _label(field: str) -> str:
    return dict(SCALAR_FIELDS).get(field, field)


def _merge_scalars(existing: ContactData, incoming: ContactData) -> list[FieldConflict]:
    conflicts = []
    for name, _label_text in SCALAR_FIELDS:
        mine, theirs = getattr(existing, name), getattr(incoming, name)
        if not theirs.strip():
            continue
        if not mine.strip():
            setattr(existing, name, theirs)
        elif not _same(mine, theirs):
            conflicts.append(FieldConflict(existing.id or 0, name, mine, theirs))
    for name in SILENT_FIELDS:
        if not getattr(existing, name) and getattr(incoming, name):
            setattr(existing, name, getattr(incoming, name))
    if existing.photo is None and incoming.photo:
        existing.photo, existing.photo_mime = incoming.photo, incoming.photo_mime
    existing.do_not_mail = existing.do_not_mail or incoming.do_not_mail
    return conflicts


def _merge_lists(existing: ContactData, incoming: ContactData) -> None:
    emails = _add_new(existing.emails, incoming.emails, lambda e: e.value.strip().lower())
    _keep_one_pref(existing.emails, emails)
    phones = _add_new(existing.phones, incoming.phones, lambda p: p.e164 or digits(p.value))
    _keep_one_pref(existing.phones, phones)
    sites = _add_new(existing.websites, incoming.websites, _site_key)
    _keep_one_pref(existing.websites, sites)
    ims = _add_new(existing.ims, incoming.ims, lambda m: (m.service.lower(), m.value.lower()))
    _keep_one_pref(existing.ims, ims)
    addresses = [a for a in incoming.addresses if not a.is_empty()]
    added = _add_new(existing.addresses, addresses, _addr_key)
    _keep_one_pref(existing.addresses, added)
    _add_new(existing.tags, incoming.tags, lambda t: fold(t.strip()))
    _merge_extras(existing, incoming.extras)


def _site_key(site: LabeledValue) -> str:
    return site.value.strip().rstrip("/").lower()


def _add_new(mine: list[T], theirs: list[T], key: Callable[[T], Hashable]) -> list[T]:
    """Append the items of ``theirs`` whose key is not in ``mine``; return those added."""
    seen = {key(item) for item in mine}
    added = []
    for item in theirs:
        k = key(item)
        if not k or k in seen:
            continue
        seen.add(k)
        added.append(item)
    mine.extend(added)
    return added


def _keep_one_pref(mine: Sequence[HasPref], added: Sequence[HasPref]) -> None:
    """The book's preferred item stays the only preferred one."""
    added_ids = {id(item) for item in added}
    if any(item.pref for item in mine if id(item) not in added_ids):
        for item in added:
            item.pref = False


def _addr_key(a: Address) -> tuple[str, ...]:
    parts = (a.street, a.extended, a.po_box, a.city, a.region, a.postal_code, a.country)
    return tuple(" ".join(fold(p).split()) for p in parts)


def _merge_extras(existing: ContactData, extras: list[ExtraProperty]) -> None:
    seen = {(x.name.upper(), x.value) for x in existing.extras}
    groups = {x.group.lower() for x in existing.extras if x.group}
    renamed: dict[str, str] = {}
    for extra in extras:
        if (extra.name.upper(), extra.value) in seen:
            continue
        if extra.group and extra.group.lower() in groups:
            extra.group = renamed.setdefault(extra.group, _free_group(groups))
        seen.add((extra.name.upper(), extra.value))
        existing.extras.append(extra)


def _free_group(taken: set[str]) -> str:
    number = 1
    while f"item{number}" in taken:
        number += 1
    taken.add(f"item{number}")
    return f"item{number}"


def _merge_notes(existing: ContactData, notes: str) -> None:
    text = notes.strip()
    if text and text not in existing.notes:
        _append_note(existing, text)


def _append_note(existing: ContactData, text: str) -> None:
    existing.notes = f"{existing.notes.rstrip()}\n\n{text}" if existing.notes.strip() else text
