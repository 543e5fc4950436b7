"""Plain records of the team features (never Peewee rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

ROLES = ("admin", "editor", "reader")
"""What a user of the book may do: everything / add, change and delete / search and print."""


@dataclass(frozen=True)
class User:
    """Someone using the book: a login, the name shown for it, and a role from ROLES."""

    login: str
    display_name: str = ""
    role: str = "editor"

    @property
    def name(self) -> str:
        """What the app and the CLI show: the display name, else the login."""
        return self.display_name or self.login


@dataclass(frozen=True)
class ChangeEntry:
    """One recorded edit, merge, deletion or restore: ``fields`` maps a changed field to its
    (old, new) values (edits only; None when what changed is not known)."""

    action: str
    revision: int
    by: str
    at: str
    fields: dict[str, tuple[Any, Any]] | None = None


@dataclass(frozen=True)
class TeamFacts:
    """What the team features know about one contact besides its data."""

    revision: int
    owner: str
    private: bool


@dataclass(frozen=True)
class LastContact:
    """The newest activity that was being in touch (not a note): when, what, by whom."""

    at: datetime
    kind: str
    by: str


@dataclass(frozen=True)
class FieldConflict:
    """A field both editors changed to different values since the revision one started from."""

    field: str
    base: Any
    theirs: Any
    mine: Any
    by: str


@dataclass
class EditOutcome:
    """What a conflict-merging save did. ``saved`` False: nothing was written (see
    ``conflicts``); ``theirs`` lists what others changed meanwhile (merged in when saved)."""

    saved: bool
    revision: int
    theirs: list[ChangeEntry] = field(default_factory=list)
    conflicts: list[FieldConflict] = field(default_factory=list)

    @property
    def changed_by(self) -> list[str]:
        """Who moved the revision since the editor started, in order, once each."""
        return list(dict.fromkeys(entry.by for entry in self.theirs if entry.by))
