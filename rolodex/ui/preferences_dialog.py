"""Edit → Preferences…: options of this contact book and of this computer's user.

This book (kept in the book, so they travel with it): the phone region assumed for numbers
typed without a country code, the alphabet names sort by, and the backup folder. This user
(the settings file): the sender's country for address labels, the paper size (which label
sheet is offered first), how many backups to keep and the language of the interface (applied
at the next start, as the dialog says). The first choice of the region, sender
and paper drop-downs is the default in force, saying where it comes from ("from your system"
locale, or "chosen" in the first-run question); a line under each says what is in force.

Changing the alphabet rewrites every sort key, which takes seconds in a large book: that runs
on the worker thread while the dialog shows a busy bar, then :attr:`PreferencesDialog.changed`
carries the :class:`Change` so the window re-reads the list. A settings file that cannot be
read is named in the dialog, which starts from the defaults instead.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rolodex import locale_defaults, paths, settings
from rolodex.collation import sort_key, system_locale
from rolodex.services import prefs
from rolodex.services.changes import Change
from rolodex.ui.defaults_source import SourceLabel, default_item_text

SORT_LOCALES = (
    "en_US", "nb_NO", "da_DK", "sv_SE", "fi_FI", "de_DE", "fr_FR", "lt_LT", "lv_LV", "et_EE",
    "pl_PL", "cs_CZ", "ru_RU", "uk_UA",
)  # fmt: skip
BACKUP_DIR_KEY = "backup_dir"  # rolodex.safety.backups.DIR_KEY (not imported: keeps start-up light)
BOOK_CHANGED = Change("contact", (), "updated")


def ui_language() -> str:
    """The language the interface speaks ("en", "nb", "lt"...), for country and locale names."""
    return QLocale().name().partition("_")[0] or "en"


def locale_name(code: str, language: str) -> str:
    """ICU's name of a locale in ``language``: "Norwegian Bokmål (Norway)"."""
    import icu

    return str(icu.Locale(code).getDisplayName(icu.Locale(language))) or code


def country_items(codes: list[str], language: str) -> list[tuple[str, str]]:
    """(label, code) pairs, "Norway (NO)", in the alphabetical order of ``language``."""
    from rolodex.countries import country_name

    items = [(f"{country_name(code, language)} ({code})", code) for code in codes]
    return sorted(items, key=lambda item: sort_key(item[0], language))


def phone_regions() -> list[str]:
    import phonenumbers

    return sorted(phonenumbers.SUPPORTED_REGIONS)


def iso_countries() -> list[str]:
    import pycountry

    return sorted(str(country.alpha_2) for country in pycountry.countries)


def select_data(combo: QComboBox, value: str, label: str | None = None) -> None:
    """Select the item holding ``value``, adding it (as ``label`` or the value) if missing."""
    row = combo.findData(value)
    if row < 0:
        combo.addItem(label or value, value)
        row = combo.count() - 1
    combo.setCurrentIndex(row)


