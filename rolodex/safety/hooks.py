"""Wiring automatic backups into the services that write in bulk.

:func:`install` (call once at start-up, CLI and app alike) makes every import and import undo
back the book up first (``before-import``, ``before-import-undo``), through the services'
``before_write_hooks``. It is idempotent. A failed backup stops the action: better no import
than an import that cannot be undone from a backup. When the newest verified backup already
holds the book as it is (nothing was written since, e.g. a second import that changed nothing,
or the day's first backup), no new copy is made (:func:`rolodex.safety.backups.backup_before`)
and the hook says so.
"""

from __future__ import annotations

from rolodex.safety.backups import BackupInfo, backup_before, wanted_before


def backup_hook(kind: str) -> BackupInfo | None:
    """The hook itself: ``kind`` is the action about to write ("import", "import-undo"...).
    Returns the backup the action can be undone from (``reused`` when no new one was needed),
    or None where no backup is taken first (imports on a server book: see
    ``backups.NOT_ON_SERVER``)."""
    if not wanted_before(kind):
        return None
    return backup_before(kind)


def describe(info: BackupInfo) -> str:
    """One line for the command line: the backup made, or why none was needed."""
    if info.reused:
        when = info.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        return (
            f"No new backup: the book has not changed since the backup of {when}"
            f" ({info.path.name}), which can undo this."
        )
    return f"Backed up first to {info.path}."


def install() -> None:
    """Register :func:`backup_hook` with the import service (once)."""
    from rolodex.services.importing import service as importing

    if backup_hook not in importing.before_write_hooks:
        importing.before_write_hooks.append(backup_hook)
