"""The layout the sales dialogs share: their form, a one-line error under it, Save and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout


def save_cancel_layout(dialog: QDialog, form: QFormLayout, error: QLabel) -> None:
    """Lay ``dialog`` out as ``form``, ``error`` and a Save / Cancel row (Save accepts)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)
