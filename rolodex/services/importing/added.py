"""What a merge-import added to a contact, and taking exactly that out again.

A merge only ever adds (see :mod:`rolodex.services.importing.merge`): it fills empty single
fields, appends emails, phones, addresses, websites, IM handles, tags and unmodelled
properties, appends text to the notes, sets a photo on a contact that had none and can switch
"do not mail" on. :func:`added_by_merge` describes those additions as JSON-ready data (stored in
``import_item.added``); :func:`take_out` removes from a contact those of them that are still
there unchanged, and leaves alone whatever the user (or another import) changed since.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import asdict, dataclass
from typing import Any

from rolodex.records import ContactData
from rolodex.services.importing.merge import SCALAR_FIELDS, SILENT_FIELDS, merge_into

FIELDS = (*(name for name, _label in SCALAR_FIELDS), *SILENT_FIELDS)
LISTS = ("emails", "phones", "addresses", "websites", "ims", "extras")
IGNORED = ("pref", "e164")  # not part of what a value is: the book decides them
NOTE_GAP = "\n\n"


@dataclass(frozen=True)
class Before:
    """Enough of a contact's state before a merge to tell what the merge added."""

    fields: dict[str, str]
    lengths: dict[str, int]
    tags: int
    notes: str
    had_photo: bool
    do_not_mail: bool


def before_merge(contact: ContactData) -> Before:
    return Before(
        fields={name: getattr(contact, name) for name in FIELDS},
        lengths={name: len(getattr(contact, name)) for name in LISTS},
        tags=len(contact.tags),
        notes=contact.notes,
        had_photo=contact.photo is not None,
        do_not_mail=contact.do_not_mail,
    )


def _value(item: Any) -> dict[str, Any]:
    data = asdict(item)
    for name in IGNORED:
        data.pop(name, None)
    return data


def photo_digest(photo: bytes) -> str:
    return hashlib.sha256(photo).hexdigest()


def added_by_merge(before: Before, after: ContactData) -> dict[str, Any]:
    """The additions, as JSON-ready data; empty when the merge changed nothing."""
    added: dict[str, Any] = {}
    fields = {n: getattr(after, n) for n in FIELDS if not before.fields[n] and getattr(after, n)}
    if fields:
        added["fields"] = fields
    for name in LISTS:
        items = [_value(item) for item in getattr(after, name)[before.lengths[name] :]]
        if items:
            added[name] = items
    if after.tags[before.tags :]:
        added["tags"] = after.tags[before.tags :]
    notes = _appended(before.notes, after.notes)
    if notes:
        added["notes"] = notes
    if not before.had_photo and after.photo is not None:
        added["photo"] = photo_digest(after.photo)
    if after.do_not_mail and not before.do_not_mail:
        added["do_not_mail"] = True
    return added


def would_change(existing: ContactData, incoming: ContactData) -> bool:
    """Whether merging ``incoming`` into ``existing`` would add anything (neither changes):
    False means the card holds nothing the contact does not (an identical card)."""
    target = copy.deepcopy(existing)
    before = before_merge(target)
    conflicts = merge_into(target, copy.deepcopy(incoming), "")
    return bool(conflicts or added_by_merge(before, target))


def _appended(before: str, after: str) -> str:
    if after == before:
        return ""
    head = before.rstrip()
    if not head.strip():
        return after
    return after[len(head) + len(NOTE_GAP) :]


def combine(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """What two merges of one import into the same contact added, together."""
    out = dict(first)
    if "fields" in second:
        out["fields"] = {**first.get("fields", {}), **second["fields"]}
    for name in (*LISTS, "tags"):
        if name in second:
            out[name] = [*first.get(name, []), *second[name]]
    if "notes" in second:
        out["notes"] = NOTE_GAP.join(t for t in (first.get("notes", ""), second["notes"]) if t)
    for name in ("photo", "do_not_mail"):
        if name in second:
            out[name] = second[name]
    return out


def take_out(contact: ContactData, added: dict[str, Any]) -> tuple[bool, bool]:
    """Remove the additions still present unchanged, in place. Returns (whether anything
    was removed, whether some addition was left because it was changed since)."""
    outcomes = [
        *(_take_field(contact, name, value) for name, value in added.get("fields", {}).items()),
        *(_take_item(contact, name, value) for name in LISTS for value in added.get(name, [])),
        *(_take_tag(contact, tag) for tag in added.get("tags", [])),
    ]
    if added.get("notes"):
        outcomes.append(_take_notes(contact, added["notes"]))
    if added.get("photo"):
        outcomes.append(_take_photo(contact, added["photo"]))
    if added.get("do_not_mail"):
        outcomes.append(contact.do_not_mail)
        contact.do_not_mail = False
    return any(outcomes), not all(outcomes)


def _take_field(contact: ContactData, name: str, value: str) -> bool:
    if getattr(contact, name) != value:
        return False
    setattr(contact, name, "")
    return True


def _take_item(contact: ContactData, name: str, value: dict[str, Any]) -> bool:
    items = getattr(contact, name)
    for i, item in enumerate(items):
        if _value(item) == value:
            del items[i]
            return True
    return False


def _take_tag(contact: ContactData, tag: str) -> bool:
    if tag not in contact.tags:
        return False
    contact.tags.remove(tag)
    return True


def _take_notes(contact: ContactData, text: str) -> bool:
    """Remove the appended text wherever it still stands whole (later imports may have
    appended after it; the user may have written before it)."""
    notes = contact.notes
    if notes == text:
        contact.notes = ""
    elif notes.endswith(NOTE_GAP + text):
        contact.notes = notes[: -len(NOTE_GAP + text)]
    elif NOTE_GAP + text + NOTE_GAP in notes:
        contact.notes = notes.replace(NOTE_GAP + text + NOTE_GAP, NOTE_GAP, 1)
    elif notes.startswith(text + NOTE_GAP):
        contact.notes = notes[len(text + NOTE_GAP) :]
    else:
        return False
    return True


def _take_photo(contact: ContactData, digest: str) -> bool:
    if contact.photo is None or photo_digest(contact.photo) != digest:
        return False
    contact.photo, contact.photo_mime = None, ""
    return True
