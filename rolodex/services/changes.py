"""What a service call changed, so each view can decide whether to refresh."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    """``entity`` is e.g. "contact", "company", "tag", "activity", "followup";
    ``kind`` is "created", "updated", "deleted" or "restored"."""

    entity: str
    ids: tuple[int, ...]
    kind: str
