"""The main window's hooks for features built elsewhere (import, export, labels, backups,
duplicates, Today), the Companies window, and the Help menu. Mixed into :class:`MainWindow`.

The application wires a feature with ``window.set_feature("import", opener)``; that enables
its menu action, which then calls ``opener`` (with the dropped files or selected ids where
that makes sense). Until then the action stays disabled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from rolodex.ui.main_window.menus import FEATURES


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate in the MainWindow context (a mixin's own class name is not what Qt looks up)."""
    return QCoreApplication.translate("MainWindow", text, disambiguation or None, n)


class FeatureHooks:
    """Methods MainWindow exposes for other parts of the app (a mixin; needs MainWindow)."""

    _features: dict[str, Callable[..., Any]]

    def set_feature(self, name: str, opener: Callable[..., Any]) -> None:
        """Wire a feature built elsewhere (one of FEATURES) and enable its menu action."""
        if name not in FEATURES:
            raise ValueError(f"unknown feature {name!r}")
        self._features[name] = opener
        action = self.menu_actions.features[name]
        action.setEnabled(True)
        action.setToolTip("")
        self._update_actions()  # enabled only where it applies (Labels needs contacts)

    def _open_feature(self, name: str, *args: Any) -> None:
        opener = self._features.get(name)
        if opener is not None:
            opener(*args)

    def open_import_dialog(self, files: list[str] | None = None) -> None:
        self._open_feature("import", *([files] if files else []))

    def open_import_history(self) -> None:
        self._open_feature("import_history")

    def open_export_dialog(self) -> None:
        self._open_feature("export", self.selected_ids())

    def open_labels_dialog(self) -> None:
        self._open_feature("labels", self.selected_ids())

    def open_backups_dialog(self) -> None:
        self._open_feature("backups")

    def open_duplicates_dialog(self) -> None:
        self._open_feature("duplicates")

    def open_encryption_dialog(self) -> None:
        self._open_feature("encryption")

    def open_preferences(self) -> None:
        self._open_feature("preferences")

    def open_today_view(self) -> None:
        self._open_feature("today")

    def open_companies(self) -> None:
        from rolodex.ui.companies.dialog import CompanyDialog

        dialog = CompanyDialog(self)
        dialog.company_changed.connect(self.contacts_changed)
        dialog.open_contact_requested.connect(self._open_from_elsewhere)
        dialog.exec()

    def _open_from_elsewhere(self, contact_id: int) -> None:
        self.open_contact(contact_id)  # settles unsaved edits and shows it in the list

    def show_shortcuts(self) -> None:
        from rolodex.ui.main_window.help import shortcuts_text

        QMessageBox.information(self, _tr("Keyboard shortcuts"), shortcuts_text())

    def show_about(self) -> None:
        from rolodex.ui.main_window.help import about_text

        QMessageBox.about(self, _tr("About Rolodex"), about_text())

    def show_log(self) -> None:
        from rolodex.ui.main_window.help import show_log

        show_log(self)
