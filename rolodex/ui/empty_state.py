"""What an empty book shows instead of an empty list and an empty form: a short welcome with
"Import contacts…" and "Add a contact" buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyBook(QWidget):
    """The greeting of a book with no contacts. Signals: ``import_requested``, ``add_requested``."""

    import_requested = Signal()
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyBook")
        title = QLabel(self.tr("Your contact book is empty"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(
            self.tr(
                "Bring in contacts from a vCard, CSV or LDIF file (Thunderbird, Outlook, "
                "Google, phones), or type in the first one."
            )
        )
        hint.setWordWrap(True)
        hint.setFixedWidth(520)  # centred, a wrapping label shrinks to a few words, cut off
        hint.setFixedHeight(hint.heightForWidth(520))
        self.import_button = QPushButton(self.tr("&Import contacts…"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_requested)
        self.add_button = QPushButton(self.tr("&Add a contact"))
        self.add_button.clicked.connect(self.add_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addStretch(1)
        for label in (title, hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addSpacing(12)
        box.addLayout(buttons)
        box.addStretch(2)
