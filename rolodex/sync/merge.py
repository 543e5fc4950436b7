"""The three-way merge of a contact, field by field, against the version last synced.

A field changed on one side only takes that side's value; changed on both sides to different
values, the local value stays and the server's is reported as a :class:`FieldConflict`.
Lists (emails, phones, addresses...) are one field each: merging inside a list would guess
which entry is which. Without a base (a card and a contact met for the first time with the
same UID) a field empty on one side takes the other's value, and a difference is a conflict.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rolodex.records import ContactData

SCALARS = (
    "prefix", "given", "additional", "family", "suffix", "nickname", "company", "department",
    "job_title", "role", "birthday", "anniversary", "notes", "do_not_mail",
)  # fmt: skip
LISTS = ("emails", "addresses", "websites", "ims", "extras")


def _phones(c: ContactData) -> Any:
    return [(p.value, p.label, p.pref) for p in c.phones]


def _photo(c: ContactData) -> Any:
    return (c.photo or b"", c.photo_mime if c.photo else "")


def _tags(c: ContactData) -> Any:
    return sorted(set(c.tags))


def _display(c: ContactData) -> Any:
    return c.full_name()


def _attribute(name: str) -> Callable[[ContactData], Any]:
    return lambda c: getattr(c, name)


GETTERS: dict[str, Callable[[ContactData], Any]] = {
    **{name: _attribute(name) for name in SCALARS + LISTS},
    "display_name": _display,
    "phones": _phones,
    "photo": _photo,
    "tags": _tags,
}
"""Each merged field and how to read it for comparison."""


def copy_field(name: str, source: ContactData, target: ContactData) -> None:
    """Set field ``name`` of ``target`` to ``source``'s value (a copy)."""
    if name == "photo":
        target.photo, target.photo_mime = source.photo, source.photo_mime
    elif name == "display_name":
        target.display_name = source.full_name()
    else:
        setattr(target, name, copy.deepcopy(getattr(source, name)))


@dataclass(frozen=True)
class FieldConflict:
    field: str
    local: Any
    remote: Any


@dataclass
class Merged:
    contact: ContactData
    conflicts: list[FieldConflict]


def differs(a: ContactData, b: ContactData) -> bool:
    """Whether two versions of a contact differ in any merged field."""
    return any(get(a) != get(b) for get in GETTERS.values())


def merge(local: ContactData, remote: ContactData, base: ContactData | None,
          *, prefer_remote: bool = False) -> Merged:  # fmt: skip
    """``local`` with the server's changes since ``base`` applied (a new record). With
    ``prefer_remote`` (the local contact did not change since the last sync) a field that
    differs from the base on both sides takes the server's value, with no conflict."""
    result = copy.deepcopy(local)
    conflicts: list[FieldConflict] = []
    for name, get in GETTERS.items():
        mine, theirs = get(local), get(remote)
        if mine == theirs:
            continue
        if base is not None:
            before = get(base)
            if mine == before:
                copy_field(name, remote, result)
                continue
            if theirs == before:
                continue
        elif _empty(mine):
            copy_field(name, remote, result)
            continue
        elif _empty(theirs):
            continue
        if prefer_remote:
            copy_field(name, remote, result)
        else:
            conflicts.append(FieldConflict(name, mine, theirs))
    return Merged(result, conflicts)


def _empty(value: Any) -> bool:
    return value in ("", [], (b"", ""), False, None)

