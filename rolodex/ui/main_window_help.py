"""The "Keyboard shortcuts" help text: the whole book can be used without a mouse."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def shortcuts_text() -> str:
    rows = (
        ("Ctrl+F", "Search (type a name, company, email, city, tag or 4+ digits of a phone)"),
        ("Enter / Down", "In the search box: go to the list"),
        ("Up / Down", "Move through the list"),
        ("Enter", "Edit the selected contact"),
        ("Ctrl+S", "Save the contact being edited"),
        ("Escape", "Revert unsaved edits; again: back to the list"),
        ("Ctrl+N", "New contact"),
        ("Delete", "Move the selected contacts to the Trash"),
        ("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo"),
        ("Ctrl+R", "Restore the selected contacts (in the Trash)"),
        ("Ctrl+L", "Log a call with the contact shown"),
        ("Ctrl+Shift+L", "Log another kind of activity"),
        ("Ctrl+Shift+F", "Schedule a follow-up"),
        ("Ctrl+T", "Today: overdue and due follow-ups, contacts gone quiet"),
        ("Ctrl+Shift+C", "Companies"),
        ("Ctrl+,", "Preferences"),
    )
    return "\n".join(
        f"{keys}\t{QCoreApplication.translate('Shortcuts', text)}" for keys, text in rows
    )
