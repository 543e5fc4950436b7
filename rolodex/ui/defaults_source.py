"""How Preferences shows a locale-dependent default (phone region, sender country, paper):
the first item of its drop-down names the value in force and where it comes from, and a line
under it says so in words, kept up to date as the choice changes. Strings are filed under the
"PreferencesDialog" context, where the dialog's own are."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel

from rolodex import locale_defaults
from rolodex.services import prefs


def default_item_text(default: locale_defaults.Default, show: Callable[[str], str]) -> str:
    """ "Default: Norway (NO) (from your system)", "… (chosen)", or "Not set"."""
    tr = QCoreApplication.translate
    if not default.value:
        return tr("PreferencesDialog", "Not set")
    shown = show(default.value)
    if default.source == locale_defaults.UNKNOWN:
        return tr("PreferencesDialog", "Default: %1").replace("%1", shown)
    if default.source == locale_defaults.CHOSEN:
        return tr("PreferencesDialog", "Default: %1 (chosen)").replace("%1", shown)
    return tr("PreferencesDialog", "Default: %1 (from your system)").replace("%1", shown)


def source_text(source: str) -> str:
    """Where a value in force comes from, in words."""
    tr = QCoreApplication.translate
    texts = {
        locale_defaults.SYSTEM: tr(
            "PreferencesDialog", "In force: from your system's language and region."
        ),
        locale_defaults.CHOSEN: tr("PreferencesDialog", "In force: chosen by you."),
        prefs.BOOK: tr("PreferencesDialog", "In force: chosen for this contact book."),
    }
    return texts[source]


class SourceLabel(QLabel):
    """The line under ``combo``: its own choice counts as ``own`` ("chosen", "book"), its first
    item ("") as the default's source; ``unknown`` is shown when nothing says."""

    def __init__(
        self, combo: QComboBox, default: locale_defaults.Default, own: str, unknown: str
    ) -> None:
        super().__init__()
        self.combo, self.default, self.own, self.unknown = combo, default, own, unknown
        self.setWordWrap(True)
        self.setStyleSheet("color: palette(placeholder-text)")
        combo.currentIndexChanged.connect(self.update_text)
        self.update_text()

    def update_text(self) -> None:
        source = self.own if self.combo.currentData() else self.default.source
        known = source != locale_defaults.UNKNOWN
        self.setText(source_text(source) if known else self.unknown)
