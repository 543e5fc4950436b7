"""Managing tags as a whole: list them (in the book's alphabet), rename, merge, delete, undo.

Tags are case-insensitive: "VIP" and "vip" are one tag, spelt as first written. Renaming onto
the name of another tag merges the two; renaming to another spelling of the same name only
respells it. Every write returns a :class:`TagEdit`: the :class:`Change` to the contacts that
carry the tag, and what :meth:`TagService.undo` needs to put every tag back as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from rolodex.collation import sort_key
from rolodex.services import prefs
from rolodex.services.changes import Change
from rolodex.store import tags as store
from rolodex.store.tags import TagState, tag_key
from rolodex.store.transactions import writing

__all__ = ["TagEdit", "TagError", "TagInfo", "TagService", "tag_key"]


class TagError(Exception):
    """A tag operation the user asked for that cannot be done (no such tag, empty name)."""


@dataclass(frozen=True)
class TagInfo:
    name: str
    contacts: int  # live contacts carrying it


@dataclass(frozen=True)
class TagEdit:
    """A rename, merge or delete that was done: what changed and how to take it back."""

    change: Change
    before: tuple[TagState, ...]  # every tag it touched, as it was
    created: str | None = None  # the name a rename introduced (dropped again on undo)
    merged: bool = False


class TagService:
    """Tag operations on the bound book."""

    def list(self) -> list[TagInfo]:
        """Every tag with its count of live contacts, in the book's alphabet (ICU)."""
        locale = prefs.collation_locale()
        found = [TagInfo(name, count) for name, count in store.counts()]
        return sorted(found, key=lambda t: (sort_key(t.name, locale), t.name))

    def find(self, name: str) -> str | None:
        """How the tag ``name`` (any letter case) is spelt, or None when there is none."""
        found = store.find(name)
        return found[1] if found else None

    def count(self, name: str) -> int:
        """How many live contacts carry the tag ``name`` (any letter case)."""
        key = tag_key(name)
        return sum(t.contacts for t in self.list() if tag_key(t.name) == key)

    def rename(self, old: str, new: str) -> TagEdit:
        """Rename ``old`` to ``new``; if another tag is called ``new`` (any case), merge into it."""
        new = new.strip()
        if not new:
            raise TagError("A tag needs a name.")
        with writing():
            source = self._existing(old)
            target = store.find(new)
            if target is None or target[0] == source:
                before: tuple[TagState, ...] = (store.state(source),)
                store.rename(source, new)
                created = new if target is None else None
                return self._done(TagEdit(self._change(before), before, created))
            before = (store.state(source), store.state(target[0]))
            store.merge(source, target[0])
            return self._done(TagEdit(self._change(before), before, merged=True))

    def delete(self, name: str) -> TagEdit:
        """Delete the tag ``name``: every contact carrying it loses it."""
        with writing():
            before = (store.state(self._existing(name)),)
            store.delete(self._existing(name))
            return self._done(TagEdit(self._change(before), before))

    def undo(self, edit: TagEdit) -> Change:
        """Put every tag ``edit`` touched back as it was (spelling, cadence, contacts)."""
        with writing():
            if edit.created is not None and (made := store.find(edit.created)) is not None:
                store.delete(made[0])
            store.put_back(edit.before)
            store.touch(edit.change.ids)
        return edit.change

    @staticmethod
    def _existing(name: str) -> int:
        found = store.find(name)
        if found is None:
            raise TagError(f"There is no tag {name.strip()!r}.")
        return found[0]

    @staticmethod
    def _change(before: tuple[TagState, ...]) -> Change:
        ids = sorted({cid for tag in before for cid in tag.contact_ids})
        return Change("contact", tuple(ids), "updated")

    @staticmethod
    def _done(edit: TagEdit) -> TagEdit:
        store.touch(edit.change.ids)
        return edit