class PreferencesDialog(QDialog):
    """The preferences of this book and of this user; OK applies them."""

    changed = Signal(object)  # Change, after the book's data or sort order changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(640)
        self.busy = False
        self._language = ui_language()
        self._settings, settings_problem = self._load_settings()
        self._locale_before = prefs.get(prefs.COLLATION)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: resort_all reports no steps
        self.progress.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._book_group())
        layout.addWidget(self._user_group(settings_problem))
        layout.addWidget(self.problem)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    # -- building ------------------------------------------------------------------------------
    def _load_settings(self) -> tuple[settings.Settings, str]:
        """The user's settings, or the defaults and the reason the file cannot be used."""
        try:
            return settings.load(), ""
        except settings.SettingsError as exc:
            return settings.Settings(), str(exc)

    def _book_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("This contact book"))
        form = QFormLayout(group)
        self.region_combo = QComboBox()
        fallback = locale_defaults.phone_region(self._settings)
        self.region_combo.addItem(default_item_text(fallback, self._country), "")
        for label, code in country_items(phone_regions(), self._language):
            self.region_combo.addItem(label, code)
        self._region_before = prefs.get(prefs.PHONE_REGION)
        select_data(self.region_combo, self._region_before)
        self.region_source = SourceLabel(
            self.region_combo,
            fallback,
            prefs.BOOK,
            self.tr("Your system does not say; numbers need + and a country code."),
        )
        form.addRow(self.tr("Phone &region for numbers without a country code:"), self.region_combo)
        form.addRow("", self.region_source)
        self.locale_combo = self._locale_combo()
        form.addRow(self.tr("&Sort names by:"), self.locale_combo)
        form.addRow(self.tr("&Backup folder:"), self._backup_row())
        return group

    def _locale_combo(self) -> QComboBox:
        combo = QComboBox()
        default = self._settings.sort_locale or system_locale()
        combo.addItem(
            self.tr("Default: %1").replace("%1", locale_name(default, self._language)),
            "",
        )
        for code in SORT_LOCALES:
            combo.addItem(locale_name(code, self._language), code)
        current = self._locale_before
        if current:
            row = combo.findData(current)
            if row < 0:
                combo.addItem(locale_name(current, self._language), current)
                row = combo.count() - 1
            combo.setCurrentIndex(row)
        return combo

    def _backup_row(self) -> QWidget:
        self.backup_edit = QLineEdit(prefs.get(BACKUP_DIR_KEY))
        self.backup_edit.setPlaceholderText(self.tr("Default folder"))
        self.backup_edit.setClearButtonEnabled(True)
        self.backup_edit.setToolTip(
            self.tr("Leave empty to keep backups in the default folder, %1.").replace(
                "%1", str(paths.get().backups_dir)
            )
        )
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self.choose_backup_dir)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.backup_edit, 1)
        box.addWidget(choose)
        return row

    def _user_group(self, settings_problem: str) -> QGroupBox:
        group = QGroupBox(self.tr("All your contact books"))
        form = QFormLayout(group)
        if settings_problem:
            warning = QLabel(
                self.tr(
                    "Your settings file cannot be used, so the defaults are shown; OK saves "
                    "these instead.\n%1"
                ).replace("%1", settings_problem)  # fmt: skip
            )
            warning.setWordWrap(True)
            form.addRow(warning)
            self.settings_warning: QLabel | None = warning
        else:
            self.settings_warning = None
        self.sender_combo = QComboBox()
        system = locale_defaults.sender_country(settings.Settings())
        self.sender_combo.addItem(default_item_text(system, self._country), "")
        for label, code in country_items(iso_countries(), self._language):
            self.sender_combo.addItem(label, code)
        select_data(self.sender_combo, self._settings.sender_country)
        self.sender_source = SourceLabel(
            self.sender_combo,
            system,
            locale_defaults.CHOSEN,
            self.tr("Your system does not say; labels always print the country."),
        )
        form.addRow(self.tr("Your &country (sender on labels):"), self.sender_combo)
        form.addRow("", self.sender_source)
        self.paper_combo = QComboBox()
        paper = locale_defaults.paper_size(settings.Settings())
        self.paper_combo.addItem(default_item_text(paper, self._paper), "")
        self.paper_combo.addItem(self._paper(locale_defaults.A4), locale_defaults.A4)
        self.paper_combo.addItem(self._paper(locale_defaults.LETTER), locale_defaults.LETTER)
        select_data(self.paper_combo, self._settings.paper_size)
        self.paper_source = SourceLabel(
            self.paper_combo,
            paper,
            locale_defaults.CHOSEN,
            self.tr("Your system does not say; A4 is used."),
        )
        form.addRow(self.tr("&Paper size (label sheet offered first):"), self.paper_combo)
        form.addRow("", self.paper_source)
        self.keep_daily = self._keep_spin(self._settings.backup_keep_daily)
        form.addRow(self.tr("&Daily backups to keep:"), self.keep_daily)
        self.keep_weekly = self._keep_spin(self._settings.backup_keep_weekly)
        form.addRow(self.tr("&Weekly backups to keep:"), self.keep_weekly)
        self.language_combo = self._language_combo()
        form.addRow(self.tr("&Language:"), self.language_combo)
        note = QLabel(self.tr("The language changes the next time Rolodex starts."))
        note.setWordWrap(True)
        form.addRow("", note)
        return group

    def _language_combo(self) -> QComboBox:
        from rolodex.ui.locale.languages import LANGUAGES, language_name

        combo = QComboBox()
        system = language_name(QLocale.system())
        combo.addItem(self.tr("System default (%1)").replace("%1", system), "")
        for code, name in LANGUAGES:
            combo.addItem(name, code)
        select_data(combo, self._settings.language)
        return combo

    # -- where a default comes from ------------------------------------------------------------
    def _country(self, code: str) -> str:
        from rolodex.countries import country_name

        return f"{country_name(code, self._language)} ({code})"

    def _paper(self, size: str) -> str:
        return (
            self.tr("US Letter (Avery 5160)") if size == "letter" else self.tr("A4 (Avery L7160)")
        )

    def _keep_spin(self, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, settings.MAX_KEEP)
        spin.setValue(value)
        return spin

    # -- applying ------------------------------------------------------------------------------
    def choose_backup_dir(self) -> None:
        start = self.backup_edit.text().strip() or str(paths.get().backups_dir)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if folder:
            self.backup_edit.setText(folder)

    def chosen_settings(self) -> settings.Settings:
        """The user's settings as the dialog shows them now."""
        return dataclasses.replace(
            self._settings,
            sender_country=str(self.sender_combo.currentData() or ""),
            paper_size=str(self.paper_combo.currentData() or ""),
            backup_keep_daily=self.keep_daily.value(),
            backup_keep_weekly=self.keep_weekly.value(),
            language=str(self.language_combo.currentData() or ""),
        )

    def accept(self) -> None:
        """Apply everything; an alphabet change re-sorts the book before the dialog closes."""
        if self.busy or not self._save_settings() or not self._save_book():
            return
        locale = str(self.locale_combo.currentData() or "")
        if locale != self._locale_before:
            self._resort(locale or self._settings.sort_locale or system_locale())
            return
        self.changed.emit(BOOK_CHANGED)
        super().accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _save_settings(self) -> bool:
        chosen = self.chosen_settings()
        if chosen == self._settings and self.settings_warning is None:
            return True  # unchanged: leave the file as it is
        try:
            settings.save(chosen)
        except (settings.SettingsError, OSError) as exc:
            self._show_problem(self.tr("Cannot save your settings: %1").replace("%1", str(exc)))
            return False
        self._settings = chosen
        return True

    def _save_book(self) -> bool:
        folder = self.backup_edit.text().strip()
        if folder and not Path(folder).expanduser().is_dir():
            self._show_problem(
                self.tr(
                    "The backup folder %1 does not exist. Choose another one, or leave the "
                    "field empty for the default folder."
                ).replace("%1", folder)  # fmt: skip
            )
            self.backup_edit.setFocus()
            return False
        region = str(self.region_combo.currentData() or "")
        if region != self._region_before:  # untouched, the default keeps following its source
            prefs.put(prefs.PHONE_REGION, region)
        prefs.put(BACKUP_DIR_KEY, str(Path(folder).expanduser()) if folder else "")
        return True

    def _resort(self, locale: str) -> None:
        from rolodex.services.resort import resort_all
        from rolodex.ui.worker import run_in_background

        self._set_busy(True)
        self._show_problem(self.tr("Sorting every name by the new alphabet…"))
        self.problem.setStyleSheet("")

        def work(_progress: Any, _cancelled: Any) -> Change:
            return resort_all(locale)

        run_in_background(self, work, on_done=self._resorted, on_error=self._resort_failed)

    def _resorted(self, change: Change) -> None:
        self._set_busy(False)
        self.changed.emit(change)
        super().accept()

    def _resort_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.problem.setStyleSheet("color: #b00020")
        self._show_problem(self.tr("Names could not be re-sorted: %1").replace("%1", str(exc)))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for child in self.findChildren(QGroupBox):
            child.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if not self.busy:  # the re-sort is one transaction: let it finish
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)


def open_preferences(window: Any) -> PreferencesDialog:
    """Show the dialog over ``window``; its changes refresh the window."""
    dialog = PreferencesDialog(window)
    dialog.changed.connect(window.contacts_changed)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
