"""The follow-up dialog: schedule a new follow-up for a contact, or edit/reschedule one.

``FollowUpDialog(services, contact_id, contact_name, followup=None, parent=None)``; Enter
saves. ``saved(Change)`` is emitted after the service stored it.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rolodex.services.crm import recurrence
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import CrmError, FollowUpData
from rolodex.team.users import UserService
from rolodex.ui.crm.format import py_date, py_time, qdate, qtime, to_local
from rolodex.ui.dialog_fit import fit_title
from rolodex.ui.locale.dates import date_pattern, time_pattern

FREQS = ("", "DAILY", "WEEKLY", "MONTHLY", "YEARLY")
DEFAULT_TIME = time(9, 0)


class FollowUpDialog(QDialog):
    """Due date, optional time, subject, notes, priority and repeat of one follow-up."""

    saved = Signal(object)

    def __init__(
        self,
        services: CrmServices,
        contact_id: int,
        contact_name: str = "",
        followup: FollowUpData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.contact_id, self.followup = services, contact_id, followup
        title = self.tr("Edit follow-up") if followup else self.tr("Schedule a follow-up")
        self.setWindowTitle(f"{title} — {contact_name}" if contact_name else title)
        fit_title(self)  # the whole title, with the name, in the title bar
        self._build()
        self._fill(followup)

    def _build(self) -> None:
        form = QFormLayout()
        self.date_edit = QDateEdit(calendarPopup=True)
        self.date_edit.setDisplayFormat(date_pattern())
        self.time_check = QCheckBox(self.tr("At a time"))
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat(time_pattern())
        self.time_check.toggled.connect(self.time_edit.setEnabled)
        when = QHBoxLayout()
        for widget in (self.date_edit, self.time_check, self.time_edit):
            when.addWidget(widget)
        due = QLabel(self.tr("&Due:"))
        due.setBuddy(self.date_edit)  # a label for a layout has no buddy: "&Due:" showed as is
        form.addRow(due, when)
        self.subject_edit = QLineEdit()
        form.addRow(self.tr("&Subject:"), self.subject_edit)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        self.priority_combo = QComboBox()
        self.priority_combo.addItems([self.tr("Normal"), self.tr("High")])
        form.addRow(self.tr("&Priority:"), self.priority_combo)
        repeat_row = self._repeat_row()
        repeat = QLabel(self.tr("&Repeat:"))
        repeat.setBuddy(self.repeat_combo)
        form.addRow(repeat, repeat_row)
        self._assignee_row(form)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _assignee_row(self, form: QFormLayout) -> None:
        """Whose follow-up it is (whose Today shows it): the book's users, you first. Hidden
        on a book with one user (a personal file)."""
        self.assignee_combo = QComboBox()
        self.assignee_combo.setAccessibleName(self.tr("Assigned to"))
        service = UserService()
        me, users = service.me(), service.list()
        self.assignee_combo.addItem(self.tr("Me ({name})").format(name=me.name), me.login)
        for user in users:
            if user.login != me.login:
                self.assignee_combo.addItem(user.name, user.login)
        form.addRow(self.tr("Assigned &to:"), self.assignee_combo)
        form.setRowVisible(self.assignee_combo, len(users) > 1)

    def set_assignee(self, login: str) -> None:
        """Pick ``login`` (one not listed, e.g. removed from the book, is added as is)."""
        combo = self.assignee_combo
        if combo.findData(login) < 0:  # "": from before the book had users, everyone's
            combo.addItem(login or self.tr("Nobody"), login)
        combo.setCurrentIndex(max(combo.findData(login), 0))

    def _repeat_row(self) -> QHBoxLayout:
        self.repeat_combo = QComboBox()
        self.repeat_combo.addItems(
            [
                self.tr("Does not repeat"),
                self.tr("Daily"),
                self.tr("Weekly"),
                self.tr("Monthly"),
                self.tr("Yearly"),
            ]
        )
        self.every_spin = QSpinBox(minimum=1, maximum=recurrence.MAX_INTERVAL)
        self.every_spin.setPrefix(self.tr("every "))
        self.repeat_combo.currentIndexChanged.connect(
            lambda index: self.every_spin.setEnabled(index > 0)
        )
        row = QHBoxLayout()
        row.addWidget(self.repeat_combo)
        row.addWidget(self.every_spin)
        return row

    def _fill(self, item: FollowUpData | None) -> None:
        tomorrow = to_local(self.services.clock.now(), self.services.clock).date() + timedelta(1)
        self.date_edit.setDate(qdate(item.due_date if item else tomorrow))
        self.time_edit.setTime(qtime(item.due_time if item and item.due_time else DEFAULT_TIME))
        self.time_check.setChecked(bool(item and item.due_time))
        self.time_edit.setEnabled(self.time_check.isChecked())
        rule = recurrence.parse(item.recurrence) if item else None
        self.repeat_combo.setCurrentIndex(FREQS.index(rule.freq) if rule else 0)
        self.every_spin.setValue(rule.interval if rule else 1)
        self.every_spin.setEnabled(rule is not None)
        if item:
            self.subject_edit.setText(item.subject)
            self.notes_edit.setPlainText(item.notes)
            self.priority_combo.setCurrentIndex(1 if item.priority > 0 else 0)
            self.set_assignee(item.assignee)

    def set_due(self, day: date, at: time | None = None) -> None:
        """Preset the due date (and time), e.g. from a quick choice."""
        self.date_edit.setDate(qdate(day))
        self.time_check.setChecked(at is not None)
        if at is not None:
            self.time_edit.setTime(qtime(at))

    def data(self) -> FollowUpData:
        """What the form holds, as a record."""
        day = py_date(self.date_edit.date())
        freq = FREQS[self.repeat_combo.currentIndex()]
        rule = recurrence.make(freq, self.every_spin.value(), day) if freq else None
        base = self.followup
        return FollowUpData(
            id=base.id if base else None,
            contact_id=self.contact_id,
            due_date=day,
            due_time=py_time(self.time_edit.time()) if self.time_check.isChecked() else None,
            timezone=base.timezone if base else "",
            subject=self.subject_edit.text(),
            notes=self.notes_edit.toPlainText(),
            priority=self.priority_combo.currentIndex(),
            recurrence=recurrence.to_text(rule),
            assignee=str(self.assignee_combo.currentData() or ""),
        )

    def save(self) -> None:
        """Store the follow-up; a refusal is shown in the dialog, which stays open."""
        data = self.data()
        try:
            if data.id is None:
                change = self.services.followups.add(data)
            else:
                change = self.services.followups.update(data)
        except CrmError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.saved.emit(change)
        self.accept()
