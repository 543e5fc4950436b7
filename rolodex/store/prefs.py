"""Settings kept in the book (table ``setting``: text keys and values), on either backend.

``put`` is an upsert on the key (``ON CONFLICT (key) DO UPDATE``: SQLite and PostgreSQL both
speak it), inside the caller's transaction when there is one.
"""

from __future__ import annotations

from collections.abc import Iterable

from rolodex.models import Setting


def get(key: str) -> str | None:
    """The stored value, or None when the book has none for ``key``."""
    row = Setting.get_or_none(Setting.key == key)
    return None if row is None else str(row.value)


def put(key: str, value: str) -> None:
    """Store ``value`` under ``key``, replacing what was there."""
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()


def delete(keys: Iterable[str]) -> None:
    """Forget these keys (those that are not stored are ignored)."""
    wanted = list(keys)
    if wanted:
        Setting.delete().where(Setting.key.in_(wanted)).execute()
