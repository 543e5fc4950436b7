"""The first-run question "Which country are you in?", asked only when neither the user's
settings file nor the system locale says (a "C.UTF-8" or "POSIX" session, as on many servers
and fresh installs). The answer sets the phone region, the sender's country on labels and the
paper size (so the label sheet offered first), and is saved in the user's settings file, where
Preferences shows it as "chosen". "Later" leaves everything unset and asks again next time.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rolodex import locale_defaults, settings
from rolodex.ui.preferences_dialog import country_items, iso_countries, ui_language


def guessed_country() -> str:
    """The country Qt's system locale names ("NO" for nb_NO), or "" (a C or POSIX locale)."""
    return QLocale.system().name().partition("_")[2][:2].upper()


class FirstRunDialog(QDialog):
    """Ask for the user's country; OK saves it (``chosen`` carries the code)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Rolodex"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "Which country are you in? Rolodex uses it for phone numbers typed without a "
                "country code, for the paper size and label sheet, and as your country on "
                "address labels. You can change it later in Preferences."
            )
        )
        intro.setWordWrap(True)
        self.country_combo = QComboBox()
        for label, code in country_items(iso_countries(), ui_language()):
            self.country_combo.addItem(label, code)
        # No guess, no answer: the first country of the list (Afghanistan) was one Enter away.
        self.country_combo.setPlaceholderText(self.tr("Choose your country…"))
        self.country_combo.setCurrentIndex(self.country_combo.findData(guessed_country()))
        form = QFormLayout()
        form.addRow(self.tr("&Country:"), self.country_combo)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.later_button = self.buttons.addButton(
            self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.country_combo.currentIndexChanged.connect(self._enable_ok)
        self._enable_ok()

    def _enable_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.country_combo.currentIndex() >= 0)

    def choose(self, code: str) -> None:
        self.country_combo.setCurrentIndex(self.country_combo.findData(code))

    def accept(self) -> None:
        """Save region, sender country and paper from the chosen country, then close."""
        if self.country_combo.currentIndex() < 0:
            return  # nothing chosen yet (OK is disabled until a country is)
        code = str(self.country_combo.currentData())
        try:
            current = settings.load()
        except settings.SettingsError:
            current = settings.Settings()  # a broken file: Preferences explains it
        try:
            settings.save(locale_defaults.with_country(current, code))
        except (settings.SettingsError, OSError) as exc:
            self.problem.setText(self.tr("Cannot save your settings: %1").replace("%1", str(exc)))
            self.problem.show()
            return
        self.chosen.emit(code)
        super().accept()


def ask_country_if_unknown(parent: QWidget | None = None) -> FirstRunDialog | None:
    """Open the question over ``parent`` when nothing says the user's country; else None."""
    if not locale_defaults.needs_first_run():
        return None
    dialog = FirstRunDialog(parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
