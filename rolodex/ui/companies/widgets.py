"""The Companies window's widgets, made once when it opens (mixed into
:class:`~rolodex.ui.companies.dialog.CompanyDialog`): the filtered list with "Show deleted
companies" and "New company", the editor (form, People / Timeline / Changes tabs, Merge, Save,
Delete) and the Trash page's Restore."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QTabWidget,
)

from rolodex.services.contacts import ContactService
from rolodex.ui.companies.changes import ChangeHistoryList
from rolodex.ui.companies.form import CompanyForm
from rolodex.ui.companies.models import CompanyListModel, PeopleModel
from rolodex.ui.timeline.view import TimelineWidget

FILTER_DELAY_MS = 200  # one query per pause in typing, not per key (0.2 s at 50,000 companies)


def _tr(text: str) -> str:
    """Translate in the CompanyDialog context (a mixin's own class name is not looked up)."""
    return QCoreApplication.translate("CompanyDialog", text)


class CompanyWidgets:
    """Needs the dialog's services, undo stack and slots (a mixin)."""

    crm: Any
    undo_stack: Any
    reload: Any
    _show_current: Any
    _update_buttons: Any
    _toggle_deleted: Any
    new_company: Any
    _open_person: Any
    company_changed: Any
    _people_tab: Any
    merge: Any
    save: Any
    delete: Any
    restore: Any

    def _build_list(self) -> None:
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(_tr("Filter companies"))
        self.filter.setAccessibleName(_tr("Filter companies"))
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.reload)
        self.filter.textChanged.connect(self._filter_timer.start)
        self.model = CompanyListModel(self)
        self.companies = QListView()
        self.companies.setAccessibleName(_tr("Companies"))
        self.companies.setUniformItemSizes(True)
        self.companies.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.companies.setModel(self.model)
        selection = self.companies.selectionModel()
        selection.currentChanged.connect(self._show_current)
        selection.selectionChanged.connect(self._update_buttons)
        self.show_deleted = QCheckBox(_tr("Sho&w deleted companies"))
        self.show_deleted.setToolTip(_tr("List the companies in the Trash, to restore them"))
        self.show_deleted.toggled.connect(self._toggle_deleted)
        self.new_button = QPushButton(_tr("N&ew company"))
        self.new_button.clicked.connect(self.new_company)

    def _build_editor(self) -> None:
        self.form = CompanyForm()
        self.people_model = PeopleModel(ContactService().rows, self)
        self.people = QTableView()
        self.people.setAccessibleName(_tr("People"))
        self.people.setModel(self.people_model)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.setTabKeyNavigation(False)
        self.people.verticalHeader().hide()
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.people.doubleClicked.connect(self._open_person)
        self.people.installEventFilter(self)
        self.people_label = QLabel(_tr("Double-click or Enter opens a person."))
        self.timeline = TimelineWidget(self.crm, self.undo_stack)
        self.timeline.log_button.hide()  # activities are logged on a person, "also on" here
        self.timeline.delete_button.setText(_tr("Delete activity"))  # &Delete: the company
        self.timeline.heading.hide()  # the form above names the company
        self.timeline.changed.connect(self.company_changed)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._people_tab(), "")
        self.tabs.addTab(self.timeline, "")
        self.changes = ChangeHistoryList()  # who changed what (issue 11)
        self.tabs.addTab(self.changes, "")
        self.merge_button = QPushButton(_tr("Mer&ge with…"))
        self.merge_button.setToolTip(
            _tr("Merge another company into this one: its people and activities move here")
        )
        self.merge_button.clicked.connect(self.merge)
        self.save_button = QPushButton(_tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(_tr("&Delete company…"))
        self.delete_button.setToolTip(_tr("Move the company to the Trash"))
        self.delete_button.clicked.connect(self.delete)

    def _build_trash_page(self) -> None:
        self.trash_note = QLabel()
        self.trash_note.setWordWrap(True)
        self.restore_button = QPushButton(_tr("&Restore selected"))
        self.restore_button.setToolTip(
            _tr("Bring the selected companies back, with their people")
        )
        self.restore_button.clicked.connect(self.restore)
