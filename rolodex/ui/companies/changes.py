"""The "Changes" tab of the Companies window (issue 11): who created, edited, deleted or
restored the company, when, and for an edit each field's old and new value — the change log
(:func:`rolodex.team.history.company_history`), newest first.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QListWidget, QWidget

from rolodex.team.history import company_history
from rolodex.team.records import ChangeEntry
from rolodex.team.users import UserService
from rolodex.ui.locale.dates import show_datetime

MAX_VALUE = 60  # characters of a long value (notes) shown in a line


class ChangeHistoryList(QListWidget):
    """One line per recorded change of a company: "1.12.2026 14:02 — Bob edited: Phone:
    “22 11” → “22 12”"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Changes"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)

    def show_company(self, company_id: int | None) -> None:
        """List ``company_id``'s changes (None: nothing)."""
        self.clear()
        entries = company_history(company_id) if company_id is not None else []
        names = UserService().names({e.by for e in entries if e.by})
        for entry in entries:
            self.addItem(self.line(entry, names.get(entry.by, entry.by)))

    def line(self, entry: ChangeEntry, name: str) -> str:
        """What one change reads as."""
        when = _when(entry.at)
        who = name or self.tr("someone")
        head = self._action(entry.action).format(name=who)
        fields = [self._field(key, old, new) for key, (old, new) in (entry.fields or {}).items()]
        text = f"{when} — {head}"
        return f"{text}: " + "; ".join(fields) if fields else text

    def _action(self, action: str) -> str:
        return {
            "created": self.tr("{name} created it"),
            "edited": self.tr("{name} edited"),
            "deleted": self.tr("{name} moved it to the Trash"),
            "restored": self.tr("{name} restored it"),
            "merged": self.tr("{name} merged it with another company"),
            "merge undone": self.tr("{name} undid a merge with another company"),
        }.get(action, "{name} " + action)

    def _field(self, key: str, old: Any, new: Any) -> str:
        label = {
            "name": self.tr("Name"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "website": self.tr("Website"),
            "address": self.tr("Address"),
            "notes": self.tr("Notes"),
            "owner": self.tr("Owner"),
            "private": self.tr("Private"),
        }.get(key, key)
        return f"{label}: “{_value(old)}” → “{_value(new)}”"


def _value(value: Any) -> str:
    if isinstance(value, dict):  # an address
        value = ", ".join(str(v) for v in value.values() if v not in ("", None, False, True))
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


def _when(stamp: str) -> str:
    try:
        return show_datetime(datetime.fromisoformat(stamp).astimezone())
    except ValueError:
        return stamp
