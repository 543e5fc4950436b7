"""Wiring automatic backups into the services that write in bulk.

:func:`install` (call once at start-up, CLI and app alike) makes every import and import undo
back the book up first (``before-import``, ``before-import-undo``), through the services'
``before_write_hooks``. It is idempotent. A failed backup stops the action: better no import
than an import that cannot be undone from a backup.
"""

from __future__ import annotations

from rolodex.safety.backups import backup_before, wanted_before


def backup_hook(kind: str) -> None:
    """The hook itself: ``kind`` is the action about to write ("import", "import-undo"...)."""
    if wanted_before(kind):  # not before imports on a server book (see backups.NOT_ON_SERVER)
        backup_before(kind)


def install() -> None:
    """Register :func:`backup_hook` with the import service (once)."""
    from rolodex.services import importing

    if backup_hook not in importing.before_write_hooks:
        importing.before_write_hooks.append(backup_hook)
