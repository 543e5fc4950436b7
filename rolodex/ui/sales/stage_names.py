"""Pipeline stages as the user reads them.

Stages are the book's data, named by the office and stored as written; the six a new book is
seeded with (migration 6) are stored in English, so those are shown in the user's language. A
stage the office renamed or added is shown as it was named.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Stages", text)


def shown_stage(name: str) -> str:
    """``name`` in the user's language when it is one of the seeded stages."""
    seeded = {
        "Lead": _tr("Lead"),
        "Qualified": _tr("Qualified"),
        "Proposal": _tr("Proposal"),
        "Negotiation": _tr("Negotiation"),
        "Won": _tr("Won"),
        "Lost": _tr("Lost"),
    }
    return seeded.get(name, name)
