"""The log-activity dialog: kind, date and time (now by default), duration, subject, notes and
outcome. Enter saves (Ctrl+Enter from the notes). After logging, the dialog offers to schedule
a follow-up — tomorrow, next week, or a picked date — or to close (Esc).

``ActivityDialog(services, contact_id, contact_name="", kind="call", activity=None, parent=None)``
logs a new activity, or edits ``activity``. Signals: ``saved(Change)`` after the activity is
stored, ``followup_scheduled(Change)`` when a follow-up was added from the offer page.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rolodex.services.changes import Change
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import ActivityData, CrmError, FollowUpData
from rolodex.ui.contact_editor.rows import KeywordCombo
from rolodex.ui.crm.followup_dialog import FollowUpDialog
from rolodex.ui.crm.format import from_qdatetime, qdatetime, to_local
from rolodex.ui.crm.kinds import kind_label
from rolodex.ui.dialog_fit import fit_title
from rolodex.ui.locale.dates import date_pattern, time_pattern


class ActivityDialog(QDialog):
    """Log (or edit) one activity on a contact."""

    saved = Signal(object)
    followup_scheduled = Signal(object)

    def __init__(
        self,
        services: CrmServices,
        contact_id: int,
        contact_name: str = "",
        kind: str = "call",
        activity: ActivityData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.contact_id, self.contact_name = services, contact_id, contact_name
        self.activity = activity
        self.last_change: Change | None = None
        title = self.tr("Edit activity") if activity else self.tr("Log activity")
        self.setWindowTitle(f"{title} — {contact_name}" if contact_name else title)
        fit_title(self)  # the whole title, with the name, in the title bar
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._offer_page())
        QVBoxLayout(self).addWidget(self.pages)
        self._fill(activity, kind)
        self.subject_edit.setFocus()

    def _form_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        kinds = self.services.activities.kinds()
        self.kind_combo = KeywordCombo([(kind, kind_label(kind)) for kind in kinds])
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.when_edit = QDateTimeEdit(calendarPopup=True)
        self.when_edit.setDisplayFormat(f"{date_pattern()} {time_pattern()}")
        form.addRow(self.tr("&When:"), self.when_edit)
        self.duration_spin = QSpinBox(maximum=24 * 60)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setSpecialValueText(self.tr("—"))
        form.addRow(self.tr("&Duration:"), self.duration_spin)
        self.subject_edit = QLineEdit()
        form.addRow(self.tr("&Subject:"), self.subject_edit)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        self.outcome_edit = QLineEdit()
        form.addRow(self.tr("&Outcome:"), self.outcome_edit)
        self.company_check = QCheckBox(self.tr("Also show on the company's timeline"))
        self.company_id = self.services.activities.company_of(self.contact_id)
        self.company_check.setVisible(self.company_id is not None)
        self.company_check.setChecked(self.company_id is not None)
        form.addRow("", self.company_check)
        QShortcut(QKeySequence("Ctrl+Return"), page, self.save)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        self._add_buttons(layout)
        return page

    def _add_buttons(self, layout: QVBoxLayout) -> None:
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _offer_page(self) -> QWidget:
        page = QWidget()
        self.offer_label = QLabel()
        self.tomorrow_button = QPushButton(self.tr("&Tomorrow"))
        self.next_week_button = QPushButton(self.tr("Next &week"))
        self.pick_button = QPushButton(self.tr("&Pick a date…"))
        self.no_button = QPushButton(self.tr("&No thanks"))
        self.tomorrow_button.clicked.connect(lambda: self.schedule_in(1))
        self.next_week_button.clicked.connect(lambda: self.schedule_in(7))
        self.pick_button.clicked.connect(self.pick_followup)
        self.no_button.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(self.offer_label)
        for button in (self.tomorrow_button, self.next_week_button, self.pick_button):
            layout.addWidget(button)
        layout.addWidget(self.no_button)
        return page

    def _fill(self, item: ActivityData | None, kind: str) -> None:
        clock = self.services.clock
        moment = item.occurred_at if item and item.occurred_at else clock.now()
        self.when_edit.setDateTime(qdatetime(moment, clock))
        self.kind_combo.set_keyword(item.kind if item else kind)
        if item:
            self.duration_spin.setValue(item.duration_minutes or 0)
            self.subject_edit.setText(item.subject)
            self.notes_edit.setPlainText(item.notes)
            self.outcome_edit.setText(item.outcome)
            self.company_check.setChecked(item.company_id is not None)

    def data(self) -> ActivityData:
        """What the form holds, as a record."""
        with_company = self.company_check.isChecked() and self.company_id is not None
        return ActivityData(
            id=self.activity.id if self.activity else None,
            contact_id=self.contact_id,
            company_id=self.company_id if with_company else None,
            kind=self.kind_combo.keyword(),
            occurred_at=from_qdatetime(self.when_edit.dateTime(), self.services.clock),
            duration_minutes=self.duration_spin.value() or None,
            subject=self.subject_edit.text(),
            notes=self.notes_edit.toPlainText(),
            outcome=self.outcome_edit.text(),
        )

    def save(self) -> None:
        """Store the activity; then offer a follow-up (new activities) or close (edits)."""
        if self.pages.currentIndex() != 0:
            return
        data = self.data()
        try:
            if data.id is None:
                change = self.services.activities.log(data)
            else:
                change = self.services.activities.update(data)
        except CrmError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.last_change = change
        self.saved.emit(change)
        if data.id is not None:
            self.accept()
            return
        self.offer_label.setText(self.tr("Saved. Schedule a follow-up?"))
        self.pages.setCurrentIndex(1)
        self.tomorrow_button.setFocus()

    def schedule_in(self, days: int) -> None:
        """Add an all-day follow-up ``days`` from today and close."""
        today = to_local(self.services.clock.now(), self.services.clock).date()
        subject = self.subject_edit.text().strip()
        data = FollowUpData(
            contact_id=self.contact_id,
            due_date=today + timedelta(days=days),
            subject=self.tr("Follow up: %1").replace("%1", subject) if subject else "",
        )
        try:
            change = self.services.followups.add(data)
        except CrmError as exc:
            self.offer_label.setText(str(exc))
            return
        self.followup_scheduled.emit(change)
        self.accept()

    def pick_followup(self) -> None:
        """Open the full follow-up dialog; close this one when it is saved."""
        dialog = FollowUpDialog(self.services, self.contact_id, self.contact_name, parent=self)
        dialog.subject_edit.setText(self.subject_edit.text())
        dialog.saved.connect(self.followup_scheduled)
        dialog.accepted.connect(self.accept)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.followup_dialog = dialog
        dialog.open()
