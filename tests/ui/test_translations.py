"""Counts read as English: "1 contact", "3 contacts", never "contact(s)"."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from rolodex.ui.app import install_translations

TS = Path(__file__).resolve().parents[2] / "rolodex" / "ui" / "translations" / "rolodex_en.ts"


def test_every_counted_message_has_english_forms() -> None:
    ts = TS.read_text(encoding="utf-8")
    counted = re.findall(r'<message numerus="yes">(.*?)</message>', ts, re.S)
    unfinished = [m for m in counted if 'type="unfinished"' in m and 'type="vanished"' not in m]
    assert counted and unfinished == [], "run packaging/update_translations.py"


def test_the_app_says_one_contact_and_two_contacts(qapp) -> None:  # type: ignore[no-untyped-def]
    installed = install_translations(qapp)
    try:
        one = QCoreApplication.translate(
            "ReminderController", "You have %n overdue follow-up(s).", "", 1
        )
        two = QCoreApplication.translate(
            "ReminderController", "You have %n overdue follow-up(s).", "", 2
        )
        assert (one, two) == ("You have 1 overdue follow-up.", "You have 2 overdue follow-ups.")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
