"""Activity kinds in the interface language: the book stores the keyword ("call"), the widgets
show the words ("samtale", "skambutis", "звонок"); a kind a user typed is shown as typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_label(kind: str) -> str:
    """The words shown for an activity kind ("call" → "samtale"); a kind a user typed as is."""
    labels = {
        "call": QCoreApplication.translate("Timeline", "call"),
        "meeting": QCoreApplication.translate("Timeline", "meeting"),
        "email": QCoreApplication.translate("Timeline", "email"),
        "letter": QCoreApplication.translate("Timeline", "letter"),
        "note": QCoreApplication.translate("Timeline", "note"),
    }
    return labels.get(kind, kind)
