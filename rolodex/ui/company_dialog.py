"""The Companies window: every company with its number of people; edit one, see its people
(Enter or double-click opens a person in the main window), add or delete companies."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rolodex.records import CompanyData
from rolodex.services.companies import CompanyService
from rolodex.services.contacts import ContactService
from rolodex.ui.company_form import CompanyForm

ID_ROLE = Qt.ItemDataRole.UserRole


class CompanyDialog(QDialog):
    """Browse and edit companies; emits every Change so the main window refreshes."""

    company_changed = Signal(object)
    open_contact_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Companies"))
        self.resize(820, 560)
        self.service = CompanyService()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter companies"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.reload)
        self.companies = QListWidget()
        self.companies.setAccessibleName(self.tr("Companies"))
        self.companies.currentItemChanged.connect(self._on_current)
        self.form = CompanyForm()
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People"))
        self.people.itemActivated.connect(self._open_person)
        self._build()
        self.reload()

    def _build(self) -> None:
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.filter)
        left_box.addWidget(self.companies)
        new_button = QPushButton(self.tr("&New company"))
        new_button.clicked.connect(self.new_company)
        left_box.addWidget(new_button)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.form)
        right_box.addWidget(QLabel(self.tr("People (Enter opens)")))
        right_box.addWidget(self.people)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("&Delete company…"))
        self.delete_button.clicked.connect(self.delete)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        right_box.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([280, 540])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

    def reload(self, *_args: object, select: int | None = None) -> None:
        current = select if select is not None else self._current_id()
        self.companies.clear()
        for summary in self.service.list_companies(self.filter.text()):
            text = self.tr("{name} ({count})").format(name=summary.name, count=summary.people)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, summary.id)
            self.companies.addItem(item)
            if summary.id == current:
                self.companies.setCurrentItem(item)
        if self.companies.currentItem() is None and self.companies.count():
            self.companies.setCurrentRow(0)
        self._update_buttons()

    def _current_id(self) -> int | None:
        item = self.companies.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def _on_current(self, *_args: object) -> None:
        company_id = self._current_id()
        detail = self.service.get(company_id) if company_id is not None else None
        self.form.load(detail.data if detail else CompanyData())
        self.people.clear()
        if detail is not None:
            for row in ContactService().rows(detail.people):
                item = QListWidgetItem(row.name)
                item.setData(ID_ROLE, row.id)
                self.people.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.form.data().id is not None)

    def new_company(self) -> None:
        self.companies.setCurrentItem(None)
        self.form.load(CompanyData())
        self.people.clear()
        self.form.fields["name"].setFocus()
        self._update_buttons()

    def save(self) -> None:
        data = self.form.data()
        if not data.name:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("A company needs a name."))
            self.form.fields["name"].setFocus()
            return
        change = self.service.save(data)
        self.reload(select=change.ids[0])
        self.company_changed.emit(change)

    def delete(self) -> None:
        data = self.form.data()
        if data.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete company"),
            self.tr("Delete {name}? Its people stay in the book, without a company.").format(
                name=data.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            change = self.service.delete([data.id])
            self.reload()
            self.company_changed.emit(change)

    def _open_person(self, item: QListWidgetItem) -> None:
        self.open_contact_requested.emit(int(item.data(ID_ROLE)))
        self.accept()
