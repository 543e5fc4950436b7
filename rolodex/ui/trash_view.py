"""The Trash pane, shown beside the list when the sidebar's "Trash" is selected: restore the
selected contacts, or empty the Trash for good (after asking)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from rolodex.services.contacts import TRASH_DAYS


class TrashView(QWidget):
    """Explains the Trash and offers Restore and Empty Trash."""

    restore_requested = Signal()
    empty_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore selected"))
        self.restore_button.setToolTip(self.tr("Put the selected contacts back in the book"))
        self.restore_button.clicked.connect(self.restore_requested)
        self.empty_button = QPushButton(self.tr("Empty &Trash…"))
        self.empty_button.setToolTip(self.tr("Delete everything in the Trash for good"))
        self.empty_button.clicked.connect(self._confirm_empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.empty_button)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def update_counts(self, in_trash: int, selected: int) -> None:
        self.summary.setText(
            self.tr(
                "%n contact(s) in the Trash. Deleted contacts can be restored until the Trash "
                "is emptied; contacts older than {days} days may be removed for good.",
                "",
                in_trash,
            ).format(days=TRASH_DAYS)
        )
        self.restore_button.setEnabled(selected > 0)
        self.empty_button.setEnabled(in_trash > 0)

    def _confirm_empty(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Empty Trash"),
            self.tr("Delete every contact in the Trash for good? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.empty_requested.emit()
