"""The import dialog's pages, built once when it opens (mixed into
:class:`~rolodex.ui.importing.dialog.ImportDialog`): the files to import, the preview with its
sample of contacts and the policy for cards matching a contact already in the book, the
progress while importing, and the summary with its report."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    """Translate in the ImportDialog context (a mixin's own class name is not looked up)."""
    return QCoreApplication.translate("ImportDialog", text)


class ImportPages:
    """Needs the dialog's models and slots (a mixin)."""

    contacts_model: Any
    preview_model: Any
    _choose_files: Any
    _remove_selected: Any
    _open_report: Any

    def _files_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(_tr("Files to import (vCard .vcf, CSV or Thunderbird LDIF .ldif):"))
        )
        self.file_list = QListWidget()
        layout.addWidget(self.file_list, 1)
        row = QHBoxLayout()
        add = QPushButton(_tr("Add files…"))
        add.clicked.connect(self._choose_files)
        remove = QPushButton(_tr("Remove"))
        remove.clicked.connect(self._remove_selected)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        layout.addWidget(self.preview_label)
        self.preview_progress = QProgressBar()
        layout.addWidget(self.preview_progress)
        self.contacts_label = QLabel(_tr("The first contacts it will create:"))
        layout.addWidget(self.contacts_label)
        self.contacts_view = QTableView()
        self.contacts_view.setModel(self.contacts_model)
        self.contacts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts_view.setWordWrap(False)
        self.contacts_view.verticalHeader().hide()
        layout.addWidget(self.contacts_view, 2)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.preview_view.verticalHeader().hide()
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(QLabel(_tr("Cards that match a contact already in the book:")))
        self.policy_group = QButtonGroup(self)
        texts = (
            _tr(
                "Merge those with the same email, phone or UID; add those sharing only a name"
                " and company as new contacts, marked for review (recommended)"
            ),
            _tr("Skip them"),
            _tr("Merge them into the existing contact (adds what is new, never overwrites)"),
            _tr("Add them as new contacts"),
        )
        for number, text in enumerate(texts):
            button = QRadioButton(text)
            self.policy_group.addButton(button, number)
            layout.addWidget(button)
        self.policy_group.button(0).setChecked(True)
        return page

    def _running_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(_tr("Importing… Cancel leaves the book as it was.")))
        self.run_progress = QProgressBar()
        layout.addWidget(self.run_progress)
        layout.addStretch(1)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.report_label = QLabel()
        self.report_label.setWordWrap(True)
        layout.addWidget(self.report_label)
        self.open_report_button = QPushButton(_tr("Open report"))
        self.open_report_button.clicked.connect(self._open_report)
        layout.addWidget(self.open_report_button)
        layout.addStretch(1)
        return page
