"""The import dialog's notes under its counts: look-alikes the default rule adds as new
contacts for review, and the safety backup (made, or not needed because the book has not
changed since the last one)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from rolodex.services.importing.service import ImportPreview, ImportResult
from rolodex.ui.locale.dates import show_datetime


class ImportNotes(QObject):
    """Translated lines for the preview and summary pages."""

    def preview(self, preview: ImportPreview) -> list[str]:
        if not preview.name_only:
            return []
        return [
            self.tr(
                "Matching a contact on name and company only: %n card(s), to be added as new"
                " contacts marked as possible duplicates.",
                "",
                preview.name_only,
            )
        ]

    def summary(self, result: ImportResult) -> list[str]:
        notes = []
        if result.flagged:
            notes.append(
                self.tr(
                    "Added as new contacts, to review in Find duplicates: %n card(s) matching a"
                    " contact on name and company only.",
                    "",
                    result.flagged,
                )
            )
        notes += [self._backup(b) for b in result.before_write if getattr(b, "reused", False)]
        return notes

    def _backup(self, backup: Any) -> str:
        shown = show_datetime(backup.created.astimezone())  # local time, four-digit year
        return self.tr(
            "No new backup was needed: the book has not changed since the backup of %1."
        ).replace("%1", shown)
