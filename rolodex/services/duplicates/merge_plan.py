"""What a merge of two or more contacts will produce: the plan and the merged record.

A :class:`MergePlan` names the surviving contact and, for each single-valued field, which
contact's value wins. List fields (emails, phones, addresses, websites, IM handles, tags and
unmodelled vCard properties) are never chosen: they are unioned, without duplicates, survivor's
entries first. This module is pure (no database); :mod:`rolodex.services.duplicates.merge` applies plans.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from rolodex.records import Address, ContactData, ExtraProperty, InstantMessage, LabeledValue, Phone
from rolodex.textfold import digits, fold

SINGLE_FIELDS = (
    "prefix", "given", "additional", "family", "suffix", "display_name", "nickname",
    "company", "department", "job_title", "role", "birthday", "anniversary", "notes",
    "photo", "do_not_mail", "uid", "rev",
)  # fmt: skip
"""Fields decided by choosing one contact's value (``photo`` carries ``photo_mime`` with it)."""

IDENTITY_FIELDS = ("uid", "rev")
"""Never offered as a choice: the survivor keeps its own identity (the others' UIDs end as
tombstones)."""

LIST_FIELDS = ("emails", "phones", "addresses", "websites", "ims", "tags", "extras")


class MergeError(ValueError):
    """A merge or an undo that cannot be done, with a message for the user."""


@dataclass
class MergePlan:
    """Merge ``others`` into ``survivor``; ``choices[field]`` is the id whose value wins
    (a field without a choice keeps the survivor's value)."""

    survivor: int
    others: list[int]
    choices: dict[str, int] = field(default_factory=dict)

    @property
    def ids(self) -> list[int]:
        return [self.survivor, *self.others]

    def validate(self) -> None:
        ids = self.ids
        if len(set(ids)) != len(ids) or len(ids) < 2:
            raise MergeError("Choose at least two different contacts to merge.")
        unknown = sorted(f for f in self.choices if f not in SINGLE_FIELDS)
        if unknown:
            raise MergeError(f"Unknown fields in the merge plan: {', '.join(unknown)}.")
        strangers = sorted({v for v in self.choices.values() if v not in ids})
        if strangers:
            raise MergeError(f"Contacts {strangers} are not part of this merge.")


def field_value(contact: ContactData, name: str) -> Any:
    """The value of a single field as compared and shown (photo: the image bytes)."""
    return getattr(contact, name)


def is_empty(value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip()
    return value is None or value is False


def differing_fields(contacts: Sequence[ContactData]) -> list[str]:
    """Single fields on which at least two contacts hold different non-empty values (the
    identity fields are the survivor's and never differ for the user)."""
    result = []
    for name in SINGLE_FIELDS:
        if name in IDENTITY_FIELDS:
            continue
        values = {_compare_key(field_value(c, name)) for c in contacts}
        values.discard(_compare_key(None))
        if len(values) > 1:
            result.append(name)
    return result


def _compare_key(value: Any) -> Hashable:
    if is_empty(value):
        return None
    return value.strip() if isinstance(value, str) else value


def richness(contact: ContactData) -> int:
    """How much a contact holds: filled single fields plus list entries."""
    singles = sum(not is_empty(field_value(contact, n)) for n in SINGLE_FIELDS)
    return singles + sum(len(getattr(contact, n)) for n in LIST_FIELDS)


def propose_plan(contacts: Sequence[ContactData], survivor: int | None = None) -> MergePlan:
    """A sensible default: the richest contact survives (or ``survivor``); each field takes
    the survivor's value, or the first other contact's when the survivor's is empty."""
    ids = [c.id for c in contacts if c.id is not None]
    if survivor is None:
        survivor = max(contacts, key=lambda c: (richness(c), -(c.id or 0))).id
    assert survivor is not None
    ordered = sorted(contacts, key=lambda c: c.id != survivor)
    choices: dict[str, int] = {}
    for name in SINGLE_FIELDS:
        holder = next((c for c in ordered if not is_empty(field_value(c, name))), ordered[0])
        assert holder.id is not None
        choices[name] = holder.id
    return MergePlan(survivor, [i for i in ids if i != survivor], choices)


def merged_contact(plan: MergePlan, contacts: Sequence[ContactData]) -> ContactData:
    """The survivor as it will be after the merge (``contacts`` holds every id of the plan)."""
    plan.validate()
    by_id = {c.id: c for c in contacts}
    missing = [i for i in plan.ids if i not in by_id]
    if missing:
        raise MergeError(f"Contacts {missing} no longer exist or are in the Trash.")
    ordered = [by_id[i] for i in plan.ids]
    result = replace(ordered[0])
    for name in SINGLE_FIELDS:
        source = by_id[plan.choices.get(name, plan.survivor)]
        setattr(result, name, field_value(source, name))
        if name == "photo":
            result.photo_mime = source.photo_mime
    for name in LIST_FIELDS:
        setattr(result, name, union(name, [getattr(c, name) for c in ordered]))
    return result


def union(name: str, lists: Sequence[Sequence[Any]]) -> list[Any]:
    """Entries of every list, first spelling kept, duplicates (by meaning) dropped; at most
    one entry stays marked preferred."""
    key = _KEYS[name]
    seen: dict[Hashable, Any] = {}
    for items in lists:
        for item in items:
            k = key(item)
            if k not in seen:
                seen[k] = item if isinstance(item, str) else replace(item)
    merged = list(seen.values())
    if merged and not isinstance(merged[0], str) and hasattr(merged[0], "pref"):
        has_pref = False
        for item in merged:
            item.pref, has_pref = item.pref and not has_pref, has_pref or item.pref
    return merged


def _email_key(e: LabeledValue) -> Hashable:
    return e.value.strip().lower()


def _phone_key(p: Phone) -> Hashable:
    return p.e164 or digits(p.value) or p.value.strip()


def _address_key(a: Address) -> Hashable:
    parts = (a.street, a.extended, a.po_box, a.city, a.region, a.postal_code, a.country)
    return tuple(" ".join(fold(x).split()) for x in parts)


def _website_key(w: LabeledValue) -> Hashable:
    return w.value.strip().lower().rstrip("/")


def _im_key(m: InstantMessage) -> Hashable:
    return (m.service.strip().lower(), m.value.strip().lower())


def _tag_key(t: str) -> Hashable:
    return t.strip().casefold()


def _extra_key(x: ExtraProperty) -> Hashable:
    return (x.group, x.name.upper(), x.value, json.dumps(x.params, sort_keys=True))


_KEYS: dict[str, Callable[[Any], Hashable]] = {
    "emails": _email_key,
    "phones": _phone_key,
    "addresses": _address_key,
    "websites": _website_key,
    "ims": _im_key,
    "tags": _tag_key,
    "extras": _extra_key,
}
